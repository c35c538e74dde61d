import type { Kysely } from 'kysely';

/**
 * calendar_tokens.owner_user_id names the user who issued a token for their own feed (POST /api/me/calendar-token),
 * so issuing a new one can revoke that user's earlier ones without touching feeds a supervisor issued. Null for
 * supervisor-issued tokens and for tokens made before this migration.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('calendar_tokens')
    .addColumn('owner_user_id', 'integer', (c) => c.references('users.id').onDelete('cascade'))
    .execute();
  await db.schema.createIndex('calendar_tokens_owner').on('calendar_tokens').column('owner_user_id').execute();
}

/** Forward-only: there is no down migration. */
export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only.');
}
