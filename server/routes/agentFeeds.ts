import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses, idParam, jsonBody, jsonResponse, newRouter } from '../http/router.ts';
import { issueAgentFeeds } from '../services/issueAgentFeeds.ts';

const feedRowSchema = z
  .object({
    agentId: z.string(),
    name: z.string(),
    team: z.string(),
    tokenId: z.number(),
    url: z.string().nullable().openapi({ description: 'The new feed path (/cal/<token>.ics), shown only in this answer; null for a feed kept from before' }),
    createdAt: z.string(),
  })
  .openapi('AgentFeedRow');

/** Every agent's calendar feed in one call, for the supervisor to hand out as a list. */
export const agentFeedRoutes = newRouter().openapi(
  createRoute({
    method: 'post',
    path: '/events/{eventId}/calendar-tokens/agents',
    'x-access': 'supervisor',
    tags: ['calendar'],
    description:
      'Issues a feed for every active agent who has no live feed a supervisor issued, in one transaction; with replaceExisting, revokes those feeds and issues new ones for all. The new tokens appear only in this answer (issued); agents whose feed is kept are listed without a link (kept).',
    request: { params: z.object({ eventId: idParam('eventId') }), body: jsonBody(z.object({ replaceExisting: z.boolean().default(false) }).strict().openapi('IssueAgentFeeds')) },
    responses: { 201: jsonResponse(z.object({ issued: z.array(feedRowSchema), kept: z.array(feedRowSchema) }).openapi('IssuedAgentFeeds'), 'The feeds issued and kept, by agent id'), ...errorResponses(400, 404) },
  }),
  async (c) => c.json(await issueAgentFeeds(c.var.database.db, c.req.valid('param').eventId, c.req.valid('json')), 201),
);
