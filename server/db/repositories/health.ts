import { sql, type Kysely } from 'kysely';
import type { DB } from '../schema.ts';

/** Asks the database for a trivial answer; throws when it does not answer. */
export async function pingDatabase(db: Kysely<DB>): Promise<void> {
  await sql`select 1`.execute(db);
}
