import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses, idParam, jsonResponse, newRouter } from '../http/router.ts';
import { eventStatus } from '../services/eventStatus.ts';

const rosterStateSchema = z
  .object({
    id: z.number(),
    status: z.enum(['draft', 'published', 'superseded']),
    scenarioVersion: z.number(),
    createdAt: z.string(),
    publishedAt: z.string().nullable(),
    shortAgentHours: z.number(),
    hoursShort: z.number(),
  })
  .openapi('RosterState');
const eventStatusSchema = z
  .object({
    eventId: z.number(),
    forecastRows: z.number(),
    activeAgents: z.number(),
    scenarios: z.array(
      z.object({
        scenarioId: z.number(),
        version: z.number(),
        roster: rosterStateSchema.nullable().openapi({ description: 'The newest roster; null before the first solve' }),
        simulation: z.object({ id: z.number(), rosterId: z.number().nullable(), createdAt: z.string() }).nullable().openapi({ description: 'The newest simulation; null before the first' }),
      }),
    ),
    published: rosterStateSchema.extend({ scenarioId: z.number() }).nullable().openapi({ description: 'The published roster; null before the first publish' }),
    agentFeeds: z.number().openapi({ description: 'Live agent feeds issued by supervisors' }),
  })
  .openapi('EventStatus');

/** Where an event stands: what exists yet (forecast, staff, rosters, simulations, publication, feeds), so absence is an answer, not a 404. */
export const eventStatusRoutes = newRouter().openapi(
  createRoute({
    method: 'get',
    path: '/events/{eventId}/status',
    'x-access': 'supervisor',
    tags: ['events'],
    description: 'What exists yet for the event: forecast rows, active agents, each scenario\'s newest roster and simulation (null before the first), the published roster (null before the first publish) and the agent feeds issued. Pages ask this before reading a roster or a simulation, so expected absence is never an HTTP error.',
    request: { params: z.object({ eventId: idParam('eventId') }) },
    responses: { 200: jsonResponse(eventStatusSchema, 'The event\'s progress'), ...errorResponses(404) },
  }),
  async (c) => c.json(await eventStatus(c.var.database.db, c.req.valid('param').eventId), 200),
);
