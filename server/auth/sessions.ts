import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { User } from './users.ts';

export const SESSION_COOKIE = 'pr_session';
export const SESSION_TTL_MS = 12 * 3600 * 1000;

const hash = (id: string) => createHash('sha256').update(id).digest('hex');

/** Starts a session: a fresh 256-bit id (never reused across logins), stored only as a hash. */
export async function createSession(db: Kysely<DB>, userId: number, now: Date): Promise<{ id: string; expiresAt: Date }> {
  const id = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await db.insertInto('sessions').values({ id_hash: hash(id), user_id: userId, expires_at: expiresAt }).execute();
  return { id, expiresAt };
}

/** The live session's user, or undefined when unknown, expired or the user is disabled. */
export async function sessionUser(db: Kysely<DB>, id: string, now: Date): Promise<User | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id', 'users.username', 'users.role', 'users.agent_id', 'users.disabled', 'sessions.expires_at'])
    .where('sessions.id_hash', '=', hash(id))
    .executeTakeFirst();
  if (!row || row.disabled || row.expires_at.getTime() <= now.getTime()) return undefined;
  return { id: row.id, username: row.username, role: row.role, agentId: row.agent_id, disabled: row.disabled };
}

/** Ends one session. */
export async function destroySession(db: Kysely<DB>, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', hash(id)).execute();
}

/** The secret that signs session cookies: SESSION_SECRET, else one generated once and kept in the database so every server shares it. */
export async function sessionSecret(db: Kysely<DB>, envSecret: string | undefined): Promise<string> {
  if (envSecret) return envSecret;
  const existing = await db.selectFrom('settings').select('value').where('key', '=', 'session_secret').executeTakeFirst();
  if (existing) return existing.value;
  await db.insertInto('settings').values({ key: 'session_secret', value: randomBytes(32).toString('base64url') }).onConflict((oc) => oc.column('key').doNothing()).execute();
  return (await db.selectFrom('settings').select('value').where('key', '=', 'session_secret').executeTakeFirstOrThrow()).value;
}
