import { sql, type Kysely } from 'kysely';

/** assignments.overtime_hours: whole hours a shift runs past its template's end, added by an intraday re-plan (issue 21). */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('assignments')
    .addColumn('overtime_hours', 'integer', (c) => c.notNull().defaultTo(0).check(sql`overtime_hours >= 0`))
    .execute();
}

/** Forward-only: there is no down migration. */
export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only.');
}
