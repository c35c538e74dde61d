import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { DomainError } from '../../shared/errors.ts';
import {
  agentRowExists,
  anyUserExists,
  deleteUserSessions,
  insertUser,
  lockUser,
  revokeOwnCalendarTokens,
  selectUsers,
  updateUserRow,
  usernameTaken,
  type UserRow,
} from '../db/repositories/users.ts';
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

/** Creates a user; a taken username is CONFLICT, an agentId that names no agent INVALID_INPUT. */
export async function createUser(db: Kysely<DB>, input: { username: string; password: string; role: UserRole; agentId?: number | null }): Promise<User> {
  checkPassword(input.password);
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    if (await usernameTaken(trx, input.username)) throw new DomainError('CONFLICT', `username "${input.username}" is taken`, [{ field: 'username', message: 'taken' }]);
    await requireAgent(trx, input.agentId);
    return toUser(await insertUser(trx, { username: input.username, passwordHash, role: input.role, agentId: input.agentId ?? null }));
  });
}

/** All users by username. */
export async function listUsers(db: Kysely<DB>): Promise<User[]> {
  return (await selectUsers(db)).map(toUser);
}

/**
 * Changes a user's role, password, disabled flag or agent. Disabling, a new password or role ends the user's
 * sessions; disabling or linking to another agent also revokes the feeds the user issued for themselves, in the
 * same transaction, so no feed outlives its account or shows another agent's shifts.
 */
export async function updateUser(db: Kysely<DB>, id: number, patch: { role?: UserRole; password?: string; disabled?: boolean; agentId?: number | null }): Promise<User> {
  if (Object.values(patch).every((v) => v === undefined)) throw new DomainError('INVALID_INPUT', 'Nothing to change: send at least one of role, password, disabled, agentId');
  if (patch.password !== undefined) checkPassword(patch.password);
  const passwordHash = patch.password !== undefined ? await hashPassword(patch.password) : undefined;
  const user = await db.transaction().execute(async (trx) => {
    const before = await lockUser(trx, id);
    if (!before) throw new DomainError('NOT_FOUND', `User ${id} does not exist`);
    await requireAgent(trx, patch.agentId);
    const row = (await updateUserRow(trx, id, { role: patch.role, disabled: patch.disabled, agentId: patch.agentId, passwordHash }))!;
    if (patch.disabled || patch.password !== undefined || patch.role !== undefined) await deleteUserSessions(trx, id);
    if (row.disabled || row.agent_id !== before.agent_id) await revokeOwnCalendarTokens(trx, id, new Date());
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
  if (await anyUserExists(db)) return undefined;
  const password = envPassword ?? randomBytes(12).toString('base64url');
  await createUser(db, { username: 'admin', password, role: 'admin' });
  return { username: 'admin', password: envPassword ? undefined : password };
}

function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) throw new DomainError('INVALID_INPUT', `password must have at least ${MIN_PASSWORD_LENGTH} characters`, [{ field: 'password', message: 'too short' }]);
}

/** An agentId must name a stored agent: checked here rather than left to the foreign key, which would be a 500. */
async function requireAgent(db: Kysely<DB>, agentId: number | null | undefined): Promise<void> {
  if (agentId === undefined || agentId === null) return;
  if (!(await agentRowExists(db, agentId))) throw new DomainError('INVALID_INPUT', `Invalid request: field agentId: no agent has id ${agentId}`, [{ field: 'agentId', message: `no agent has id ${agentId}` }]);
}

function toUser(row: UserRow): User {
  return { id: row.id, username: row.username, role: row.role, agentId: row.agent_id, disabled: row.disabled };
}
