import { performance } from 'node:perf_hooks';
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
}

/** Runs in a worker thread: the solve is synchronous and may take seconds. */
export function solveRosterTask(input: SolveRosterTaskInput, progress: (percent: number, phase: string) => void): RosterResult {
  progress(20, 'solving');
  const requirementForCap = (cap: number) => requirementAtCap(input.forecast, input.requirementParams, cap);
  return solveRoster({ requirement: input.requirement, agents: input.agents, rules: input.rules }, { clock: () => performance.now(), requirementForCap });
}
