/** The VTIMEZONE block calendars need next to TZID times, read once per zone from @touch4it/ical-timezones. */
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { DomainError } from '../../shared/errors.ts';

const cache = new Map<string, string>();

/** The VTIMEZONE component for an IANA zone (e.g. Asia/Shanghai), to pass to buildCalendar as `vtimezone`. */
export function vtimezoneComponent(timeZone: string): string {
  let component = cache.get(timeZone);
  if (component === undefined) {
    const found = getVtimezoneComponent(timeZone);
    // Without the block some clients shift TZID times or read them as floating (PITFALLS.md): refuse instead.
    if (!found) throw new DomainError('INVALID_INPUT', `no VTIMEZONE is known for time zone "${timeZone}"`, [{ field: 'timeZone', message: timeZone }]);
    component = found;
    cache.set(timeZone, component);
  }
  return component;
}
