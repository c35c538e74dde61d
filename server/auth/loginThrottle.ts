import { sql, type Kysely } from 'kysely';
import { toCount } from '../db/jsonb.ts';
import type { DB } from '../db/schema.ts';

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
/**
 * Failures are counted per username *and* client address, not per username alone: counted per username,
 * anyone could lock the admin out by guessing wrong ten times. Keyed by both, a guesser locks out only
 * itself, and one address still gets at most MAX_FAILURES_PER_IP guesses per window across all accounts.
 */
export const MAX_FAILURES_PER_USERNAME_AND_IP = 10;
export const MAX_FAILURES_PER_IP = 50;

// The first key of the two-key advisory locks taken here, so they cannot collide with anyone else's.
const LOCK_NAMESPACE = 0x1061;

export type LoginAttempt = { allowed: true; attemptId: string } | { allowed: false; retryAfterSeconds: number };

/**
 * Checks the throttle and, when the attempt may go ahead, records it as a failure in the same transaction
 * under a lock per client address, so parallel guesses cannot all pass the check before any of them is
 * counted. Counted in the database, so every server process sees the same. The caller marks the attempt
 * succeeded (markLoginSucceeded) once the password checked out.
 */
export async function beginLoginAttempt(db: Kysely<DB>, username: string, ip: string, now: Date): Promise<LoginAttempt> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${LOCK_NAMESPACE}::int, hashtext(${ip}::text))`.execute(trx);
    const failures = await trx
      .selectFrom('login_attempts')
      .select((eb) => [
        eb.fn.countAll<string | number>().as('fromIp'),
        eb.fn.min('at').as('oldestFromIp'),
        eb.fn.countAll<string | number>().filterWhere('username', '=', username).as('forUser'),
        eb.fn.min('at').filterWhere('username', '=', username).as('oldestForUser'),
      ])
      .where('ip', '=', ip)
      .where('succeeded', '=', false)
      .where('at', '>', since)
      .executeTakeFirstOrThrow();
    // A sliding window: blocked until the oldest failure that counts leaves it.
    const blockedSince =
      toCount(failures.forUser) >= MAX_FAILURES_PER_USERNAME_AND_IP ? failures.oldestForUser : toCount(failures.fromIp) >= MAX_FAILURES_PER_IP ? failures.oldestFromIp : null;
    if (blockedSince !== null) {
      const retryAfterSeconds = Math.max(1, Math.ceil((new Date(blockedSince).getTime() + THROTTLE_WINDOW_MS - now.getTime()) / 1000));
      return { allowed: false, retryAfterSeconds };
    }
    const { id } = await trx.insertInto('login_attempts').values({ username, ip, succeeded: false }).returning('id').executeTakeFirstOrThrow();
    return { allowed: true, attemptId: String(id) };
  });
}

/** Marks an attempt begun with beginLoginAttempt as a success, so it no longer counts against the caller. */
export async function markLoginSucceeded(db: Kysely<DB>, attemptId: string): Promise<void> {
  await db.updateTable('login_attempts').set({ succeeded: true }).where('id', '=', attemptId).execute();
}
