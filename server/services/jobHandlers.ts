import { z } from 'zod';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { JobHandler, JobKind } from '../jobs/jobService.ts';
import { simulateScenarioJob, type SimulateJobResult } from './simulateScenario.ts';
import { solveScenarioJob, type SolveJobResult } from './solveScenario.ts';

/** What a succeeded job of either kind stores as its result. */
export type JobResult = SolveJobResult | SimulateJobResult;

const scenarioPayload = z.object({ scenarioId: z.number().int().positive() });

/** The handler of the solve job kind. */
export function solveHandler(db: Kysely<DB>): JobHandler {
  return (payload, context) => solveScenarioJob(db, scenarioPayload.parse(payload), context);
}

/** The handler of the simulate job kind. */
export function simulateHandler(db: Kysely<DB>): JobHandler {
  return (payload, context) => simulateScenarioJob(db, scenarioPayload.parse(payload), context);
}

/** Every job kind this server can run. */
export function jobHandlers(db: Kysely<DB>): Record<JobKind, JobHandler> {
  return { solve: solveHandler(db), simulate: simulateHandler(db) };
}

