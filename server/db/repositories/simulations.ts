/** Stored simulations of a scenario's roster. */
import type { Kysely } from 'kysely';
import { jsonb } from '../jsonb.ts';
import type { DB } from '../schema.ts';

/** The id of the newest roster solved for this version of the scenario, or undefined. */
export async function latestRosterIdOfVersion(db: Kysely<DB>, scenarioId: number, version: number): Promise<number | undefined> {
  const row = await db.selectFrom('rosters').select('id').where('scenario_id', '=', scenarioId).where('scenario_version', '=', version).orderBy('id', 'desc').executeTakeFirst();
  return row?.id;
}

/** Stores one simulation of a roster; returns its id. */
export async function insertSimulation(db: Kysely<DB>, simulation: { scenarioId: number; rosterId: number; spec: unknown; result: unknown }): Promise<number> {
  const row = await db
    .insertInto('simulations')
    .values({ scenario_id: simulation.scenarioId, roster_id: simulation.rosterId, spec: jsonb(simulation.spec), result: jsonb(simulation.result) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The scenario's newest simulation, or undefined. */
export async function latestSimulation(db: Kysely<DB>, scenarioId: number): Promise<{ id: number; rosterId: number | null; createdAt: Date; result: unknown } | undefined> {
  const row = await db.selectFrom('simulations').select(['id', 'roster_id', 'created_at', 'result']).where('scenario_id', '=', scenarioId).orderBy('id', 'desc').executeTakeFirst();
  return row && { id: row.id, rosterId: row.roster_id, createdAt: row.created_at, result: row.result };
}
