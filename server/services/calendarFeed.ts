import type { Kysely } from 'kysely';
import { buildCalendar } from '../../shared/calendar/buildCalendar.ts';
import { calendarShifts, feedName, feedShowsAgentName, shiftsInScope, type FeedScope } from '../../shared/calendar/feeds.ts';
import { resolveQueueParams } from '../../shared/staffing/params.ts';
import { QUEUE_CODES, type QueueCode } from '../../shared/types.ts';
import { listAgents } from '../db/repositories/agents.ts';
import { liveFeedHead, type CalendarToken, type FeedHead } from '../db/repositories/calendarTokens.ts';
import type { Database } from '../db/connect.ts';
import { bodyCacheFor, cachedBody, type CachedBody } from '../http/cachedJson.ts';
import { getEvent } from '../db/repositories/events.ts';
import { getRoster, publishedRosterId } from '../db/repositories/rosters.ts';
import { getScenario } from '../db/repositories/scenarios.ts';
import { listTemplates } from '../db/repositories/templates.ts';
import type { DB } from '../db/schema.ts';
import { vtimezoneComponent } from '../export/vtimezone.ts';
import { requirementParamsInForce } from './scenarioInputs.ts';

/** Cancelled shifts stay in feeds this long after they would have ended, so subscribed calendars see the cancellation. */
const CANCELLED_KEPT_MS = 30 * 24 * 3600 * 1000;

/** The scope a stored token grants. */
export function tokenScope(token: Pick<CalendarToken, 'scope' | 'subject'>): FeedScope {
  switch (token.scope) {
    case 'agent':
      return { kind: 'agent', agentId: token.subject };
    case 'team':
      return { kind: 'team', team: token.subject };
    case 'queue':
      return { kind: 'queue', queue: token.subject as QueueCode };
    case 'event':
      return { kind: 'event' };
  }
}

/**
 * The concurrent-chat cap per queue of the scenario a roster was solved for: a what-if published with another
 * cap than the baseline's must tell agents that cap, the one its staffing was planned on.
 */
async function scenarioCaps(db: Kysely<DB>, scenarioId: number): Promise<Partial<Record<QueueCode, number>>> {
  const requirementParams = await requirementParamsInForce(db, await getScenario(db, scenarioId));
  return Object.fromEntries(QUEUE_CODES.map((q) => [q, resolveQueueParams(requirementParams, q).concurrencyCap]));
}

/** The ICS text of one feed from the event's published roster (an empty calendar before the first publish). */
export async function calendarFeed(db: Kysely<DB>, token: CalendarToken, now: Date): Promise<string> {
  const event = await getEvent(db, token.eventId);
  const scope = tokenScope(token);
  const [agents, templates, rosterId] = await Promise.all([listAgents(db, event.id, { includeInactive: true }), listTemplates(db, event.id), publishedRosterId(db, event.id)]);
  const roster = rosterId === undefined ? undefined : await getRoster(db, rosterId, event.timeZone);
  const caps = roster ? await scenarioCaps(db, roster.scenarioId) : {};
  const shifts = shiftsInScope(calendarShifts(roster?.assignments ?? [], agents, caps), scope);
  const agentName = scope.kind === 'agent' ? agents.find((a) => a.id === scope.agentId)?.name : undefined;
  return buildCalendar(
    { name: feedName(scope, event.name, agentName), shifts, templates },
    {
      publishedAt: roster?.publishedAt ?? event.horizonStart,
      vtimezone: vtimezoneComponent(event.timeZone),
      timeZone: event.timeZone,
      showAgentName: feedShowsAgentName(scope),
      window: { start: new Date(now.getTime() - CANCELLED_KEPT_MS).toISOString() },
      refreshSeconds: 3600,
    },
  );
}

const DAY_MS = 24 * 3600 * 1000;
/** Feeds kept in memory per database: every agent's, team's and queue's of a big event. */
const FEED_CACHE_SIZE = 512;

/**
 * What a feed's bytes depend on: the token (its scope and subject never change), the published roster's
 * revision, its scenario's version (the cap), the event's agents and templates, and the day (cancelled shifts
 * leave the feed 30 days after they would have ended). A revoked token is not found at all.
 */
export function feedRevisionKey(head: FeedHead, day: number): string {
  const r = head.roster;
  return [head.token.id, head.contentVersion, head.templatesMark ?? '', r ? `${r.id}|${r.publishedAt?.toISOString() ?? ''}|${r.revision}|${r.scenarioVersion}` : 'unpublished', day].join('|');
}

/** The feed of a presented token from the body cache, built at most once per revision; undefined for an unknown or revoked token. */
export async function calendarFeedBody(database: Database, presented: string, now: Date): Promise<{ token: CalendarToken; body: CachedBody } | undefined> {
  const head = await liveFeedHead(database.db, presented);
  if (!head) return undefined;
  const day = Math.floor(now.getTime() / DAY_MS);
  const body = await bodyCacheFor(database, 'feed', FEED_CACHE_SIZE).get(feedRevisionKey(head, day), async () =>
    cachedBody(await calendarFeed(database.db, head.token, new Date(day * DAY_MS)), 'text/calendar; charset=utf-8'),
  );
  return { token: head.token, body };
}
