import { sql, type Kysely } from 'kysely';

/** Which contracts may work a shift template (null: every contract whose limits it fits); minimum 4 h as the roster rules require. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('shift_templates').addColumn('contracts', sql`text[]`).execute();
}

/** Forward-only: there is no down migration. */
export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only.');
}
