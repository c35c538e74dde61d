import { setTimeout as sleep } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import { DomainError } from '../../shared/errors.ts';
import { beginLoginAttempt, markLoginSucceeded } from '../auth/loginThrottle.ts';
import { verifyPassword } from '../auth/password.ts';
import { createSession, destroySession } from '../auth/sessions.ts';
import type { User } from '../auth/users.ts';
import { findUserForLogin } from '../db/repositories/users.ts';
import type { DB } from '../db/schema.ts';

// A hash to compare against when the user does not exist, so timing does not reveal valid usernames.
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/** Too many failures: the caller answers 429 with Retry-After. */
export class SignInThrottled extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super('RATE_LIMITED', `Too many failed sign-ins; try again in ${Math.ceil(retryAfterSeconds / 60)} minutes`);
  }
}

export interface SignInInput {
  username: string;
  password: string;
  ip: string;
  /** Hash of the known-device cookie sent for this name, or null. */
  device: string | null;
  /** The session this client had, ended on a new sign-in. */
  previousSessionId?: string;
}

/** Checks the throttle and the password, then starts a new session; throws UNAUTHENTICATED or SignInThrottled. */
export async function signIn(db: Kysely<DB>, input: SignInInput, now: Date): Promise<{ user: User; sessionId: string }> {
  const attempt = await beginLoginAttempt(db, { username: input.username, ip: input.ip, device: input.device }, now);
  if (!attempt.allowed) throw new SignInThrottled(attempt.retryAfterSeconds);
  // Slower answers for an address with many failures: nothing is held meanwhile, not even a connection.
  if (attempt.delayMs > 0) await sleep(attempt.delayMs);
  const row = await findUserForLogin(db, input.username);
  const ok = (await verifyPassword(input.password, row?.password_hash ?? DUMMY_HASH)) && row !== undefined && !row.disabled;
  if (!ok || !row) throw new DomainError('UNAUTHENTICATED', 'Wrong username or password');
  await markLoginSucceeded(db, attempt.attemptId);
  if (input.previousSessionId) await destroySession(db, input.previousSessionId);
  const session = await createSession(db, row.id, now);
  return { user: { id: row.id, username: row.username, role: row.role, agentId: row.agent_id, disabled: row.disabled }, sessionId: session.id };
}
