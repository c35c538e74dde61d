import { QUEUE_CODES, type QueueCode } from '../types.ts';
import type { CapEstimate, CapRecommendation } from './recommendCap.ts';

/** One queue's answer to a supervisor's first question: how it serves at the scenario's cap and at the recommended one. */
export interface CapLead {
  queue: QueueCode;
  /** The queue's own cap in the scenario; null when the run named none. */
  scenarioCap: number | null;
  /** The scenario's cap over the same seeds; null when that cap was not among those tried. */
  atScenarioCap: CapEstimate | null;
  recommendation: CapRecommendation;
  atRecommendedCap: CapEstimate;
}

/** Per queue with a recommendation, in queue order: the scenario's cap and the recommended one, each with its 95 % intervals. */
export function capLeads(recommended: Partial<Record<QueueCode, CapRecommendation>> | undefined, scenarioCaps: Partial<Record<QueueCode, number>>): CapLead[] {
  return QUEUE_CODES.flatMap((queue) => {
    const recommendation = recommended?.[queue];
    if (!recommendation) return [];
    const at = (cap: number | null) => recommendation.estimates.find((e) => e.cap === cap) ?? null;
    const scenarioCap = scenarioCaps[queue] ?? null;
    return [{ queue, scenarioCap, atScenarioCap: at(scenarioCap), recommendation, atRecommendedCap: at(recommendation.cap)! }];
  });
}
