import { sql, type Kysely, type Selectable } from 'kysely';
import { jsonb } from '../jsonb.ts';
import type { DB, JobKind, JobRunsTable, JobStatus } from '../schema.ts';

// job_runs is what users see of a job; pg-boss's own tables decide who runs it and when it is retried.
// `attempts` is the fencing token: every write of a running job names the attempt it belongs to, so a process
// whose job expired and was taken over elsewhere cannot overwrite the newer attempt's progress or outcome.

export interface JobRecord {
  id: string;
  kind: JobKind;
  status: JobStatus;
  progress: number;
  phase: string;
  eventId: number | null;
  scenarioId: number | null;
  result: unknown;
  error: { code: string; message: string } | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export interface JobError {
  code: string;
  message: string;
}

export type JobOutcome = { status: 'succeeded'; result: unknown } | { status: 'failed'; error: JobError } | { status: 'cancelled' };

const ACTIVE: JobStatus[] = ['queued', 'running'];
const LIST_LIMIT = 100;

/** One job as users see it, or undefined. */
export async function readJobRun(db: Kysely<DB>, id: string): Promise<JobRecord | undefined> {
  const row = await db.selectFrom('job_runs').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toJobRecord(row);
}

/** The newest jobs first, optionally of one scenario. */
export async function listJobRuns(db: Kysely<DB>, filter: { scenarioId?: number } = {}): Promise<JobRecord[]> {
  let query = db.selectFrom('job_runs').selectAll().orderBy('created_at', 'desc').orderBy('id').limit(LIST_LIMIT);
  if (filter.scenarioId !== undefined) query = query.where('scenario_id', '=', filter.scenarioId);
  return (await query.execute()).map(toJobRecord);
}

export async function insertJobRun(db: Kysely<DB>, run: { id: string; kind: JobKind; payload: unknown; eventId?: number; scenarioId?: number }): Promise<void> {
  await db
    .insertInto('job_runs')
    .values({ id: run.id, kind: run.kind, payload: jsonb(run.payload ?? null), event_id: run.eventId ?? null, scenario_id: run.scenarioId ?? null })
    .execute();
}

/** Starts a new attempt of a queued job, or of a running one whose process died; undefined if cancelled or finished. */
export async function claimJobRun(db: Kysely<DB>, id: string): Promise<{ attempt: number; payload: unknown } | undefined> {
  const row = await db
    .updateTable('job_runs')
    .set((eb) => ({ status: 'running', attempts: eb('attempts', '+', 1), progress: 0, phase: 'starting', started_at: sql`now()`, updated_at: sql`now()`, heartbeat_at: sql`now()` }))
    .where('id', '=', id)
    .where('status', 'in', ACTIVE)
    .where('cancel_requested', '=', false)
    .returning(['attempts', 'payload'])
    .executeTakeFirst();
  return row && { attempt: row.attempts, payload: row.payload };
}

export async function writeJobProgress(db: Kysely<DB>, id: string, attempt: number, percent: number, phase: string): Promise<void> {
  const progress = Math.min(100, Math.max(0, Number.isFinite(percent) ? percent : 0));
  await db.updateTable('job_runs').set({ progress, phase, updated_at: sql`now()` }).where('id', '=', id).where('attempts', '=', attempt).where('status', '=', 'running').execute();
}

/** A sign of life from the process running this attempt; false when the attempt no longer owns a running job. */
export async function writeJobHeartbeat(db: Kysely<DB>, id: string, attempt: number): Promise<boolean> {
  const result = await db.updateTable('job_runs').set({ heartbeat_at: sql`now()` }).where('id', '=', id).where('attempts', '=', attempt).where('status', '=', 'running').executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Running jobs whose process has not shown a sign of life for `staleSeconds` (by the database's clock). */
export async function findStaleJobRuns(db: Kysely<DB>, staleSeconds: number): Promise<{ id: string; kind: JobKind; attempt: number }[]> {
  const rows = await db
    .selectFrom('job_runs')
    .select(['id', 'kind', 'attempts'])
    .where('status', '=', 'running')
    .where(sql<boolean>`coalesce(heartbeat_at, started_at, updated_at) < now() - make_interval(secs => ${staleSeconds})`)
    .orderBy('id')
    .limit(100)
    .execute();
  return rows.map((r) => ({ id: r.id, kind: r.kind, attempt: r.attempts }));
}

/**
 * Hands a stale attempt back to the queue with the reason in its phase; false when the attempt showed a sign of
 * life meanwhile or no longer owns the job (then nothing is written).
 */
export async function requeueStaleJobRun(db: Kysely<DB>, id: string, attempt: number, staleSeconds: number, reason: string): Promise<boolean> {
  const result = await db
    .updateTable('job_runs')
    .set({ status: 'queued', phase: reason, heartbeat_at: null, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('attempts', '=', attempt)
    .where('status', '=', 'running')
    .where(sql<boolean>`coalesce(heartbeat_at, started_at, updated_at) < now() - make_interval(secs => ${staleSeconds})`)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Records how an attempt ended; false when the attempt no longer owns the job (taken over, or already ended).
 * A success is written only while no cancel is pending, so a cancelled job never ends 'succeeded'.
 */
export async function finishJobRun(db: Kysely<DB>, id: string, attempt: number, outcome: JobOutcome): Promise<boolean> {
  let query = db
    .updateTable('job_runs')
    .set({
      status: outcome.status,
      result: outcome.status === 'succeeded' ? jsonb(outcome.result ?? null) : null,
      error: outcome.status === 'failed' ? jsonb(outcome.error) : null,
      phase: outcome.status === 'succeeded' ? 'done' : outcome.status,
      ...(outcome.status === 'succeeded' ? { progress: 100 } : {}),
      finished_at: sql`now()`,
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .where('attempts', '=', attempt)
    .where('status', '=', 'running');
  if (outcome.status === 'succeeded') query = query.where('cancel_requested', '=', false);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Puts an interrupted attempt back in the queue for another process (graceful shutdown). */
export async function requeueJobRun(db: Kysely<DB>, id: string, attempt: number): Promise<void> {
  await db
    .updateTable('job_runs')
    .set({ status: 'queued', phase: 'waiting for another server', updated_at: sql`now()` })
    .where('id', '=', id)
    .where('attempts', '=', attempt)
    .where('status', '=', 'running')
    .execute();
}

/** Flags a queued or running job for cancellation; a queued one ends 'cancelled' at once. Undefined when not active. */
export async function requestJobCancel(db: Kysely<DB>, id: string): Promise<{ kind: JobKind; wasQueued: boolean } | undefined> {
  const flagged = await db
    .updateTable('job_runs')
    .set({ cancel_requested: true, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('status', 'in', ACTIVE)
    .returning(['kind'])
    .executeTakeFirst();
  if (!flagged) return undefined;
  const ended = await endCancelledJobRun(db, id, ['queued']);
  return { kind: flagged.kind, wasQueued: ended };
}

/** Ends a cancel-flagged job in one of the given states as 'cancelled'; true if it did. */
export async function endCancelledJobRun(db: Kysely<DB>, id: string, from: JobStatus[] = ACTIVE): Promise<boolean> {
  const result = await db
    .updateTable('job_runs')
    .set({ status: 'cancelled', phase: 'cancelled', finished_at: sql`now()`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('status', 'in', from)
    .where('cancel_requested', '=', true)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function isCancelRequested(db: Kysely<DB>, id: string): Promise<boolean> {
  const row = await db.selectFrom('job_runs').select('cancel_requested').where('id', '=', id).executeTakeFirst();
  return row?.cancel_requested ?? false;
}

function toJobRecord(row: Selectable<JobRunsTable>): JobRecord {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    progress: row.progress,
    phase: row.phase,
    eventId: row.event_id,
    scenarioId: row.scenario_id,
    result: row.result ?? null,
    error: (row.error as JobError | null) ?? null,
    createdAt: toIso(row.created_at),
    startedAt: row.started_at && toIso(row.started_at),
    finishedAt: row.finished_at && toIso(row.finished_at),
  };
}

/** PGlite and postgres.js both return timestamptz as Date; a string is tolerated rather than trusted. */
function toIso(value: Date | string): string {
  return new Date(value).toISOString();
}
