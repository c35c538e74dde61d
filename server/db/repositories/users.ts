import type { Kysely } from 'kysely';
import type { DB, UserRole } from '../schema.ts';

/** A user row as the services see it. */
export interface UserRow {
  id: number;
  username: string;
  role: UserRole;
  agent_id: number | null;
  disabled: boolean;
}

const COLUMNS = ['id', 'username', 'role', 'agent_id', 'disabled'] as const;

/** The user with this name, with its password hash, or undefined. */
export async function findUserForLogin(db: Kysely<DB>, username: string): Promise<(UserRow & { password_hash: string }) | undefined> {
  return db.selectFrom('users').select([...COLUMNS, 'password_hash']).where('username', '=', username).executeTakeFirst();
}

/** True when some user has this name. */
export async function usernameTaken(db: Kysely<DB>, username: string): Promise<boolean> {
  return (await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst()) !== undefined;
}

/** True when at least one user exists. */
export async function anyUserExists(db: Kysely<DB>): Promise<boolean> {
  return (await db.selectFrom('users').select('id').limit(1).executeTakeFirst()) !== undefined;
}

/** True when an agent row with this id exists (what users.agent_id references). */
export async function agentRowExists(db: Kysely<DB>, agentId: number): Promise<boolean> {
  return (await db.selectFrom('agents').select('id').where('id', '=', agentId).executeTakeFirst()) !== undefined;
}

export async function insertUser(db: Kysely<DB>, values: { username: string; passwordHash: string; role: UserRole; agentId: number | null }): Promise<UserRow> {
  return db
    .insertInto('users')
    .values({ username: values.username, password_hash: values.passwordHash, role: values.role, agent_id: values.agentId })
    .returning([...COLUMNS])
    .executeTakeFirstOrThrow();
}

/** All users by username. */
export async function selectUsers(db: Kysely<DB>): Promise<UserRow[]> {
  return db.selectFrom('users').select([...COLUMNS]).orderBy('username').execute();
}

/** The user row locked for the rest of the transaction, or undefined. */
export async function lockUser(db: Kysely<DB>, id: number): Promise<UserRow | undefined> {
  return db.selectFrom('users').select([...COLUMNS]).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function updateUserRow(db: Kysely<DB>, id: number, set: { role?: UserRole; disabled?: boolean; agentId?: number | null; passwordHash?: string }): Promise<UserRow | undefined> {
  return db
    .updateTable('users')
    .set({
      ...(set.role !== undefined ? { role: set.role } : {}),
      ...(set.disabled !== undefined ? { disabled: set.disabled } : {}),
      ...(set.agentId !== undefined ? { agent_id: set.agentId } : {}),
      ...(set.passwordHash !== undefined ? { password_hash: set.passwordHash } : {}),
    })
    .where('id', '=', id)
    .returning([...COLUMNS])
    .executeTakeFirst();
}

export async function deleteUserSessions(db: Kysely<DB>, userId: number): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

/** Revokes every live feed token the user issued for themselves; returns how many. */
export async function revokeOwnCalendarTokens(db: Kysely<DB>, userId: number, at: Date): Promise<number> {
  const result = await db.updateTable('calendar_tokens').set({ revoked_at: at }).where('owner_user_id', '=', userId).where('revoked_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows);
}
