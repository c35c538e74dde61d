import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import PgBoss from 'pg-boss';
import { DomainError } from '../../shared/errors.ts';
import type { Database } from '../db/connect.ts';
import type { DB, JobKind } from '../db/schema.ts';
import { createBossDb } from './bossDb.ts';
import { JobInterruption, runJob, type JobHandler, type RunnerDeps } from './jobRunner.ts';
import { currentSchema } from '../db/repositories/health.ts';
import { insertJobRun, listJobRuns, readJobRun, requestJobCancel, type JobRecord } from '../db/repositories/jobRuns.ts';
import { TaskAbortedError } from './runInWorker.ts';
import { sweepStaleJobs } from './staleJobs.ts';

export type { JobKind, JobStatus } from '../db/schema.ts';
export type { JobContext, JobHandler } from './jobRunner.ts';
export type { JobRecord } from '../db/repositories/jobRuns.ts';

export interface JobService {
  submit(kind: JobKind, payload: unknown, refs?: { eventId?: number; scenarioId?: number }): Promise<JobRecord>;
  get(id: string): Promise<JobRecord | undefined>;
  /** Cancels a queued or running job; a finished job is returned unchanged. */
  cancel(id: string): Promise<JobRecord>;
  list(filter?: { scenarioId?: number }): Promise<JobRecord[]>;
  start(): Promise<void>;
  /**
   * Stops taking jobs. Graceful (the default): waits up to `timeoutMs` for running jobs, then hands the rest
   * back to the queue at once. Not graceful: stops their workers and writes nothing, as if the process died;
   * pg-boss's expiry then gives them to another process.
   */
  stop(options?: StopOptions): Promise<void>;
}

export interface StopOptions {
  graceful?: boolean;
  timeoutMs?: number;
}

export interface JobServiceOptions {
  /** pg-boss's schema. Default: `<current schema>_boss`, or `pgboss` in `public`, so test suites and tenants cannot collide. */
  schema?: string;
  /** A running job is stopped after this long; if its process died, pg-boss retries it after this long. */
  expireInSeconds?: number;
  /** Retries after a process died or stopped; a job that throws is not retried (the same input fails the same way). */
  retryLimit?: number;
  /** How often an idle process asks pg-boss for work (at least 0.5). */
  pollingIntervalSeconds?: number;
  /** How often pg-boss looks for expired jobs (shared by all processes). */
  maintenanceIntervalSeconds?: number;
  /** How often a running job checks whether it was cancelled from another process. */
  cancelPollMs?: number;
  /** false: submit and read only, leaving the work to other processes (stale jobs are still swept). */
  work?: boolean;
  /** How often a running job writes its heartbeat, and how often this process looks for stale ones. */
  heartbeatSeconds?: number;
  /** A running job without a heartbeat for this long is requeued (or failed, with no retries left), with the reason. */
  staleAfterSeconds?: number;
}

const KINDS: JobKind[] = ['solve', 'simulate'];
const DEFAULTS = { expireInSeconds: 600, retryLimit: 2, pollingIntervalSeconds: 2, maintenanceIntervalSeconds: 30, cancelPollMs: 500, heartbeatSeconds: 5, staleAfterSeconds: 30 };

/** Jobs as pg-boss rows in our own database (PGlite or PostgreSQL), so several server processes share one queue. */
/**
 * Jobs as pg-boss rows in the same PostgreSQL (or PGlite) database. A process works only the kinds it has
 * handlers for; jobs of other kinds wait for a process that has them.
 */
