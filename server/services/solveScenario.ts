import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import type { RosterResult } from '../../shared/roster/types.ts';
import { plannedCapTrials } from '../../shared/levers/capChoice.ts';
import { pullsLevers } from '../../shared/levers/planRoster.ts';
import { insertRoster } from '../db/repositories/rosters.ts';
import { storeRequirement } from '../db/repositories/scenarios.ts';
import type { DB } from '../db/schema.ts';
import type { JobContext } from '../jobs/jobService.ts';
import { runInWorker } from '../jobs/runInWorker.ts';
import type { SolveRosterTaskInput, SolveRosterTaskOutput } from '../jobs/tasks/solveRosterTask.ts';
import { loadScenarioInputs } from './scenarioInputs.ts';

const SOLVE_TASK = fileURLToPath(new URL('../jobs/tasks/solveRosterTask.ts', import.meta.url));

/** Hard deadline of one solve: the LP solver is synchronous and ignores its own timeout, so the worker is terminated. */
export const SOLVE_TIMEOUT_MS = 120_000;

export interface SolveJobResult {
  rosterId: number;
  scenarioId: number;
  scenarioVersion: number;
  stats: RosterResult['stats'];
  summary: RosterResult['summary'];
}

/** The 'solve' job: load the scenario, solve its roster in a worker thread (choosing the caps when the cap lever lists candidates), store it as a draft (with the same event solved without levers when it pulls any). */
export async function solveScenarioJob(db: Kysely<DB>, payload: { scenarioId: number }, context: JobContext, timeoutMs = SOLVE_TIMEOUT_MS): Promise<SolveJobResult> {
  await context.progress(5, 'loading');
  const inputs = await loadScenarioInputs(db, payload.scenarioId);
  await context.progress(10, 'solving');
  const taskInput: SolveRosterTaskInput = {
    requirement: inputs.requirement,
    agents: inputs.agents,
    rules: inputs.rules,
    forecast: inputs.forecast,
    requirementParams: inputs.params.requirement,
    levers: inputs.params.levers,
  };
  // The deadline is per roster solve: the cap lever solves once per candidate it tries, and any lever adds the solve without levers.
  const solves = plannedCapTrials(inputs.params.levers?.caps) + (pullsLevers(inputs.params.levers) ? 1 : 0);
  const { result, chosen } = await runInWorker<SolveRosterTaskOutput>(
    { module: SOLVE_TASK, export: 'solveRosterTask', input: taskInput },
    { signal: context.signal, timeoutMs: timeoutMs * solves, onProgress: (percent, phase) => void context.progress(10 + percent * 0.8, phase) },
  );
  await context.progress(92, 'saving');
  const { scenario } = inputs;
  const rosterId = await db.transaction().execute(async (trx) => {
    const id = await insertRoster(trx, { eventId: inputs.event.id, scenarioId: scenario.id, scenarioVersion: scenario.version, timeZone: inputs.event.timeZone, result });
    // The requirement at the chosen caps becomes the scenario's for this version, so coverage, grid and spreadsheet agree with the roster.
    if (chosen) await storeRequirement(trx, scenario.id, scenario.version, chosen.requirement, chosen.caps);
    return id;
  });
  return { rosterId, scenarioId: inputs.scenario.id, scenarioVersion: inputs.scenario.version, stats: result.stats, summary: result.summary };
}
