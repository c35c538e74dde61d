import type { Kysely } from 'kysely';
import { toCount } from '../db/jsonb.ts';
import type { DB } from '../db/schema.ts';

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_USERNAME = 10;
export const MAX_FAILURES_PER_IP = 50;

/** Seconds to wait before another login attempt, or 0; counted in the database so every server process sees the same. */
export async function loginRetryAfter(db: Kysely<DB>, username: string, ip: string, now: Date): Promise<number> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const count = async (column: 'username' | 'ip', value: string) =>
    toCount(
      (
        await db
          .selectFrom('login_attempts')
          .select((eb) => eb.fn.countAll<string | number>().as('n'))
          .where(column, '=', value)
          .where('succeeded', '=', false)
          .where('at', '>', since)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const blocked = (await count('username', username)) >= MAX_FAILURES_PER_USERNAME || (await count('ip', ip)) >= MAX_FAILURES_PER_IP;
  return blocked ? Math.ceil(THROTTLE_WINDOW_MS / 1000) : 0;
}

/** Records one attempt. */
export async function recordLoginAttempt(db: Kysely<DB>, username: string, ip: string, succeeded: boolean): Promise<void> {
  await db.insertInto('login_attempts').values({ username, ip, succeeded }).execute();
}
