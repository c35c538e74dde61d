import { sql, type Kysely } from 'kysely';

/**
 * actual_counts: inquiries that really arrived during the event, per queue and interval of an hour or a
 * quarter hour, fed by CSV upload or by a script from the shop's chat export (issue 21).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('actual_counts')
    .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('queue', 'text', (c) => c.notNull())
    .addColumn('interval_start', 'timestamptz', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('inquiries', 'integer', (c) => c.notNull())
    .addColumn('received_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('actual_counts_pk', ['event_id', 'queue', 'interval_start'])
    .addCheckConstraint('actual_counts_minutes', sql`minutes in (15, 60)`)
    .addCheckConstraint('actual_counts_inquiries', sql`inquiries >= 0`)
    .execute();
}

/** Forward-only: there is no down migration. */
export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only.');
}
