import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { deleteSession, insertSession, readSetting, sessionWithUser, settleSetting } from '../db/repositories/sessions.ts';
import type { DB } from '../db/schema.ts';
import type { User } from './users.ts';

export const SESSION_COOKIE = 'pr_session';
export const SESSION_TTL_MS = 12 * 3600 * 1000;

const hash = (id: string) => createHash('sha256').update(id).digest('hex');

/** Starts a session: a fresh 256-bit id (never reused across logins), stored only as a hash. */
export async function createSession(db: Kysely<DB>, userId: number, now: Date): Promise<{ id: string; expiresAt: Date }> {
  const id = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await insertSession(db, { idHash: hash(id), userId, expiresAt });
  return { id, expiresAt };
}

/**
 * Sessions looked up in the last SESSION_CACHE_MS, so a page's burst of requests costs one query. Logout,
 * disabling, a new password or role evict at once on this server (forgetSession, forgetUserSessions);
 * another server process sees such a change within SESSION_CACHE_MS.
 */
export const SESSION_CACHE_MS = 2000;
const SESSION_CACHE_SIZE = 10_000;
const recentSessions = new Map<string, { user: User; expiresAt: number; seenAt: number }>();

/** The live session's user, or undefined when unknown, expired or the user is disabled. */
export async function sessionUser(db: Kysely<DB>, id: string, now: Date): Promise<User | undefined> {
  const key = hash(id);
  const recent = recentSessions.get(key);
  if (recent && now.getTime() - recent.seenAt < SESSION_CACHE_MS && now.getTime() >= recent.seenAt && recent.expiresAt > now.getTime()) return recent.user;
  recentSessions.delete(key);
  const row = await sessionWithUser(db, key);
  if (!row || row.disabled || row.expires_at.getTime() <= now.getTime()) return undefined;
  const user: User = { id: row.id, username: row.username, role: row.role, agentId: row.agent_id, disabled: row.disabled };
  if (recentSessions.size >= SESSION_CACHE_SIZE) recentSessions.delete(recentSessions.keys().next().value!);
  recentSessions.set(key, { user, expiresAt: row.expires_at.getTime(), seenAt: now.getTime() });
  return user;
}

/** Ends one session. */
export async function destroySession(db: Kysely<DB>, id: string): Promise<void> {
  recentSessions.delete(hash(id));
  await deleteSession(db, hash(id));
}

/** Drops a user's sessions from this server's recent lookups, after its sessions were deleted or its rights changed. */
export function forgetUserSessions(userId: number): void {
  for (const [key, entry] of recentSessions) if (entry.user.id === userId) recentSessions.delete(key);
}

/** The secret that signs session cookies: SESSION_SECRET, else one generated once and kept in the database so every server shares it. */
export async function sessionSecret(db: Kysely<DB>, envSecret: string | undefined): Promise<string> {
  if (envSecret) return envSecret;
  return (await readSetting(db, 'session_secret')) ?? settleSetting(db, 'session_secret', randomBytes(32).toString('base64url'));
}
