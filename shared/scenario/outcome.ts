import type { RequirementRow, ShortfallRow, SolverStats } from '../types.ts';
import type { ScenarioOutcome } from './compareScenarios.ts';

/** What the simulation of a scenario amounts to at the scenario's cap. */
export interface SimulationSummary {
  cap: number;
  serviceLevel: number;
  p90FirstResponseSeconds: number;
  abandonmentRate: number;
  bestCap: number;
}

export interface OutcomeInput {
  scenarioId: number;
  name: string;
  version: number;
  requirement: RequirementRow[];
  roster?: { stats: SolverStats; shortfall: ShortfallRow[]; reassignmentCount: number };
  simulation?: SimulationSummary;
}

/** One scenario's results as the comparison reads them; hours without a shortfall row were covered. */
export function scenarioOutcome(input: OutcomeInput): ScenarioOutcome {
  const shortfall = new Map((input.roster?.shortfall ?? []).map((s) => [`${s.hourStart}|${s.queue}`, s]));
  const roster = input.roster;
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
    hourly: input.requirement.map((r) => {
      const short = shortfall.get(`${r.hourStart}|${r.queue}`);
      return { hourStart: r.hourStart, queue: r.queue, required: r.requiredAgents, scheduled: roster ? (short ? short.scheduled : r.requiredAgents) : null };
    }),
  };
}
