// Required vs scheduled agents per hour and queue, counted by the roster's own coverage rule (shared/), not re-derived here.
import { cell, hourGrid, onDutyFromAssignments, requirementMatrix, scheduledMatrix } from '../../../shared/roster/coverageMatrix.ts';
import { EVENT_TIME_ZONE, QUEUE_CODES, type QueueCode, type RequirementRow } from '../../../shared/types.ts';
import type { RosterDetail } from '../api.ts';

export interface QueueCoverage {
  /** Epoch seconds of each hour of the horizon. */
  hours: number[];
  required: number[];
  /** Null before the first solve: uPlot leaves a gap for null, while a NaN broke the whole chart's scale. */
  scheduled: (number | null)[];
}

/** Per queue, the hourly requirement and the confirmed shifts on duty. */
export function coverageByQueue(requirement: RequirementRow[], roster: RosterDetail | null): Record<QueueCode, QueueCoverage> | undefined {
  if (requirement.length === 0) return undefined;
  const frame = hourGrid(requirement, EVENT_TIME_ZONE);
  const required = requirementMatrix(requirement, frame);
  const scheduled = scheduledMatrix(onDutyFromAssignments((roster?.assignments ?? []).filter((a) => a.status === 'confirmed')), frame);
  const hours = Array.from({ length: frame.horizonHours }, (_, h) => frame.horizonStartMs / 1000 + h * 3600);
  const out = {} as Record<QueueCode, QueueCoverage>;
  for (const q of QUEUE_CODES) {
    out[q] = { hours, required: hours.map((_, h) => required[cell(h, q)]), scheduled: hours.map((_, h) => (roster ? scheduled[cell(h, q)] : null)) };
  }
  return out;
}
