/** The `plan.json` a supervisor (or a script) reads: levers pulled, cost, coverage left (issue 15, exact shape). */
import type { ExhaustedLever, FloorShortfall, PlanBefore, PlanCost, PlanCoverage, PlanLevers } from './plan.ts';

export interface PlanFile {
  levers: PlanLevers;
  cost: PlanCost;
  coverage: PlanCoverage;
  /** Levers used up where a gap remains, each with what one more unit of it would buy. */
  exhausted: ExhaustedLever[];
  /** The same event with no lever (added after the shape; absent when only money was given). */
  before?: PlanBefore;
}

/** A roster's coverage left: short hours and agent-hours (to the hundredth), and the hours below the floor when it has one. */
export function planCoverage(result: { summary: { hoursShort: number; totalAgentHours: number }; belowFloor?: FloorShortfall[] }): PlanCoverage {
  return { shortHours: result.summary.hoursShort, shortAgentHours: Math.round(result.summary.totalAgentHours * 100) / 100, ...(result.belowFloor ? { belowFloor: result.belowFloor } : {}) };
}

/** The plan file of a roster solved with levers and pricing; undefined when it had neither. */
export function planFile(result: { levers?: PlanLevers; cost?: PlanCost; summary: { hoursShort: number; totalAgentHours: number }; belowFloor?: FloorShortfall[]; exhausted?: ExhaustedLever[]; before?: PlanBefore }): PlanFile | undefined {
  if (!result.levers || !result.cost) return undefined;
  const { temps, overtime, peakShifts, borrowed, caps } = result.levers;
  return {
    levers: { temps, overtime, peakShifts, borrowed, caps },
    cost: result.cost,
    coverage: planCoverage(result),
    exhausted: result.exhausted ?? [],
    ...(result.before ? { before: result.before } : {}),
  };
}
