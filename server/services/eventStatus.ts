import type { Kysely } from 'kysely';
import { eventProgressRows, type RosterHeadRow } from '../db/repositories/eventProgress.ts';
import { getEvent } from '../db/repositories/events.ts';
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

/** One event's progress; NOT_FOUND for an unknown event. */
export async function eventStatus(db: Kysely<DB>, eventId: number): Promise<EventStatus> {
  await getEvent(db, eventId);
  const { forecastRows, activeAgents, scenarios, rosters, simulations, agentFeeds } = await eventProgressRows(db, eventId);
  const state = (r: RosterHeadRow): RosterState => ({
    id: r.id,
    status: r.status,
    scenarioVersion: r.scenarioVersion,
    createdAt: r.createdAt.toISOString(),
    publishedAt: r.publishedAt?.toISOString() ?? null,
    shortAgentHours: r.shortAgentHours,
    hoursShort: r.hoursShort,
  });
  const published = rosters.find((r) => r.status === 'published');
  return {
    eventId,
    forecastRows,
    activeAgents,
    scenarios: scenarios.map((s) => {
      // Rows come newest first, so find() picks the scenario's newest roster and simulation.
      const roster = rosters.find((r) => r.scenarioId === s.id);
      const simulation = simulations.find((m) => m.scenarioId === s.id);
      return {
        scenarioId: s.id,
        version: s.version,
        roster: roster ? state(roster) : null,
        simulation: simulation ? { id: simulation.id, rosterId: simulation.rosterId, createdAt: simulation.createdAt.toISOString() } : null,
      };
    }),
    published: published ? { ...state(published), scenarioId: published.scenarioId } : null,
    agentFeeds,
  };
}
