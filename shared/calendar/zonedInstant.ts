/** TZDate values for calendar output, made once per instant and zone. */
import { TZDate } from '@date-fns/tz';

/**
 * A TZDate that ical-generator can format without copying. ical-generator calls `withTimeZone(zone)` on every
 * date it writes, and each new TZDate asks Intl for the zone offset: with 36,000 dates that was most of the
 * build time. Asked for its own zone, this one returns itself; it is never mutated once made.
 */
class CalendarDate extends TZDate {
  override withTimeZone(timeZone: string): TZDate {
    return timeZone === this.timeZone ? this : super.withTimeZone(timeZone);
  }
}

const made = new Map<string, CalendarDate>();
const LIMIT = 100_000;

/** The instant `ms` in `timeZone` as a TZDate, shared between calls: shifts of a roster start at few distinct hours. */
export function zonedInstant(ms: number, timeZone: string): TZDate {
  const key = `${timeZone} ${ms}`;
  let date = made.get(key);
  if (!date) {
    if (made.size >= LIMIT) made.clear();
    date = new CalendarDate(ms, timeZone);
    made.set(key, date);
  }
  return date;
}
