// Required vs scheduled agents per hour and queue, counted by the roster's own coverage rule (shared/), not re-derived here.
import { buildFrame } from '../../../shared/roster/frame.ts';
import { cell, requirementMatrix, scheduledMatrix } from '../../../shared/roster/rules/coverage.ts';
import type { RosterRules } from '../../../shared/roster/rulesSchema.ts';
import type { Shift } from '../../../shared/roster/types.ts';
import { EVENT_TIME_ZONE, QUEUE_CODES, type QueueCode, type RequirementRow } from '../../../shared/types.ts';
import type { EventInfo, RosterDetail } from '../api.ts';

export interface QueueCoverage {
  /** Epoch seconds of each hour of the horizon. */
  hours: number[];
  required: number[];
  /** Null before the first solve: uPlot leaves a gap for null, while a NaN broke the whole chart's scale. */
  scheduled: (number | null)[];
}

/** Per queue, the hourly requirement and the confirmed shifts on duty. */
export function coverageByQueue(requirement: RequirementRow[], roster: RosterDetail | null, event: EventInfo): Record<QueueCode, QueueCoverage> | undefined {
  if (requirement.length === 0) return undefined;
  // Only the horizon matters for counting; the window completes the frame as the server's coverage sheet does.
  const rules = { eventWindow: { start: event.windowStart, end: event.windowEnd }, postEventDays: event.postEventDays } as RosterRules;
  const frame = buildFrame(requirement, rules, EVENT_TIME_ZONE);
  const required = requirementMatrix(requirement, frame);
  const shifts: Shift[] = (roster?.assignments ?? [])
    .filter((a) => a.status === 'confirmed')
    .map((a) => ({ agentId: a.agentId, queue: a.queue, template: { code: a.template, nameZh: a.template, nameEn: a.template, startHour: 0, durationHours: 0 }, day: 0, startMs: Date.parse(a.start), endMs: Date.parse(a.end) }));
  const scheduled = scheduledMatrix(shifts, frame);
  const hours = Array.from({ length: frame.horizonHours }, (_, h) => frame.horizonStartMs / 1000 + h * 3600);
  const out = {} as Record<QueueCode, QueueCoverage>;
  for (const q of QUEUE_CODES) {
    out[q] = { hours, required: hours.map((_, h) => required[cell(h, q)]), scheduled: hours.map((_, h) => (roster ? scheduled[cell(h, q)] : null)) };
  }
  return out;
}
