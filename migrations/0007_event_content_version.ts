import { sql, type Kysely } from 'kysely';

/**
 * events.content_version counts changes to an event's forecast and agents, so a server can keep their
 * serialised lists in memory and know from the one event row it reads anyway whether they are still
 * current. Statement-level triggers bump it, so no write path (import, edit, a script in psql) can
 * forget to; every server process sharing the database sees the same counter.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('events').addColumn('content_version', 'integer', (c) => c.notNull().defaultTo(1)).execute();
  await sql`
    create function bump_event_content_version() returns trigger language plpgsql as $$
    begin
      update events set content_version = content_version + 1 where id in (select distinct event_id from changed);
      return null;
    end
    $$`.execute(db);
  for (const table of ['forecasts', 'agents']) {
    // A transition table may serve only one kind of statement, hence three triggers per table.
    for (const [op, transition] of [['insert', 'new'], ['update', 'new'], ['delete', 'old']]) {
      await sql
        .raw(`create trigger ${table}_${op}_content after ${op} on ${table} referencing ${transition} table as changed for each statement execute function bump_event_content_version()`)
        .execute(db);
    }
  }
}

/** Forward-only: there is no down migration. */
export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only.');
}
