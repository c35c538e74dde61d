import { cell, gridHour, hourGrid, onDutyFromAssignments, scheduledMatrix } from '../roster/coverageMatrix.ts';
import { instantOf } from '../roster/instants.ts';
import { EVENT_TIME_ZONE, type Assignment, type QueueCode, type RequirementRow } from '../types.ts';

export interface ScheduledHour {
  hourStart: string;
  queue: QueueCode;
  scheduled: number;
}

/** Agents on duty in each requirement row's hour and queue, counted by the roster's own coverage table. */
export function scheduledPerHour(
  requirement: readonly Pick<RequirementRow, 'hourStart' | 'queue'>[],
  assignments: readonly Pick<Assignment, 'queue' | 'start' | 'end'>[],
  timeZone: string = EVENT_TIME_ZONE,
): ScheduledHour[] {
  if (requirement.length === 0) return [];
  const grid = hourGrid(requirement, timeZone);
  const scheduled = scheduledMatrix(onDutyFromAssignments(assignments), grid);
  return requirement.map((r) => ({ hourStart: r.hourStart, queue: r.queue, scheduled: scheduled[cell(gridHour(grid, instantOf(r.hourStart, timeZone) ?? 0), r.queue)] }));
}
