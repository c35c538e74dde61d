/** The `plan.json` a supervisor (or a script) reads: levers pulled, cost, coverage left (issue 15, exact shape). */
import type { ExhaustedLever, FloorShortfall, PlanCost, PlanCoverage, PlanLevers } from './plan.ts';

export interface PlanFile {
  levers: PlanLevers;
  cost: PlanCost;
  coverage: PlanCoverage;
  /** Levers used up where a gap remains, each with what one more unit of it would buy. */
  exhausted: ExhaustedLever[];
}

/** The plan file of a roster solved with levers and pricing; undefined when it had neither. */
export function planFile(result: { levers?: PlanLevers; cost?: PlanCost; summary: { hoursShort: number; totalAgentHours: number }; belowFloor?: FloorShortfall[]; exhausted?: ExhaustedLever[] }): PlanFile | undefined {
  if (!result.levers || !result.cost) return undefined;
  const { temps, overtime, peakShifts, borrowed, caps } = result.levers;
  return {
    levers: { temps, overtime, peakShifts, borrowed, caps },
    cost: result.cost,
    coverage: { shortHours: result.summary.hoursShort, shortAgentHours: Math.round(result.summary.totalAgentHours * 100) / 100, ...(result.belowFloor ? { belowFloor: result.belowFloor } : {}) },
    exhausted: result.exhausted ?? [],
  };
}
