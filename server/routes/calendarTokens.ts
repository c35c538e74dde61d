import { createRoute, z } from '@hono/zod-openapi';
import { DomainError } from '../../shared/errors.ts';
import { isQueueCode } from '../../shared/types.ts';
import { listAgents } from '../db/repositories/agents.ts';
import { createCalendarToken, listCalendarTokens, revokeCalendarToken, rotateCalendarToken } from '../db/repositories/calendarTokens.ts';
import { getEvent } from '../db/repositories/events.ts';
import { errorResponses, idParam, jsonBody, jsonResponse, newRouter } from '../http/router.ts';

const tokenSchema = z
  .object({
    id: z.number(),
    eventId: z.number(),
    scope: z.enum(['agent', 'team', 'queue', 'event']),
    subject: z.string(),
    createdAt: z.string(),
    revokedAt: z.string().nullable(),
    ownerUserId: z.number().nullable().openapi({ description: 'The user who issued it for their own feed; null when a supervisor issued it' }),
  })
  .openapi('CalendarToken');
const newTokenSchema = z.object({ scope: z.enum(['agent', 'team', 'queue', 'event']), subject: z.string().min(1).max(60).default('all') }).strict().openapi('NewCalendarToken');
const eventIdParams = z.object({ eventId: idParam('eventId') });
const tokenIdParams = z.object({ tokenId: idParam('tokenId') });
const issuedTokenSchema = tokenSchema.extend({ token: z.string(), url: z.string() }).openapi('IssuedCalendarToken');

/** Feed tokens: create (the token is shown once), list, rotate, revoke. The feeds themselves are served at /cal/<token>.ics. */
export const calendarTokenRoutes = newRouter()
  .openapi(
    createRoute({ method: 'get', path: '/events/{eventId}/calendar-tokens', 'x-access': 'supervisor', tags: ['calendar'], request: { params: eventIdParams }, responses: { 200: jsonResponse(z.array(tokenSchema), 'Feed tokens, newest first'), ...errorResponses(404) } }),
    async (c) => {
      const { eventId } = c.req.valid('param');
      await getEvent(c.var.database.db, eventId);
      return c.json(await listCalendarTokens(c.var.database.db, eventId), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/events/{eventId}/calendar-tokens',
      'x-access': 'supervisor',
      tags: ['calendar'],
      description: 'A feed URL for one agent, team, queue or the whole event. The token has 256 random bits and is returned only here (and by rotate).',
      request: { params: eventIdParams, body: jsonBody(newTokenSchema) },
      responses: { 201: jsonResponse(issuedTokenSchema, 'The new token and its feed URL'), ...errorResponses(400, 404) },
    }),
    async (c) => {
      const { eventId } = c.req.valid('param');
      const { scope, subject } = c.req.valid('json');
      await getEvent(c.var.database.db, eventId);
      await checkSubject(c.var.database.db, eventId, scope, subject);
      const { token, record } = await createCalendarToken(c.var.database.db, eventId, scope, scope === 'event' ? 'all' : subject);
      return c.json({ ...record, token, url: `/cal/${token}.ics` }, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/calendar-tokens/{tokenId}/rotate',
      'x-access': 'supervisor',
      tags: ['calendar'],
      description: 'In one transaction, revokes this token and issues a new one for the same agent, team, queue or event: the old URL answers 404 at once, the new token is returned only here. 409 when the token is already revoked.',
      request: { params: tokenIdParams },
      responses: { 201: jsonResponse(issuedTokenSchema, 'The new token and its feed URL'), ...errorResponses(404, 409) },
    }),
    async (c) => {
      const { token, record } = await rotateCalendarToken(c.var.database.db, c.req.valid('param').tokenId);
      return c.json({ ...record, token, url: `/cal/${token}.ics` }, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/calendar-tokens/{tokenId}',
      'x-access': 'supervisor',
      tags: ['calendar'],
      description: 'Revokes at once: the feed answers 404 from the next request on.',
      request: { params: tokenIdParams },
      responses: { 200: jsonResponse(tokenSchema, 'The revoked token'), ...errorResponses(404) },
    }),
    async (c) => c.json(await revokeCalendarToken(c.var.database.db, c.req.valid('param').tokenId), 200),
  );

async function checkSubject(db: Parameters<typeof listAgents>[0], eventId: number, scope: string, subject: string): Promise<void> {
  if (scope === 'event') return;
  if (scope === 'queue' && isQueueCode(subject)) return;
  const agents = await listAgents(db, eventId, { includeInactive: true });
  if (scope === 'agent' && agents.some((a) => a.id === subject)) return;
  if (scope === 'team' && agents.some((a) => a.team === subject)) return;
  throw new DomainError('INVALID_INPUT', `No ${scope} "${subject}" in event ${eventId}`, [{ field: 'subject', message: `unknown ${scope}` }]);
}
