import type { Kysely } from 'kysely';
import type PgBoss from 'pg-boss';
import type { DB } from '../db/schema.ts';
import { findStaleJobRuns, finishJobRun, requeueStaleJobRun } from '../db/repositories/jobRuns.ts';

/**
 * Finds running jobs whose process stopped writing heartbeats (killed, frozen, cut off from the database) and
 * settles them at once instead of at pg-boss's expiry minutes later: back to the queue with the reason while
 * pg-boss has retries left, else failed with the reason. Every write names the attempt it ends, so a process
 * that was only slow and wakes up later cannot overwrite what happened next. Returns how many it settled.
 */
export async function sweepStaleJobs(db: Kysely<DB>, boss: PgBoss, staleSeconds: number): Promise<number> {
  let settled = 0;
  for (const stale of await findStaleJobRuns(db, staleSeconds)) {
    const reason = `the server running it stopped responding (no heartbeat for ${staleSeconds} s)`;
    const queued = await boss.getJobById(stale.kind, stale.id);
    const retriesLeft = queued !== null && queued.retryCount < queued.retryLimit;
    const ended = retriesLeft
      ? await requeueStaleJobRun(db, stale.id, stale.attempt, staleSeconds, `requeued: ${reason}`)
      : await finishJobRun(db, stale.id, stale.attempt, { status: 'failed', error: { code: 'WORKER_LOST', message: `The job failed: ${reason}, and no retries are left` } });
    // pg-boss retries it at once (same id) or records it failed; its own expiry no longer waits for the dead process.
    if (ended) {
      await boss.fail(stale.kind, stale.id, { message: reason });
      settled++;
    }
  }
  return settled;
}
