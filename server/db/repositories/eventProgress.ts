/** Counts and heads of everything an event has produced, in five small queries, for the guide's status. */
import { sql, type Kysely } from 'kysely';
import { toCount } from '../jsonb.ts';
import type { DB, RosterStatus } from '../schema.ts';

export interface RosterHeadRow {
  id: number;
  scenarioId: number;
  scenarioVersion: number;
  status: RosterStatus;
  createdAt: Date;
  publishedAt: Date | null;
  shortAgentHours: number;
  hoursShort: number;
}

export interface EventProgressRows {
  forecastRows: number;
  activeAgents: number;
  scenarios: { id: number; version: number }[];
  /** Newest first. */
  rosters: RosterHeadRow[];
  /** Newest first. */
  simulations: { id: number; scenarioId: number; rosterId: number | null; createdAt: Date }[];
  /** Live agent feeds a supervisor issued (not those agents issued for themselves). */
  agentFeeds: number;
}

/** The event's forecast and staff counts, scenarios, rosters and simulations (newest first) and live supervisor-issued feeds. */
export async function eventProgressRows(db: Kysely<DB>, eventId: number): Promise<EventProgressRows> {
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
  return {
    forecastRows: toCount(forecast.n),
    activeAgents: toCount(agents.n),
    scenarios,
    rosters: rosters.map((r) => ({
      id: r.id,
      scenarioId: r.scenario_id,
      scenarioVersion: r.scenario_version,
      status: r.status,
      createdAt: r.created_at,
      publishedAt: r.published_at,
      shortAgentHours: Number(r.short_agent_hours ?? 0),
      hoursShort: Number(r.hours_short ?? 0),
    })),
    simulations: simulations.map((s) => ({ id: s.id, scenarioId: s.scenario_id, rosterId: s.roster_id, createdAt: s.created_at })),
    agentFeeds: toCount(feeds.n),
  };
}
