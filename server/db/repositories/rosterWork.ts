/** What a roster's working-time check reads: its confirmed shifts and the contracts of the agents on them. */
import type { Kysely } from 'kysely';
import { DomainError } from '../../../shared/errors.ts';
import { toZonedIso } from '../../../shared/time.ts';
import type { Agent, Assignment, Contract } from '../../../shared/types.ts';
import type { DB } from '../schema.ts';

export interface RosterWork {
  timeZone: string;
  assignments: Pick<Assignment, 'agentId' | 'start' | 'end'>[];
  /** Every agent of the event, deactivated ones too: a stored roster keeps the people it was made with. */
  agents: Pick<Agent, 'id' | 'contract'>[];
}

/** The roster's confirmed shifts in the event's zone and its event's agents; NOT_FOUND when there is no such roster. */
export async function rosterWork(db: Kysely<DB>, rosterId: number): Promise<RosterWork> {
  const roster = await db
    .selectFrom('rosters')
    .innerJoin('events', 'events.id', 'rosters.event_id')
    .select(['rosters.event_id', 'events.time_zone'])
    .where('rosters.id', '=', rosterId)
    .executeTakeFirst();
  if (!roster) throw new DomainError('NOT_FOUND', `Roster ${rosterId} does not exist`);
  const [shifts, agents] = await Promise.all([
    db.selectFrom('assignments').select(['agent_key', 'starts_at', 'ends_at']).where('roster_id', '=', rosterId).where('status', '=', 'confirmed').orderBy('starts_at').orderBy('agent_key').execute(),
    db.selectFrom('agents').select(['external_id', 'contract']).where('event_id', '=', roster.event_id).execute(),
  ]);
  const timeZone = roster.time_zone;
  return {
    timeZone,
    assignments: shifts.map((s) => ({ agentId: s.agent_key, start: toZonedIso(s.starts_at.getTime(), timeZone), end: toZonedIso(s.ends_at.getTime(), timeZone) })),
    agents: agents.map((a) => ({ id: a.external_id, contract: a.contract as Contract })),
  };
}
