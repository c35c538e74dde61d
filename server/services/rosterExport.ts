import type { Kysely } from 'kysely';
import { DomainError } from '../../shared/errors.ts';
import { listAgents } from '../db/repositories/agents.ts';
import { getEvent } from '../db/repositories/events.ts';
import { getRoster, rosterOwner } from '../db/repositories/rosters.ts';
import { listTemplates } from '../db/repositories/templates.ts';
import type { DB } from '../db/schema.ts';
import { loadScenarioInputs } from './scenarioInputs.ts';

/** Everything a roster's downloads show: the roster, its event's agents (inactive too) and templates, and the requirement. */
export async function rosterExportInputs(db: Kysely<DB>, rosterId: number) {
  const owner = await rosterOwner(db, rosterId);
  if (!owner) throw new DomainError('NOT_FOUND', `Roster ${rosterId} does not exist`);
  const event = await getEvent(db, owner.eventId);
  const [roster, agents, templates, inputs] = await Promise.all([getRoster(db, rosterId, event.timeZone), listAgents(db, event.id, { includeInactive: true }), listTemplates(db, event.id), loadScenarioInputs(db, owner.scenarioId)]);
  // Cancelled shifts are kept for the calendars' sake; a spreadsheet shows what people work.
  const assignments = roster.assignments.filter((a) => a.status === 'confirmed');
  return { event, roster, agents, templates, assignments, requirement: inputs.requirement };
}
