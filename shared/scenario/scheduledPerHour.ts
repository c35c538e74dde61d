import { buildFrame, hourIndex } from '../roster/frame.ts';
import { instantOf } from '../roster/instants.ts';
import { cell, scheduledMatrix } from '../roster/rules/coverage.ts';
import { defaultRosterRules } from '../roster/rulesSchema.ts';
import type { Shift } from '../roster/types.ts';
import { EVENT_TIME_ZONE, type Assignment, type QueueCode, type RequirementRow } from '../types.ts';

export interface ScheduledHour {
  hourStart: string;
  queue: QueueCode;
  scheduled: number;
}

/** Agents on duty in each requirement row's hour and queue, counted by the roster's own coverage rule. */
export function scheduledPerHour(
  requirement: readonly Pick<RequirementRow, 'hourStart' | 'queue'>[],
  assignments: readonly Pick<Assignment, 'agentId' | 'queue' | 'start' | 'end'>[],
  timeZone: string = EVENT_TIME_ZONE,
): ScheduledHour[] {
  if (requirement.length === 0) return [];
  // Only the horizon matters for counting; the default rules complete the frame, as the coverage sheet does.
  const frame = buildFrame([...requirement], defaultRosterRules(), timeZone);
  const shifts: Shift[] = assignments.map((a) => ({
    agentId: a.agentId,
    queue: a.queue,
    template: { code: '', nameZh: '', nameEn: '', startHour: 0, durationHours: 0 },
    day: 0,
    startMs: Date.parse(a.start),
    endMs: Date.parse(a.end),
  }));
  const scheduled = scheduledMatrix(shifts, frame);
  return requirement.map((r) => ({ hourStart: r.hourStart, queue: r.queue, scheduled: scheduled[cell(hourIndex(frame, instantOf(r.hourStart, timeZone) ?? 0), r.queue)] }));
}
