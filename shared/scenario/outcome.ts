import type { PlanCost } from '../levers/plan.ts';
import type { Assignment, QueueCode, RequirementRow, ShortfallRow, SolverStats } from '../types.ts';
import type { ScenarioOutcome } from './compareScenarios.ts';
import { scheduledPerHour } from './scheduledPerHour.ts';

/** What the simulation of a scenario amounts to with each queue at its own cap, and the cap recommended per queue. */
export interface SimulationSummary {
  /** Each queue's own cap, the one the figures below were simulated at. */
  caps: Partial<Record<QueueCode, number>>;
  serviceLevel: number;
  p90FirstResponseSeconds: number;
  abandonmentRate: number;
  /** Each queue's recommended cap from several seeds (shared/simulate/recommendCap.ts). */
  recommendedCaps: Partial<Record<QueueCode, number>>;
}

export interface OutcomeInput {
  scenarioId: number;
  name: string;
  version: number;
  requirement: RequirementRow[];
  /** The roster's stored figures and its confirmed shifts (what is on duty each hour). */
  roster?: { stats: SolverStats; shortfall: ShortfallRow[]; reassignmentCount: number; assignments: readonly Pick<Assignment, 'agentId' | 'queue' | 'start' | 'end'>[]; cost?: PlanCost };
  timeZone?: string;
  /** The simulation's figures; the recommended cap is the simulation page's business, not the comparison's. */
  simulation?: Pick<SimulationSummary, 'serviceLevel' | 'p90FirstResponseSeconds' | 'abandonmentRate'>;
}

/** One scenario's results as the comparison reads them; `scheduled` counts the roster's shifts on duty in each hour. */
export function scenarioOutcome(input: OutcomeInput): ScenarioOutcome {
  const roster = input.roster;
  const scheduled = roster ? scheduledPerHour(input.requirement, roster.assignments, input.timeZone) : undefined;
  return {
    scenarioId: input.scenarioId,
    name: input.name,
    version: input.version,
    requiredAgentHours: input.requirement.reduce((sum, r) => sum + r.requiredAgents, 0),
    paidHours: roster?.stats.paidHours ?? null,
    shortfallAgentHours: roster ? roster.shortfall.reduce((sum, s) => sum + (s.required - s.scheduled), 0) : null,
    reassignments: roster?.reassignmentCount ?? null,
    serviceLevel: input.simulation?.serviceLevel ?? null,
    p90FirstResponseSeconds: input.simulation?.p90FirstResponseSeconds ?? null,
    abandonmentRate: input.simulation?.abandonmentRate ?? null,
    totalCostCny: roster?.cost?.totalCny ?? null,
    lostGmvCny: roster?.cost?.lostGmvCny ?? null,
    hourly: input.requirement.map((r, i) => ({ hourStart: r.hourStart, queue: r.queue, required: r.requiredAgents, scheduled: scheduled ? scheduled[i].scheduled : null })),
  };
}
