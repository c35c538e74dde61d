import { sql, type Kysely } from 'kysely';

/**
 * Scenario-only agents (temporary staff added by a what-if) have no agents row: assignments and
 * reassignments keep the agent's id as text and the foreign key only when the agent is stored.
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const table of ['assignments', 'reassignments']) {
    await db.schema.alterTable(table).addColumn('agent_key', 'text', (c) => c.notNull().defaultTo('')).execute();
    await db.schema.alterTable(table).alterColumn('agent_id', (c) => c.dropNotNull()).execute();
    await sql`update ${sql.table(table)} t set agent_key = a.external_id from agents a where a.id = t.agent_id`.execute(db);
  }
  await db.schema.createIndex('assignments_roster_key').on('assignments').columns(['roster_id', 'agent_key', 'starts_at']).execute();
  await db.schema.createIndex('rosters_scenario').on('rosters').columns(['scenario_id', 'id']).execute();
}

/** Forward-only: there is no down migration. */
export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only.');
}
