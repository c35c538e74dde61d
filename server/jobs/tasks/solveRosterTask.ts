import { performance } from 'node:perf_hooks';
import type { QueueCaps } from '../../../shared/levers/capChoice.ts';
import { planRoster } from '../../../shared/levers/planRoster.ts';
import type { Levers } from '../../../shared/levers/schema.ts';
import type { RosterRules } from '../../../shared/roster/rulesSchema.ts';
import type { RosterResult } from '../../../shared/roster/types.ts';
import type { RequirementParams } from '../../../shared/staffing/requirement.ts';
import type { Agent, ForecastRow, RequirementRow } from '../../../shared/types.ts';

export interface SolveRosterTaskInput {
  /** The requirement at `requirementParams` (the scenario's cached one). */
  requirement: RequirementRow[];
  agents: Agent[];
  rules: RosterRules;
  /** The forecast and requirement params, so the engine can ask what cap would close a shortfall and the cap lever can re-run the requirement. */
  forecast: ForecastRow[];
  requirementParams: RequirementParams;
  /** The scenario's money and levers; absent: demo-assumption money, no lever. */
  levers?: Levers;
}

export interface SolveRosterTaskOutput {
  result: RosterResult;
  /** When the cap lever chose caps: the caps and the requirement at them, which the roster was solved for. */
  chosen?: { caps: QueueCaps; requirement: RequirementRow[] };
}

/** Runs in a worker thread: the solve is synchronous and may take seconds; with the cap lever, one solve per candidate tried. */
export function solveRosterTask(input: SolveRosterTaskInput, progress: (percent: number, phase: string) => void): SolveRosterTaskOutput {
  progress(20, 'solving');
  const planned = planRoster(
    { forecast: input.forecast, params: input.requirementParams, agents: input.agents, rules: input.rules, levers: input.levers, requirement: input.requirement },
    {
      clock: () => performance.now(),
      onCapTrial: (trial, done, total) => {
        const caps = Object.entries(trial.caps).map(([queue, cap]) => `${queue} ${cap}`).join(', ');
        progress(20 + Math.min(75, (75 * done) / total), `cap lever: ${caps} costs ${Math.round(trial.totalCny)} CNY (solve ${done}; one pass over the queues takes ${total})`);
      },
    },
  );
  const caps = planned.result.levers?.caps;
  return { result: planned.result, ...(planned.capSearch && caps ? { chosen: { caps, requirement: planned.requirement } } : {}) };
}
