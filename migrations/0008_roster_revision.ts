import type { Kysely } from 'kysely';

/**
 * rosters.revision counts edits made to a stored roster's shifts in place (a supervisor's note), so the
 * servers that keep a roster's serialised body and its calendar feeds in memory, keyed by what the
 * roster row says, see such an edit as a new version.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('rosters').addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0)).execute();
}

/** Forward-only: there is no down migration. */
export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only.');
}
