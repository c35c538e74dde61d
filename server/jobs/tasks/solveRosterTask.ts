import { performance } from 'node:perf_hooks';
import { resolveMoney } from '../../../shared/levers/money.ts';
import { rosterPricing } from '../../../shared/levers/pricing.ts';
import type { Levers } from '../../../shared/levers/schema.ts';
import { solveRoster } from '../../../shared/roster/solveRoster.ts';
import type { RosterRules } from '../../../shared/roster/rulesSchema.ts';
import type { RosterResult } from '../../../shared/roster/types.ts';
import type { RequirementParams } from '../../../shared/staffing/requirement.ts';
import { requirementAtCap } from '../../../shared/staffing/requirementAtCap.ts';
import type { Agent, ForecastRow, RequirementRow } from '../../../shared/types.ts';

export interface SolveRosterTaskInput {
  requirement: RequirementRow[];
  agents: Agent[];
  rules: RosterRules;
  /** The forecast and requirement params, so the engine can ask what cap would close a shortfall. */
  forecast: ForecastRow[];
  requirementParams: RequirementParams;
  /** The scenario's money and levers; absent: demo-assumption money, no lever. */
  levers?: Levers;
}

/** Runs in a worker thread: the solve is synchronous and may take seconds. */
export function solveRosterTask(input: SolveRosterTaskInput, progress: (percent: number, phase: string) => void): RosterResult {
  progress(20, 'solving');
  const requirementForCap = (cap: number) => requirementAtCap(input.forecast, input.requirementParams, cap);
  const pricing = rosterPricing(input.requirement, input.forecast, input.requirementParams, resolveMoney(input.levers?.money));
  return solveRoster({ requirement: input.requirement, agents: input.agents, rules: input.rules, pricing, levers: input.levers }, { clock: () => performance.now(), requirementForCap });
}
