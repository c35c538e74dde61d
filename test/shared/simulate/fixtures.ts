import type { SimulationSpecInput } from '../../../shared/simulate/spec.ts';

export const START = '2026-11-08T00:00:00+08:00';

/** One pre-sale queue with the same arrivals and agents every hour. */
export const flat = (hours: number, perHour: number, agents: number, extra: Partial<SimulationSpecInput> = {}): SimulationSpecInput => ({
  horizonStart: START,
  queues: [{ queue: 'pre_sale', arrivalsPerHour: Array(hours).fill(perHour), agentsOnDuty: Array(hours).fill(agents) }],
  ...extra,
});
