import type { Kysely } from 'kysely';
import { countFailures, insertFailedAttempt, lockLoginKeys, markAttemptSucceeded, type FailureCounts } from '../db/repositories/loginAttempts.ts';
import type { DB } from '../db/schema.ts';

// Why this shape: behind a proxy or NAT everyone shares one address, so nothing here refuses an address as a
// whole (one guesser could then lock out everyone). Refusals are per user name: from one address (a guesser
// locks out only itself) and from everywhere (a spread-out guesser is stopped too). Neither may lock out the
// user who knows the password, so a browser that signed in to that account before presents a known-device
// cookie and skips both; the cookie cannot be had without the password, and its own failures are counted, so a
// stolen one is good for MAX_FAILURES_PER_DEVICE guesses. An address with many failures is slowed, not refused.

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
/** Failures for one user name from one address before that pair gets 429. */
export const MAX_FAILURES_PER_USERNAME_AND_IP = 10;
/** Failures for one user name from all addresses before the name gets 429 (known devices excepted). */
export const MAX_FAILURES_PER_USERNAME = 100;
/** Failures a known-device cookie may make before it stops skipping the limits. */
export const MAX_FAILURES_PER_DEVICE = 10;
/** Failures from one address, for any names, answered at full speed; each further one adds DELAY_STEP_MS. */
export const FREE_FAILURES_PER_IP = 20;
export const DELAY_STEP_MS = 250;
export const MAX_DELAY_MS = 5000;

export type LoginAttempt = { allowed: true; attemptId: string; delayMs: number } | { allowed: false; retryAfterSeconds: number };

export interface AttemptKey {
  username: string;
  ip: string;
  /** Hash of a known-device cookie issued to this user name, if the client sent one. */
  device: string | null;
}

/** What the throttle says about one more attempt, given the failures that concern it. */
export function throttleDecision(failures: FailureCounts, hasDevice: boolean, now: Date): { blockedSince: Date | null; delayMs: number } {
  const knownDevice = hasDevice && failures.forDevice < MAX_FAILURES_PER_DEVICE;
  if (knownDevice) return { blockedSince: null, delayMs: 0 };
  const blockedSince =
    failures.forUserAndIp >= MAX_FAILURES_PER_USERNAME_AND_IP ? failures.oldestForUserAndIp : failures.forUser >= MAX_FAILURES_PER_USERNAME ? failures.oldestForUser : null;
  const extra = failures.fromIp - FREE_FAILURES_PER_IP + 1;
  return { blockedSince: blockedSince ?? null, delayMs: extra > 0 ? Math.min(MAX_DELAY_MS, extra * DELAY_STEP_MS) : 0 };
}

/**
 * Checks the throttle and, when the attempt may go ahead, records it as a failure in the same transaction under
 * locks on the address and the name, so parallel guesses cannot all pass the check before any is counted.
 * Counted in the database, so every server process sees the same. The caller waits `delayMs` before answering
 * and marks the attempt succeeded (markLoginSucceeded) once the password checked out.
 */
export async function beginLoginAttempt(db: Kysely<DB>, key: AttemptKey, now: Date): Promise<LoginAttempt> {
  return db.transaction().execute(async (trx) => {
    await lockLoginKeys(trx, key.ip, key.username);
    const failures = await countFailures(trx, key, new Date(now.getTime() - THROTTLE_WINDOW_MS));
    const { blockedSince, delayMs } = throttleDecision(failures, key.device !== null, now);
    // A sliding window: blocked until the oldest failure that counts leaves it.
    if (blockedSince !== null) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((blockedSince.getTime() + THROTTLE_WINDOW_MS - now.getTime()) / 1000)) };
    }
    return { allowed: true, attemptId: await insertFailedAttempt(trx, key), delayMs };
  });
}

/** Marks an attempt begun with beginLoginAttempt as a success, so it no longer counts against the caller. */
export async function markLoginSucceeded(db: Kysely<DB>, attemptId: string): Promise<void> {
  await markAttemptSucceeded(db, attemptId);
}
