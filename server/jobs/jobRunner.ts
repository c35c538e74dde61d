import type { Kysely } from 'kysely';
import type PgBoss from 'pg-boss';
import { DomainError } from '../../shared/errors.ts';
import type { DB, JobKind } from '../db/schema.ts';
import { isDatabaseUnavailable, retryWhileUnavailable } from '../db/unavailable.ts';
import { claimJobRun, endCancelledJobRun, finishJobRun, isCancelRequested, requeueJobRun, writeJobHeartbeat, writeJobProgress, type JobError, type JobOutcome } from '../db/repositories/jobRuns.ts';
import { TaskAbortedError } from './runInWorker.ts';

export interface JobContext {
  /** Stores progress (0-100) and a phase name; never rejects, so it may be called without awaiting. */
  progress(percent: number, phase: string): Promise<void>;
  /** Aborts on cancel, on the job's deadline and on shutdown: pass it to runInWorker. */
  signal: AbortSignal;
  jobId: string;
}

/** Returns the result stored in job_runs.result. */
export type JobHandler = (payload: unknown, context: JobContext) => Promise<unknown>;

export interface RunnerDeps {
  db: Kysely<DB>;
  boss: PgBoss;
  handlers: Partial<Record<JobKind, JobHandler>>;
  cancelPollMs: number;
  /** How often a running job's heartbeat is written. */
  heartbeatMs: number;
  /** Jobs running in this process, for a local cancel and for stop(). */
  running: Map<string, AbortController>;
  /** True once stop() began: a job fetched after that goes straight back to the queue. */
  stopping(): boolean;
}

/** Abort reason when this process stops: `release` hands the job back at once, otherwise it is left to expire. */
export class JobInterruption extends Error {
  constructor(readonly release: boolean) {
    super(release ? 'The server stopped; the job goes back to the queue' : 'The server stopped without releasing the job');
    this.name = 'AbortError';
  }
}

type Ending = JobOutcome | { status: 'interrupted'; release: boolean };

/** Runs one job fetched from pg-boss: claim it in job_runs, run its handler, record the outcome in both. */
export async function runJob(deps: RunnerDeps, kind: JobKind, job: PgBoss.JobWithMetadata<object>): Promise<void> {
  // Retried like the ending: a claim lost to a killed backend would otherwise strand the job until it expires.
  const claim = await retryWhileUnavailable(() => claimJobRun(deps.db, job.id));
  if (!claim) {
    // Cancelled while queued, or finished by a process that died before telling pg-boss.
    await endCancelledJobRun(deps.db, job.id);
    await deps.boss.complete(kind, job.id, { status: 'not claimed' });
    return;
  }
  if (deps.stopping()) return release(deps, kind, job, claim.attempt);
  const controller = new AbortController();
  deps.running.set(job.id, controller);
  const stopWatching = watchJob(deps, kind, job, claim.attempt, controller);
  try {
    const context: JobContext = { jobId: job.id, signal: controller.signal, progress: progressWriter(deps.db, job.id, claim.attempt) };
    const ending = await execute(deps.handlers[kind]!, claim.payload, context);
    await record(deps, kind, job, claim.attempt, ending);
  } finally {
    stopWatching();
    deps.running.delete(job.id);
  }
}

async function execute(handler: JobHandler, payload: unknown, context: JobContext): Promise<Ending> {
  const { signal } = context;
  try {
    // Racing the signal lets a cancel, deadline or shutdown end the job even if the handler ignores its signal.
    const result = await Promise.race([handler(payload, context), rejectOnAbort(signal)]);
    return signal.aborted ? endingOfAbort(signal.reason) : { status: 'succeeded', result };
  } catch (error) {
    return signal.aborted ? endingOfAbort(signal.reason) : { status: 'failed', error: toJobError(error) };
  }
}

function rejectOnAbort(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));
}

function endingOfAbort(reason: unknown): Ending {
  if (reason instanceof JobInterruption) return { status: 'interrupted', release: reason.release };
  if (reason instanceof DomainError && !(reason instanceof TaskAbortedError)) return { status: 'failed', error: toJobError(reason) };
  return { status: 'cancelled' };
}

