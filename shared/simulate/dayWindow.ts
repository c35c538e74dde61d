import { parseInstant, zonedDate } from '../time.ts';
import type { QueueParams } from '../staffing/params.ts';
import type { Assignment, QueueCode, RequirementRow } from '../types.ts';
import { specFromRoster } from './fromRoster.ts';
import type { SimulationSpecInput } from './spec.ts';

type Hour = Pick<RequirementRow, 'hourStart' | 'queue' | 'humanInquiries'>;

/** The calendar days (yyyy-MM-dd in the event's zone) a requirement covers, in order. */
export function requirementDays(requirement: readonly Pick<RequirementRow, 'hourStart'>[], timeZone?: string): string[] {
  return [...new Set(requirement.map((r) => zonedDate(parseInstant(r.hourStart)!, timeZone)))].sort();
}

/**
 * A simulation spec for one calendar day of a roster, or for its whole horizon when `day` is null: a quick
 * what-if in the browser need not simulate 18 days. The day starts with nobody waiting and no chat open.
 */
export function specFromRosterDay(requirement: readonly Hour[], assignments: readonly Pick<Assignment, 'queue' | 'start' | 'end'>[], day: string | null, options: Omit<SimulationSpecInput, 'horizonStart' | 'queues'> = {}, timeZone?: string, queueParams?: Readonly<Record<QueueCode, QueueParams>>): SimulationSpecInput {
  const hours = day === null ? requirement : requirement.filter((r) => zonedDate(parseInstant(r.hourStart)!, timeZone) === day);
  return specFromRoster(hours, assignments, options, queueParams);
}
