import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { DomainError } from '../../shared/errors.ts';
import { CAPS_TO_TRY } from '../../shared/chat/caps.ts';
import type { SimulationSummary } from '../../shared/scenario/outcome.ts';
import { simulationSummary } from '../../shared/scenario/simulationSummary.ts';
import { specFromRoster } from '../../shared/simulate/fromRoster.ts';
import { MIN_RECOMMENDATION_SEEDS } from '../../shared/simulate/recommendCap.ts';
import type { SweepResult } from '../../shared/simulate/sweep.ts';
import { resolveAllQueueParams } from '../../shared/staffing/params.ts';
import { getRoster } from '../db/repositories/rosters.ts';
import { insertSimulation, latestRosterIdOfVersion } from '../db/repositories/simulations.ts';
import type { DB } from '../db/schema.ts';
import type { JobContext } from '../jobs/jobService.ts';
import { runInWorker } from '../jobs/runInWorker.ts';
import { loadScenarioInputs } from './scenarioInputs.ts';

const SIMULATE_TASK = fileURLToPath(new URL('../jobs/tasks/simulateTask.ts', import.meta.url));
export const SIMULATE_TIMEOUT_MS = 300_000;

/** The summary as stored and sent: JSON has no Infinity, so a p90 among customers with no first reply (over 10 % unanswered) is null. */
export interface StoredSimulationSummary extends Omit<SimulationSummary, 'p90FirstResponseSeconds'> {
  p90FirstResponseSeconds: number | null;
}

/** A simulation's stored result, as GET /api/scenarios/{id}/simulation returns it. */
export interface StoredSimulation {
  scenarioVersion: number;
  rosterId: number;
  summary: StoredSimulationSummary;
  sweep: SweepResult;
}

export interface SimulateJobResult {
  simulationId: number;
  rosterId: number;
  summary: StoredSimulationSummary;
}

/** The scenario's newest roster of its current version; CONFLICT when it has none, since that is what a simulation runs. */
export async function requireRosterToSimulate(db: Kysely<DB>, scenario: { id: number; version: number }): Promise<number> {
  const rosterId = await latestRosterIdOfVersion(db, scenario.id, scenario.version);
  if (rosterId === undefined) {
    throw new DomainError('CONFLICT', `Scenario ${scenario.id} has no roster for version ${scenario.version}: solve it before simulating`, [{ field: 'roster', message: 'solve the scenario first' }]);
  }
  return rosterId;
}

/** The 'simulate' job: the scenario's newest roster for its current version, swept over caps in a worker thread. */
export async function simulateScenarioJob(db: Kysely<DB>, payload: { scenarioId: number }, context: JobContext): Promise<SimulateJobResult> {
  await context.progress(2, 'loading');
  const inputs = await loadScenarioInputs(db, payload.scenarioId);
  // Checked again here: the scenario may have changed between the request and the job.
  const rosterId = await requireRosterToSimulate(db, inputs.scenario);
  const detail = await getRoster(db, rosterId, inputs.event.timeZone);
  // Each queue runs at its own cap with the requirement's own chat model, target and shrinkage as breaks, unless the
  // scenario sets a break share; the sweep also tries each queue's cap, over enough seeds to recommend one per queue.
  const caps = inputs.params.simulationCaps ?? [...CAPS_TO_TRY];
  const options = { caps, seed: inputs.scenario.id, seeds: MIN_RECOMMENDATION_SEEDS, breakShare: inputs.params.simulationBreakShare };
  const spec = specFromRoster(inputs.requirement, detail.assignments.filter((a) => a.status === 'confirmed'), options, resolveAllQueueParams(inputs.params.requirement));
  const sweep = await runInWorker<SweepResult>(
    { module: SIMULATE_TASK, export: 'simulateTask', input: spec },
    { signal: context.signal, timeoutMs: SIMULATE_TIMEOUT_MS, taskName: 'simulation', onProgress: (p, phase) => void context.progress(5 + p * 0.9, phase) },
  );
  await context.progress(96, 'saving');
  const summary = simulationSummary(sweep);
  // JSON has no Infinity: a p90 among the unanswered is stored as null.
  const stored: StoredSimulation = { scenarioVersion: inputs.scenario.version, rosterId, summary: { ...summary, p90FirstResponseSeconds: Number.isFinite(summary.p90FirstResponseSeconds) ? summary.p90FirstResponseSeconds : null }, sweep };
  // The spec is kept without its hourly arrays, which the requirement and roster already hold.
  const specKept = { ...spec, queues: spec.queues.map((q) => ({ queue: q.queue, hours: q.arrivalsPerHour.length })) };
  const simulationId = await insertSimulation(db, { scenarioId: inputs.scenario.id, rosterId, spec: specKept, result: stored });
  return { simulationId, rosterId, summary: stored.summary };
}
