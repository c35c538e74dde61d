/** The horizon, days and windows a roster is planned in, derived from the requirement rows and the rules. */
import { DomainError } from '../errors.ts';
import { DAY_MS, HOUR_MS, parseInstant, startOfZonedDay, zonedDate } from '../time.ts';
import { EVENT_TIME_ZONE, type RequirementRow } from '../types.ts';
import type { RosterRules } from './rulesSchema.ts';
import type { RosterFrame } from './types.ts';

/** Builds the frame: day 0 is the event-zone midnight on or before the first requirement hour. */
export function buildFrame(requirement: Pick<RequirementRow, 'hourStart'>[], rules: RosterRules, timeZone = EVENT_TIME_ZONE): RosterFrame {
  if (requirement.length === 0) throw new DomainError('INVALID_INPUT', 'the requirement has no rows', [{ field: 'requirement', message: 'empty' }]);
  let first = Infinity;
  let last = -Infinity;
  for (const row of requirement) {
    const ms = parseInstant(row.hourStart, timeZone);
    if (ms === null || ms % HOUR_MS !== 0) throw new DomainError('INVALID_INPUT', `requirement hourStart "${row.hourStart}" is not an hour`, [{ field: 'hourStart', message: row.hourStart }]);
    first = Math.min(first, ms);
    last = Math.max(last, ms);
  }
  const dayZeroMs = startOfZonedDay(first, timeZone);
  // Asia/Shanghai has no daylight saving, so every day is exactly DAY_MS long.
  const days = Math.floor((last - dayZeroMs) / DAY_MS) + 1;
  const eventStartMs = parseInstant(rules.eventWindow.start, timeZone) ?? 0;
  const eventEndMs = parseInstant(rules.eventWindow.end, timeZone) ?? 0;
  return {
    horizonStartMs: first,
    horizonHours: (last - first) / HOUR_MS + 1,
    dayZeroMs,
    days,
    dates: Array.from({ length: days }, (_, d) => zonedDate(dayZeroMs + d * DAY_MS + 12 * HOUR_MS, timeZone)),
    eventStartMs,
    eventEndMs,
    postEventEndMs: eventEndMs + rules.postEventDays * DAY_MS,
    timeZone,
  };
}

/** Hour index (from the horizon start) of an instant; may be negative or past the horizon. */
export function hourIndex(frame: RosterFrame, ms: number): number {
  return Math.floor((ms - frame.horizonStartMs) / HOUR_MS);
}

/** Day index of an instant (which event-zone calendar day it falls on). */
export function dayIndex(frame: RosterFrame, ms: number): number {
  return Math.floor((ms - frame.dayZeroMs) / DAY_MS);
}
