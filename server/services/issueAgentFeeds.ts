import type { Kysely } from 'kysely';
import { listAgents } from '../db/repositories/agents.ts';
import { issueAgentCalendarTokens } from '../db/repositories/calendarTokens.ts';
import { getEvent } from '../db/repositories/events.ts';
import type { DB } from '../db/schema.ts';

export interface AgentFeedRow {
  agentId: string;
  name: string;
  team: string;
  tokenId: number;
  /** The feed's path (`/cal/<token>.ics`) for a new feed; null for a feed kept from before, whose token is never shown again. */
  url: string | null;
  createdAt: string;
}

/** Every active agent's own calendar feed at once: new feeds with their links, and the agents whose earlier feed is kept. */
export async function issueAgentFeeds(db: Kysely<DB>, eventId: number, options: { replaceExisting?: boolean } = {}): Promise<{ issued: AgentFeedRow[]; kept: AgentFeedRow[] }> {
  await getEvent(db, eventId);
  const agents = await listAgents(db, eventId);
  const byId = new Map(agents.map((a) => [a.id, a]));
  const { issued, kept } = await issueAgentCalendarTokens(
    db,
    eventId,
    agents.map((a) => a.id),
    options,
  );
  const row = (agentId: string, tokenId: number, url: string | null, createdAt: string): AgentFeedRow => ({ agentId, name: byId.get(agentId)?.name ?? '', team: byId.get(agentId)?.team ?? '', tokenId, url, createdAt });
  const byAgent = (a: AgentFeedRow, b: AgentFeedRow) => (a.agentId < b.agentId ? -1 : a.agentId > b.agentId ? 1 : 0);
  return {
    issued: issued.map((i) => row(i.agentId, i.record.id, `/cal/${i.token}.ics`, i.record.createdAt)).sort(byAgent),
    kept: kept.map((k) => row(k.subject, k.id, null, k.createdAt)).sort(byAgent),
  };
}
