import type { Kysely } from 'kysely';
import type { DB } from '../schema.ts';

/** Stores a session by the hash of its id. */
export async function insertSession(db: Kysely<DB>, session: { idHash: string; userId: number; expiresAt: Date }): Promise<void> {
  await db.insertInto('sessions').values({ id_hash: session.idHash, user_id: session.userId, expires_at: session.expiresAt }).execute();
}

/** The session with this id hash and its user, or undefined. */
export async function sessionWithUser(db: Kysely<DB>, idHash: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id', 'users.username', 'users.role', 'users.agent_id', 'users.disabled', 'sessions.expires_at'])
    .where('sessions.id_hash', '=', idHash)
    .executeTakeFirst();
}

/** Deletes the session with this id hash. */
export async function deleteSession(db: Kysely<DB>, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

/** A server-wide setting's value, or undefined. */
export async function readSetting(db: Kysely<DB>, key: string): Promise<string | undefined> {
  return (await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst())?.value;
}

/** Stores a setting unless one is there already (another server may have raced us), and returns the stored value. */
export async function settleSetting(db: Kysely<DB>, key: string, value: string): Promise<string> {
  await db.insertInto('settings').values({ key, value }).onConflict((oc) => oc.column('key').doNothing()).execute();
  return (await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirstOrThrow()).value;
}
