import type { Kysely } from 'kysely';
import { DomainError } from '../../../shared/errors.ts';
import type { Agent, Contract, Interval, QueueCode } from '../../../shared/types.ts';
import { jsonb } from '../jsonb.ts';
import type { AgentRow, DB } from '../schema.ts';
import { insertAgents } from './events.ts';

/** An agent as the API shows it: the shop's id plus the database id. */
export type StoredAgent = Agent & { dbId: number; active: boolean };

/** The event's agents, by the shop's id; inactive ones only when asked. */
export async function listAgents(db: Kysely<DB>, eventId: number, options: { includeInactive?: boolean } = {}): Promise<StoredAgent[]> {
  let query = db.selectFrom('agents').selectAll().where('event_id', '=', eventId);
  if (!options.includeInactive) query = query.where('active', '=', true);
  const rows = await query.orderBy('external_id').execute();
  return rows.map(toAgent);
}

/** One agent's identity by its database id (what a linked user account points at), or undefined. */
export async function agentIdentity(db: Kysely<DB>, agentRowId: number): Promise<{ id: number; event_id: number; external_id: string; name: string } | undefined> {
  return db.selectFrom('agents').select(['id', 'event_id', 'external_id', 'name']).where('id', '=', agentRowId).executeTakeFirst();
}

/**
 * Imports a staff list all-or-nothing: known ids are updated, new ones inserted, and agents missing from the
 * file are deactivated rather than deleted, so published rosters keep their people.
 */
export async function importAgents(db: Kysely<DB>, eventId: number, agents: Agent[]): Promise<{ inserted: number; updated: number; deactivated: number }> {
  return db.transaction().execute(async (trx) => {
    const existing = new Map((await trx.selectFrom('agents').select(['id', 'external_id', 'active']).where('event_id', '=', eventId).execute()).map((r) => [r.external_id, r]));
    const fresh = agents.filter((a) => !existing.has(a.id));
    let updated = 0;
    for (const agent of agents) {
      const row = existing.get(agent.id);
      if (!row) continue;
      await trx
        .updateTable('agents')
        .set({ name: agent.name, primary_queue: agent.primaryQueue, cross_trained_for: agent.crossTrainedFor, contract: agent.contract, team: agent.team, active: true })
        .where('id', '=', row.id)
        .execute();
      updated++;
    }
    await insertAgents(trx, eventId, fresh);
    const inFile = new Set(agents.map((a) => a.id));
    const gone = [...existing.values()].filter((r) => r.active && !inFile.has(r.external_id)).map((r) => r.id);
    if (gone.length > 0) await trx.updateTable('agents').set({ active: false }).where('id', 'in', gone).execute();
    return { inserted: fresh.length, updated, deactivated: gone.length };
  });
}

/** Changes one agent's cross-training, contract, team or unavailability. */
export async function updateAgent(
  db: Kysely<DB>,
  eventId: number,
  externalId: string,
  patch: Partial<Pick<Agent, 'crossTrainedFor' | 'contract' | 'team' | 'unavailable' | 'name'>>,
): Promise<StoredAgent> {
  if (Object.values(patch).every((v) => v === undefined)) throw new DomainError('INVALID_INPUT', 'Nothing to change: send at least one of name, crossTrainedFor, contract, team, unavailable');
  const row = await db
    .updateTable('agents')
    .set({
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.crossTrainedFor !== undefined ? { cross_trained_for: patch.crossTrainedFor } : {}),
      ...(patch.contract !== undefined ? { contract: patch.contract } : {}),
      ...(patch.team !== undefined ? { team: patch.team } : {}),
      ...(patch.unavailable !== undefined ? { unavailable: jsonb(patch.unavailable) } : {}),
    })
    .where('event_id', '=', eventId)
    .where('external_id', '=', externalId)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', `Agent ${externalId} does not exist in event ${eventId}`);
  return toAgent(row);
}

function toAgent(row: AgentRow): StoredAgent {
  return {
    dbId: row.id,
    id: row.external_id,
    name: row.name,
    primaryQueue: row.primary_queue as QueueCode,
    crossTrainedFor: row.cross_trained_for as QueueCode[],
    contract: row.contract as Contract,
    team: row.team,
    unavailable: row.unavailable as Interval[],
    active: row.active,
  };
}
