import type { SweepResult } from '../simulate/sweep.ts';
import type { SimulationSummary } from './outcome.ts';

/** The summary of a sweep run with each queue's own cap and enough seeds for a recommendation; every figure is simulated. */
export function simulationSummary(sweep: SweepResult): SimulationSummary {
  const { planned, recommended } = sweep;
  // Both come from the spec (queues with caps, seeds >= 5); their absence is the caller's mistake, not the user's.
  if (!planned || !recommended) throw new Error('simulationSummary needs a sweep with each queue at its own cap and at least 5 seeds');
  const overall = planned.overall;
  return {
    caps: planned.caps,
    serviceLevel: overall.withinSla,
    p90FirstResponseSeconds: overall.firstResponse.p90 ?? Number.POSITIVE_INFINITY,
    abandonmentRate: overall.arrivals ? overall.abandoned / overall.arrivals : 0,
    recommendedCaps: Object.fromEntries(Object.entries(recommended).map(([queue, r]) => [queue, r!.cap])),
  };
}
