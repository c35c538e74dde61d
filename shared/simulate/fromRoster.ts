import { chatModelOf } from '../chat/chatModel.ts';
import type { QueueParams } from '../staffing/params.ts';
import { HOUR_MS, parseInstant } from '../time.ts';
import { QUEUE_CODES, type Assignment, type QueueCode, type RequirementRow } from '../types.ts';
import { simulatedChat } from './queueChat.ts';
import type { SimulationSpecInput } from './spec.ts';

/**
 * A simulation spec for a roster: human chats per hour from the requirement, agents on duty per hour from
 * the shifts. With `queueParams` each queue is simulated with the requirement's own chat model, its
 * first-response target, and breaks of its shrinkage (`breakShare` overrides the shrinkage when given).
 */
export function specFromRoster(
  requirement: readonly Pick<RequirementRow, 'hourStart' | 'queue' | 'humanInquiries'>[],
  assignments: readonly Pick<Assignment, 'queue' | 'start' | 'end'>[],
  options: Omit<SimulationSpecInput, 'horizonStart' | 'queues'> = {},
  queueParams?: Readonly<Record<QueueCode, QueueParams>>,
): SimulationSpecInput {
  const starts = [...new Set(requirement.map((r) => parseInstant(r.hourStart)!))].sort((a, b) => a - b);
  const first = starts[0];
  const hours = starts.length ? Math.round((starts[starts.length - 1] - first) / HOUR_MS) + 1 : 0;
  const queues = QUEUE_CODES.filter((q) => requirement.some((r) => r.queue === q)).map((queue) => {
    const arrivalsPerHour = new Array<number>(hours).fill(0);
    const agentsOnDuty = new Array<number>(hours).fill(0);
    for (const r of requirement) if (r.queue === queue) arrivalsPerHour[Math.round((parseInstant(r.hourStart)! - first) / HOUR_MS)] = r.humanInquiries;
    for (const a of assignments) {
      if (a.queue !== queue) continue;
      const from = Math.max(0, Math.ceil((parseInstant(a.start)! - first) / HOUR_MS));
      const to = Math.min(hours, Math.ceil((parseInstant(a.end)! - first) / HOUR_MS));
      for (let h = from; h < to; h++) agentsOnDuty[h]++;
    }
    if (!queueParams) return { queue, arrivalsPerHour, agentsOnDuty };
    const params = queueParams[queue];
    return { queue, arrivalsPerHour, agentsOnDuty, ...simulatedChat(chatModelOf(params)), cap: params.concurrencyCap, slaSeconds: params.targetSeconds || undefined, breakShare: options.breakShare ?? params.shrinkage };
  });
  return { ...options, horizonStart: requirement.find((r) => parseInstant(r.hourStart) === first)?.hourStart ?? new Date(0).toISOString(), queues };
}
