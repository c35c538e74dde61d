import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { DomainError } from '../../shared/errors.ts';
import type { DB, UserRole } from '../db/schema.ts';
import { hashPassword } from './password.ts';
import { forgetUserSessions } from './sessions.ts';

export interface User {
  id: number;
  username: string;
  role: UserRole;
  agentId: number | null;
  disabled: boolean;
}

export const MIN_PASSWORD_LENGTH = 10;

/** Creates a user; a taken username is CONFLICT. */
export async function createUser(db: Kysely<DB>, input: { username: string; password: string; role: UserRole; agentId?: number | null }): Promise<User> {
  if (input.password.length < MIN_PASSWORD_LENGTH) throw new DomainError('INVALID_INPUT', `password must have at least ${MIN_PASSWORD_LENGTH} characters`, [{ field: 'password', message: 'too short' }]);
  const taken = await db.selectFrom('users').select('id').where('username', '=', input.username).executeTakeFirst();
  if (taken) throw new DomainError('CONFLICT', `username "${input.username}" is taken`, [{ field: 'username', message: 'taken' }]);
  const row = await db
    .insertInto('users')
    .values({ username: input.username, password_hash: await hashPassword(input.password), role: input.role, agent_id: input.agentId ?? null })
    .returning(['id', 'username', 'role', 'agent_id', 'disabled'])
    .executeTakeFirstOrThrow();
  return toUser(row);
}

/** All users by username. */
export async function listUsers(db: Kysely<DB>): Promise<User[]> {
  return (await db.selectFrom('users').select(['id', 'username', 'role', 'agent_id', 'disabled']).orderBy('username').execute()).map(toUser);
}

/** Changes a user's role, password or disabled flag; disabling or a new password ends the user's sessions. */
export async function updateUser(db: Kysely<DB>, id: number, patch: { role?: UserRole; password?: string; disabled?: boolean; agentId?: number | null }): Promise<User> {
  if (Object.values(patch).every((v) => v === undefined)) throw new DomainError('INVALID_INPUT', 'Nothing to change: send at least one of role, password, disabled, agentId');
  if (patch.password !== undefined && patch.password.length < MIN_PASSWORD_LENGTH) {
    throw new DomainError('INVALID_INPUT', `password must have at least ${MIN_PASSWORD_LENGTH} characters`, [{ field: 'password', message: 'too short' }]);
  }
  const user = await db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('users')
      .set({
        ...(patch.role !== undefined ? { role: patch.role } : {}),
        ...(patch.disabled !== undefined ? { disabled: patch.disabled } : {}),
        ...(patch.agentId !== undefined ? { agent_id: patch.agentId } : {}),
        ...(patch.password !== undefined ? { password_hash: await hashPassword(patch.password) } : {}),
      })
      .where('id', '=', id)
      .returning(['id', 'username', 'role', 'agent_id', 'disabled'])
      .executeTakeFirst();
    if (!row) throw new DomainError('NOT_FOUND', `User ${id} does not exist`);
    if (patch.disabled || patch.password !== undefined || patch.role !== undefined) await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
    return toUser(row);
  });
  // After the commit, so no lookup racing the update can cache the old rights again.
  forgetUserSessions(id);
  return user;
}

/**
 * On first start there is no user: create `admin` with PEAK_ROSTER_ADMIN_PASSWORD, or a random password
 * that is returned so the caller prints it once. Never a fixed default.
 */
export async function ensureFirstAdmin(db: Kysely<DB>, envPassword: string | undefined): Promise<{ username: string; password?: string } | undefined> {
  const any = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (any) return undefined;
  const password = envPassword ?? randomBytes(12).toString('base64url');
  await createUser(db, { username: 'admin', password, role: 'admin' });
  return { username: 'admin', password: envPassword ? undefined : password };
}

function toUser(row: { id: number; username: string; role: UserRole; agent_id: number | null; disabled: boolean }): User {
  return { id: row.id, username: row.username, role: row.role, agentId: row.agent_id, disabled: row.disabled };
}
