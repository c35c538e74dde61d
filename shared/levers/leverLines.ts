/**
 * The levers a roster pulls, as a supervisor books them (issue 15, "the plan a supervisor reads"): temps and
 * borrowed staff per queue and booking, full-timers on each peak shift, agents working the same overtime on a
 * day. Read off the roster's own assignments (placeholders, generated templates, overtimeHours), so a stored
 * roster says it without the solve's lever report.
 */
import { bookedKindOf } from '../roster/bookedStaff.ts';
import { isPeakTemplate } from '../roster/peakTemplates.ts';
import { HOUR_MS, toZonedIso, zonedDate } from '../time.ts';
import { EVENT_TIME_ZONE, type Assignment, type QueueCode } from '../types.ts';

/** One line of the plan: `count` people on the same booking (start and end, ISO 8601 with offset) or, for overtime, the same extra hours on one date. */
export type LeverLine =
  | { kind: 'temps' | 'borrowed' | 'peakShifts'; queue: QueueCode; start: string; end: string; count: number }
  | { kind: 'overtime'; date: string; hours: number; count: number };

type Pulled = Pick<Assignment, 'template' | 'queue' | 'start' | 'end' | 'overtimeHours'>;

function kindOf(a: Pulled): 'temps' | 'borrowed' | 'peakShifts' | undefined {
  return bookedKindOf(a) ?? (isPeakTemplate({ code: a.template }) ? 'peakShifts' : undefined);
}

/** Every lever line of a roster, in time order (a booking by its start, overtime by its date), bookings before overtime on a tie. */
export function leverLines(assignments: readonly Pulled[], timeZone: string = EVENT_TIME_ZONE): LeverLine[] {
  const lines = new Map<string, LeverLine>();
  const add = (key: string, line: LeverLine) => {
    const seen = lines.get(key);
    if (seen) seen.count++;
    else lines.set(key, line);
  };
  for (const a of assignments) {
    const kind = kindOf(a);
    // A peak shift extended by overtime is still that peak shift: its overtime is a line of its own.
    const endMs = Date.parse(a.end) - (a.overtimeHours ?? 0) * HOUR_MS;
    if (kind) add(`${kind}|${a.queue}|${Date.parse(a.start)}|${endMs}`, { kind, queue: a.queue, start: a.start, end: toZonedIso(endMs, timeZone), count: 1 });
    if (a.overtimeHours) {
      const date = zonedDate(Date.parse(a.start), timeZone);
      add(`overtime|${date}|${a.overtimeHours}`, { kind: 'overtime', date, hours: a.overtimeHours, count: 1 });
    }
  }
  const at = (line: LeverLine) => (line.kind === 'overtime' ? line.date : zonedDate(Date.parse(line.start), timeZone));
  const instant = (line: LeverLine) => (line.kind === 'overtime' ? Infinity : Date.parse(line.start));
  return [...lines.values()].sort((x, y) => at(x).localeCompare(at(y)) || instant(x) - instant(y) || x.kind.localeCompare(y.kind));
}
