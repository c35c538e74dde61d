import { sql, type Kysely } from 'kysely';

/**
 * assignments.coverage: agents' worth of cover the shift gives. A booked temp or borrowed agent at proficiency p
 * counts 1/p, as the engine planned it; the team's own agents count 1. Rows stored before this migration get the
 * proficiency their scenario's levers name for their lever (TEMP, BORROWED), or the levers' default when it names
 * none, so old rosters count as they were solved. The defaults are copied here, not imported: a migration never
 * imports application code.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('assignments')
    .addColumn('coverage', 'double precision', (c) => c.notNull().defaultTo(1).check(sql`coverage > 0 and coverage <= 1`))
    .execute();
  for (const [template, lever, defaultProficiency] of [
    ['TEMP', 'temps', 1.3],
    ['BORROWED', 'borrowed', 1.2],
  ] as const) {
    await sql`
      update assignments a set coverage = 1.0 / greatest(1.0, coalesce((s.params -> 'levers' -> ${lever}::text ->> 'proficiency')::double precision, ${defaultProficiency}::double precision))
      from rosters r join scenarios s on s.id = r.scenario_id
      where a.roster_id = r.id and a.template = ${template} and a.agent_id is null`.execute(db);
  }
}

/** Forward-only: there is no down migration. */
export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only.');
}