async function record(deps: RunnerDeps, kind: JobKind, job: PgBoss.JobWithMetadata, attempt: number, ending: Ending): Promise<void> {
  if (ending.status === 'interrupted') {
    if (ending.release) await release(deps, kind, job, attempt);
    return;
  }
  // A killed backend must not leave the job 'running' until it expires: the writes are retried, and each is
  // conditional on this attempt still owning a running job, so a write that did land is not applied twice.
  let recorded = await retryWhileUnavailable(() => finishJobRun(deps.db, job.id, attempt, ending));
  // A success is refused while a cancel is pending: the job then ends cancelled.
  if (!recorded && ending.status === 'succeeded') recorded = await retryWhileUnavailable(() => finishJobRun(deps.db, job.id, attempt, { status: 'cancelled' }));
  // Not recorded: the job expired and another attempt owns it now; pg-boss's row is that attempt's to settle.
  if (recorded) await retryWhileUnavailable(() => deps.boss.complete(kind, job.id, { status: ending.status }));
}

/** Graceful shutdown: pg-boss retries the job at once elsewhere, or, with no retries left, it fails. */
async function release(deps: RunnerDeps, kind: JobKind, job: PgBoss.JobWithMetadata, attempt: number): Promise<void> {
  if (job.retryCount >= job.retryLimit) {
    const error = { code: 'INTERRUPTED', message: 'The server running this job stopped and no retries are left' };
    if (await finishJobRun(deps.db, job.id, attempt, { status: 'failed', error })) await deps.boss.complete(kind, job.id, { status: 'failed' });
    return;
  }
  await requeueJobRun(deps.db, job.id, attempt);
  await deps.boss.fail(kind, job.id, { message: 'server stopped' });
}

/** Polls the cancel flag (another process may have set it), writes heartbeats and enforces the deadline; returns the cleanup. */
function watchJob(deps: RunnerDeps, kind: JobKind, job: PgBoss.JobWithMetadata, attempt: number, controller: AbortController): () => void {
  let polling = false;
  const poll = setInterval(async () => {
    if (polling || controller.signal.aborted) return;
    polling = true;
    try {
      if (await isCancelRequested(deps.db, job.id)) controller.abort(new TaskAbortedError('The job was cancelled'));
    } catch (error) {
      console.error(`job ${job.id}: cannot read its cancel flag, trying again:`, (error as Error).message);
    } finally {
      polling = false;
    }
  }, deps.cancelPollMs);
  // The heartbeat says this process is alive; the worker thread doing the work keeps this loop free to write it.
  const heartbeat = setInterval(async () => {
    try {
      // The job was settled as stale meanwhile (this process froze too long): stop, another attempt owns it.
      if (!(await writeJobHeartbeat(deps.db, job.id, attempt)) && !controller.signal.aborted) controller.abort(new JobInterruption(false));
    } catch (error) {
      console.error(`job ${job.id}: cannot write its heartbeat, trying again:`, (error as Error).message);
    }
  }, deps.heartbeatMs);
  // Stop before pg-boss's expiry hands the job to another process, so one job never runs twice at once.
  const seconds = Number(job.expireInSeconds);
  const deadline = setTimeout(
    () => controller.abort(new DomainError('LIMIT_EXCEEDED', `The ${kind} job took longer than ${seconds} s and was stopped`)),
    Math.max(500, seconds * 1000 - 1000),
  );
  return () => {
    clearInterval(poll);
    clearInterval(heartbeat);
    clearTimeout(deadline);
  };
}

/** Writes the latest progress only: a fast task's many reports collapse into as many writes as the database keeps up with. */
function progressWriter(db: Kysely<DB>, id: string, attempt: number): JobContext['progress'] {
  let latest: [number, string] | undefined;
  let writing: Promise<void> | undefined;
  const drain = async () => {
    while (latest) {
      const [percent, phase] = latest;
      latest = undefined;
      try {
        await writeJobProgress(db, id, attempt, percent, phase);
      } catch (error) {
        console.error(`job ${id}: cannot store progress:`, (error as Error).message);
      }
    }
    writing = undefined;
  };
  return (percent, phase) => {
    latest = [percent, phase];
    writing ??= drain();
    return writing;
  };
}

/** What users see of a failure: a domain error's code and message; anything else is logged and summarised. */
export function toJobError(error: unknown): JobError {
  if (error instanceof DomainError) return { code: error.code, message: error.message };
  if (isDatabaseUnavailable(error)) return { code: 'UNAVAILABLE', message: 'The database connection was lost while the job ran; run it again' };
  console.error('job failed:', error);
  return { code: 'INTERNAL', message: 'The job failed unexpectedly; the server log has the details' };
}
