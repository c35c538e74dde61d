/** Temps the re-plan books, as the roster's placeholders: what an applied re-plan publishes, so the next one counts them on duty. */
import { BOOKED_TEMPLATE, placeholderId, placeholderNumber } from '../roster/bookedStaff.ts';
import { isoAt } from '../roster/instants.ts';
import type { Assignment } from '../types.ts';
import type { Realized } from './realize.ts';

/**
 * One TEMP-nnn assignment per temp booked, numbered on after the roster's highest, each at the column's coverage
 * (1/proficiency); the ids stay unique, so every booking keeps its own calendar identity.
 */
export function tempBookings(temps: Realized['temps'], booked: readonly Pick<Assignment, 'agentId'>[], timeZone: string): Assignment[] {
  let next = Math.max(0, ...booked.map((b) => placeholderNumber('temps', b.agentId)));
  const out: Assignment[] = [];
  for (const { column, count } of [...temps].sort((a, b) => a.column.startMs - b.column.startMs || a.column.key.localeCompare(b.column.key))) {
    const coverage = column.cover[0]?.amount ?? 1;
    for (let i = 0; i < count; i++) {
      out.push({
        agentId: placeholderId('temps', ++next),
        queue: column.queue,
        template: BOOKED_TEMPLATE.temps,
        start: isoAt(column.startMs, timeZone),
        end: isoAt(column.endMs, timeZone),
        ...(coverage !== 1 ? { coverage } : {}),
      });
    }
  }
  return out;
}