export function createJobService(database: Database, handlers: Partial<Record<JobKind, JobHandler>>, options: JobServiceOptions = {}): JobService {
  const settings = { ...DEFAULTS, ...options };
  const { db } = database;
  let boss: PgBoss | undefined;
  let workers: WorkLoops | undefined;
  let sweeper: NodeJS.Timeout | undefined;
  const running = new Map<string, AbortController>();
  const started = () => boss ?? failNotStarted();

  return {
    async start() {
      if (boss) return;
      boss = await startBoss(db, settings);
      sweeper = startSweeper(db, boss, settings);
      if (settings.work === false) return;
      workers = startWorkLoops({ db, boss, handlers, cancelPollMs: settings.cancelPollMs, heartbeatMs: settings.heartbeatSeconds * 1000, running }, settings.pollingIntervalSeconds);
    },
    async stop(stopOptions = {}) {
      if (!boss) return;
      clearInterval(sweeper);
      await workers?.stop(stopOptions);
      await boss.stop({ graceful: false, close: false, wait: true });
      boss = undefined;
      workers = undefined;
    },
    async submit(kind, payload, refs = {}) {
      const queue = started();
      const id = randomUUID();
      // One transaction for our row and pg-boss's, so neither exists without the other.
      await db.transaction().execute(async (trx) => {
        await insertJobRun(trx, { id, kind, payload, ...refs });
        const options = { id, expireInSeconds: settings.expireInSeconds, retryLimit: settings.retryLimit, retryDelay: 0, db: createBossDb<DB>(trx) };
        await queue.send(kind, {}, options);
      });
      workers?.wake(kind);
      return (await readJobRun(db, id)) ?? failMissing(id);
    },
    get: (id) => readJobRun(db, id),
    list: (filter) => listJobRuns(db, filter),
    async cancel(id) {
      const flagged = await requestJobCancel(db, id);
      // A queued job must not be fetched any more; a running one is stopped by its own process, which polls the flag.
      if (flagged?.wasQueued) await started().cancel(flagged.kind, id);
      running.get(id)?.abort(new TaskAbortedError('The job was cancelled'));
      return (await readJobRun(db, id)) ?? failMissing(id);
    },
  };
}

async function startBoss(db: Kysely<DB>, settings: JobServiceOptions & typeof DEFAULTS): Promise<PgBoss> {
  const boss = new PgBoss({
    db: createBossDb(db),
    schema: settings.schema ?? (await defaultBossSchema(db)),
    // No cron schedules here; supervision (expiry of jobs whose process died) is what we need.
    schedule: false,
    supervise: true,
    maintenanceIntervalSeconds: settings.maintenanceIntervalSeconds,
  });
  boss.on('error', (error) => console.error('job queue:', error.message));
  await boss.start();
  for (const kind of KINDS) if (!(await boss.getQueue(kind))) await boss.createQueue(kind);
  return boss;
}

/** Every process sweeps: a job whose process died is found by whichever survives, within staleAfterSeconds plus one beat. */
function startSweeper(db: Kysely<DB>, boss: PgBoss, settings: typeof DEFAULTS): NodeJS.Timeout {
  let sweeping = false;
  return setInterval(async () => {
    if (sweeping) return;
    sweeping = true;
    try {
      await sweepStaleJobs(db, boss, settings.staleAfterSeconds);
    } catch (error) {
      console.error('job queue: cannot sweep stale jobs:', (error as Error).message);
    } finally {
      sweeping = false;
    }
  }, settings.heartbeatSeconds * 1000);
}

async function defaultBossSchema(db: Kysely<DB>): Promise<string> {
  const current = await currentSchema(db);
  return current === 'public' ? 'pgboss' : `${current}_boss`;
}

interface WorkLoops {
  wake(kind: JobKind): void;
  stop(options: StopOptions): Promise<void>;
}

/** One loop per kind: fetch a job from pg-boss, run it, repeat; sleep between empty fetches. */
function startWorkLoops(base: Omit<RunnerDeps, 'stopping'>, pollingIntervalSeconds: number): WorkLoops {
  let stopping = false;
  const deps: RunnerDeps = { ...base, stopping: () => stopping };
  const wakers = new Map<JobKind, () => void>();
  const sleep = (kind: JobKind) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, pollingIntervalSeconds * 1000);
      wakers.set(kind, () => (clearTimeout(timer), resolve()));
    });
  const loop = async (kind: JobKind) => {
    while (!stopping) {
      try {
        const [job] = await deps.boss.fetch<object>(kind, { includeMetadata: true });
        if (job) await runJob(deps, kind, job);
        else await sleep(kind);
      } catch (error) {
        console.error(`job queue ${kind}:`, (error as Error).message);
        await sleep(kind);
      }
    }
  };
  const loops = Promise.all(KINDS.filter((kind) => deps.handlers[kind] !== undefined).map(loop));
  return {
    wake: (kind) => wakers.get(kind)?.(),
    async stop({ graceful = true, timeoutMs = 30_000 }) {
      stopping = true;
      for (const wake of wakers.values()) wake();
      if (graceful) await settledWithin(loops, timeoutMs);
      for (const controller of deps.running.values()) controller.abort(new JobInterruption(graceful));
      await loops;
    },
  };
}

async function settledWithin(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([promise, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

function failNotStarted(): never {
  throw new Error('The job service is not started');
}

function failMissing(id: string): never {
  throw new DomainError('NOT_FOUND', `Job ${id} does not exist`);
}
