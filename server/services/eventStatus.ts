import { sql, type Kysely } from 'kysely';
import { getEvent } from '../db/repositories/events.ts';
import { toCount } from '../db/jsonb.ts';
import type { DB, RosterStatus } from '../db/schema.ts';

/** The newest roster of a scenario as the guide and the pages need it: no shifts, only its state and shortfall. */
export interface RosterState {
  id: number;
  status: RosterStatus;
  scenarioVersion: number;
  createdAt: string;
  publishedAt: string | null;
  shortAgentHours: number;
  hoursShort: number;
}

/** Where an event stands on the path from forecast to calendars, so pages ask before reading what may not exist yet. */
export interface EventStatus {
  eventId: number;
  forecastRows: number;
  activeAgents: number;
  scenarios: { scenarioId: number; version: number; roster: RosterState | null; simulation: { id: number; rosterId: number | null; createdAt: string } | null }[];
  published: RosterState & { scenarioId: number } | null;
  /** Live agent feeds a supervisor issued (not those agents issued for themselves). */
  agentFeeds: number;
}

/** One event's progress in five small queries; NOT_FOUND for an unknown event. */
export async function eventStatus(db: Kysely<DB>, eventId: number): Promise<EventStatus> {
  await getEvent(db, eventId);
  const [forecast, agents, scenarios, rosters, simulations, feeds] = await Promise.all([
    db.selectFrom('forecasts').select((eb) => eb.fn.countAll().as('n')).where('event_id', '=', eventId).executeTakeFirstOrThrow(),
    db.selectFrom('agents').select((eb) => eb.fn.countAll().as('n')).where('event_id', '=', eventId).where('active', '=', true).executeTakeFirstOrThrow(),
    db.selectFrom('scenarios').select(['id', 'version']).where('event_id', '=', eventId).orderBy('id').execute(),
    db
      .selectFrom('rosters')
      .select(['id', 'scenario_id', 'scenario_version', 'status', 'created_at', 'published_at', sql<number | null>`(diagnostics->'summary'->>'totalAgentHours')::float8`.as('short_agent_hours'), sql<number | null>`(diagnostics->'summary'->>'hoursShort')::float8`.as('hours_short')])
      .where('event_id', '=', eventId)
      .orderBy('id', 'desc')
      .execute(),
    db
      .selectFrom('simulations')
      .innerJoin('scenarios', 'scenarios.id', 'simulations.scenario_id')
      .select(['simulations.id', 'simulations.scenario_id', 'simulations.roster_id', 'simulations.created_at'])
      .where('scenarios.event_id', '=', eventId)
      .orderBy('simulations.id', 'desc')
      .execute(),
    db.selectFrom('calendar_tokens').select((eb) => eb.fn.countAll().as('n')).where('event_id', '=', eventId).where('scope', '=', 'agent').where('revoked_at', 'is', null).where('owner_user_id', 'is', null).executeTakeFirstOrThrow(),
  ]);
  const state = (r: (typeof rosters)[number]): RosterState => ({
    id: r.id,
    status: r.status,
    scenarioVersion: r.scenario_version,
    createdAt: r.created_at.toISOString(),
    publishedAt: r.published_at?.toISOString() ?? null,
    shortAgentHours: Number(r.short_agent_hours ?? 0),
    hoursShort: Number(r.hours_short ?? 0),
  });
  const published = rosters.find((r) => r.status === 'published');
  return {
    eventId,
    forecastRows: toCount(forecast.n),
    activeAgents: toCount(agents.n),
    scenarios: scenarios.map((s) => {
      // Rows come newest first, so find() picks the scenario's newest roster and simulation.
      const roster = rosters.find((r) => r.scenario_id === s.id);
      const simulation = simulations.find((m) => m.scenario_id === s.id);
      return {
        scenarioId: s.id,
        version: s.version,
        roster: roster ? state(roster) : null,
        simulation: simulation ? { id: simulation.id, rosterId: simulation.roster_id, createdAt: simulation.created_at.toISOString() } : null,
      };
    }),
    published: published ? { ...state(published), scenarioId: published.scenario_id } : null,
    agentFeeds: toCount(feeds.n),
  };
}
