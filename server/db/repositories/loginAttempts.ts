import { sql, type Kysely } from 'kysely';
import { toCount } from '../jsonb.ts';
import type { DB } from '../schema.ts';

/** Failed sign-ins in the window that concern one attempt, and when the oldest of each kind happened. */
export interface FailureCounts {
  fromIp: number;
  forUserAndIp: number;
  oldestForUserAndIp: Date | null;
  forUser: number;
  oldestForUser: Date | null;
  forDevice: number;
  oldestForDevice: Date | null;
}

// The first key of the two-key advisory locks taken here, so they cannot collide with anyone else's.
const LOCK_NAMESPACE = 0x1061;

/**
 * Locks the client address and the user name for the rest of the transaction, always in that order (so two
 * attempts cannot deadlock): parallel guesses then cannot all pass the check before any of them is counted.
 */
export async function lockLoginKeys(trx: Kysely<DB>, ip: string, username: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(${LOCK_NAMESPACE}::int, hashtext(${`ip:${ip}`}::text))`.execute(trx);
  await sql`select pg_advisory_xact_lock(${LOCK_NAMESPACE}::int, hashtext(${`user:${username}`}::text))`.execute(trx);
}

/** Counts failures since `since` from the address, for the name (from the address and from anywhere) and for the device. */
export async function countFailures(db: Kysely<DB>, key: { username: string; ip: string; device: string | null }, since: Date): Promise<FailureCounts> {
  const device = key.device ?? '';
  const row = await db
    .selectFrom('login_attempts')
    .select((eb) => [
      eb.fn.countAll<string | number>().filterWhere('ip', '=', key.ip).as('fromIp'),
      eb.fn.countAll<string | number>().filterWhere((w) => w.and([w('ip', '=', key.ip), w('username', '=', key.username)])).as('forUserAndIp'),
      eb.fn.min('at').filterWhere((w) => w.and([w('ip', '=', key.ip), w('username', '=', key.username)])).as('oldestForUserAndIp'),
      eb.fn.countAll<string | number>().filterWhere('username', '=', key.username).as('forUser'),
      eb.fn.min('at').filterWhere('username', '=', key.username).as('oldestForUser'),
      eb.fn.countAll<string | number>().filterWhere('device', '=', device).as('forDevice'),
      eb.fn.min('at').filterWhere('device', '=', device).as('oldestForDevice'),
    ])
    .where('succeeded', '=', false)
    .where('at', '>', since)
    .where((w) => w.or([w('ip', '=', key.ip), w('username', '=', key.username), w('device', '=', device)]))
    .executeTakeFirstOrThrow();
  const date = (value: unknown) => (value === null || value === undefined ? null : new Date(value as string | Date));
  return {
    fromIp: toCount(row.fromIp),
    forUserAndIp: toCount(row.forUserAndIp),
    oldestForUserAndIp: date(row.oldestForUserAndIp),
    forUser: toCount(row.forUser),
    oldestForUser: date(row.oldestForUser),
    forDevice: toCount(row.forDevice),
    oldestForDevice: date(row.oldestForDevice),
  };
}

/** Records an attempt as a failure until markAttemptSucceeded says otherwise; returns its id. */
export async function insertFailedAttempt(db: Kysely<DB>, key: { username: string; ip: string; device: string | null }): Promise<string> {
  const { id } = await db.insertInto('login_attempts').values({ username: key.username, ip: key.ip, device: key.device, succeeded: false }).returning('id').executeTakeFirstOrThrow();
  return String(id);
}

export async function markAttemptSucceeded(db: Kysely<DB>, attemptId: string): Promise<void> {
  await db.updateTable('login_attempts').set({ succeeded: true }).where('id', '=', attemptId).execute();
}
