import { createRoute, z } from '@hono/zod-openapi';
import { DomainError } from '../../shared/errors.ts';
import { agentIdentity } from '../db/repositories/agents.ts';
import { replaceOwnCalendarToken } from '../db/repositories/calendarTokens.ts';
import { getEvent } from '../db/repositories/events.ts';
import { getRoster, publishedRosterId } from '../db/repositories/rosters.ts';
import type { DB } from '../db/schema.ts';
import type { Kysely } from 'kysely';
import { errorResponses, jsonResponse, newRouter } from '../http/router.ts';
import type { User } from '../auth/users.ts';
import { myRosterSchema } from './resultSchemas.ts';

async function linkedAgent(db: Kysely<DB>, user: User) {
  if (user.agentId === null) throw new DomainError('NOT_FOUND', 'Your account is not linked to an agent');
  const agent = await agentIdentity(db, user.agentId);
  if (!agent) throw new DomainError('NOT_FOUND', 'Your agent record no longer exists');
  return agent;
}

/** The signed-in agent's own schedule and own calendar feed; nothing else is reachable from here. */
export const meRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/me/roster',
      'x-access': 'signed-in',
      tags: ['me'],
      responses: { 200: jsonResponse(myRosterSchema, 'My shifts and moves in the published roster'), ...errorResponses(401, 404) },
    }),
    async (c) => {
      const { db } = c.var.database;
      const agent = await linkedAgent(db, c.var.user!);
      const event = await getEvent(db, agent.event_id);
      const rosterId = await publishedRosterId(db, event.id);
      if (rosterId === undefined) return c.json({ agentId: agent.external_id, name: agent.name, eventId: event.id, assignments: [], reassignments: [] }, 200);
      const roster = await getRoster(db, rosterId, event.timeZone);
      return c.json(
        {
          agentId: agent.external_id,
          name: agent.name,
          eventId: event.id,
          assignments: roster.assignments.filter((a) => a.agentId === agent.external_id),
          reassignments: roster.reassignments.filter((r) => r.agentId === agent.external_id),
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/me/calendar-token',
      'x-access': 'signed-in',
      tags: ['me'],
      description: 'A new feed URL of my own shifts; every feed URL I issued myself before stops working at once.',
      responses: { 201: jsonResponse(z.object({ token: z.string(), url: z.string() }), 'A feed of my own shifts (shown once)'), ...errorResponses(401, 404) },
    }),
    async (c) => {
      const { db } = c.var.database;
      const user = c.var.user!;
      const agent = await linkedAgent(db, user);
      const { token } = await replaceOwnCalendarToken(db, user.id, agent.event_id, agent.external_id);
      return c.json({ token, url: `/cal/${token}.ics` }, 201);
    },
  );
