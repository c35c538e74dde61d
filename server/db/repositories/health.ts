import { sql, type Kysely } from 'kysely';
import type { DB } from '../schema.ts';

/** Asks the database for a trivial answer; throws when it does not answer. */
export async function pingDatabase(db: Kysely<DB>): Promise<void> {
  await sql`select 1`.execute(db);
}

/** The schema this connection works in (`search_path`'s first): each test suite, tenant or job queue keeps to its own. */
export async function currentSchema(db: Kysely<DB>): Promise<string> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema ?? 'public';
}
