import { createRoute, z } from '@hono/zod-openapi';
import { DomainError } from '../../shared/errors.ts';
import { getEvent } from '../db/repositories/events.ts';
import { getRosterJson, latestRosterId, publishedRosterId } from '../db/repositories/rosters.ts';
import type { Context } from 'hono';
import type { AppEnv } from '../http/env.ts';
import { getScenario } from '../db/repositories/scenarios.ts';
import { errorResponses, idParam, jsonResponse, newRouter } from '../http/router.ts';
import { publishRoster } from '../services/publishRoster.ts';
import { jobSchema } from './jobs.ts';

const scenarioIdParams = z.object({ scenarioId: idParam('scenarioId') });
const rosterIdParams = z.object({ rosterId: idParam('rosterId') });
const eventIdParams = z.object({ eventId: idParam('eventId') });
const rosterSchema = z.unknown().openapi('RosterDetail', { description: 'Assignments, shortfall, reassignments, solver stats and diagnostics' });

/** Rosters: solve a scenario (a job), read, publish. */
export const rosterRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/scenarios/{scenarioId}/solve',
      tags: ['rosters'],
      description: 'Starts a solve job; poll GET /api/jobs/{jobId} or stream /api/jobs/{jobId}/events for progress.',
      request: { params: scenarioIdParams },
      responses: { 202: jsonResponse(jobSchema, 'The queued job'), ...errorResponses(404) },
    }),
    async (c) => {
      const scenario = await getScenario(c.var.database.db, c.req.valid('param').scenarioId);
      const job = await c.var.jobs.submit('solve', { scenarioId: scenario.id }, { eventId: scenario.eventId, scenarioId: scenario.id });
      return c.json(job, 202);
    },
  )
  .openapi(
    createRoute({ method: 'get', path: '/scenarios/{scenarioId}/roster', tags: ['rosters'], request: { params: scenarioIdParams }, responses: { 200: jsonResponse(rosterSchema, 'The newest roster of the scenario'), ...errorResponses(404) } }),
    async (c) => {
      const scenario = await getScenario(c.var.database.db, c.req.valid('param').scenarioId);
      const rosterId = await latestRosterId(c.var.database.db, scenario.id);
      if (rosterId === undefined) throw new DomainError('NOT_FOUND', `Scenario ${scenario.id} has no roster yet: solve it first`);
      const event = await getEvent(c.var.database.db, scenario.eventId);
      return sendRoster(c, await getRosterJson(c.var.database.db, rosterId, event.timeZone));
    },
  )
  .openapi(
    createRoute({ method: 'get', path: '/events/{eventId}/roster', tags: ['rosters'], request: { params: eventIdParams }, responses: { 200: jsonResponse(rosterSchema, 'The published roster'), ...errorResponses(404) } }),
    async (c) => {
      const event = await getEvent(c.var.database.db, c.req.valid('param').eventId);
      const rosterId = await publishedRosterId(c.var.database.db, event.id);
      if (rosterId === undefined) throw new DomainError('NOT_FOUND', `Event ${event.id} has no published roster yet`);
      return sendRoster(c, await getRosterJson(c.var.database.db, rosterId, event.timeZone));
    },
  )
  .openapi(
    createRoute({ method: 'get', path: '/rosters/{rosterId}', tags: ['rosters'], request: { params: rosterIdParams }, responses: { 200: jsonResponse(rosterSchema, 'The roster'), ...errorResponses(404) } }),
    async (c) => {
      const { rosterId } = c.req.valid('param');
      const eventId = (await c.var.database.db.selectFrom('rosters').select('event_id').where('id', '=', rosterId).executeTakeFirst())?.event_id;
      if (eventId === undefined) throw new DomainError('NOT_FOUND', `Roster ${rosterId} does not exist`);
      const event = await getEvent(c.var.database.db, eventId);
      return sendRoster(c, await getRosterJson(c.var.database.db, rosterId, event.timeZone));
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/rosters/{rosterId}/publish',
      tags: ['rosters'],
      description: 'Publishes in one transaction: the previous published roster stays intact until the new one is complete. Send expectedPublishedRosterId (null for none) to fail with 409 if someone else published meanwhile.',
      request: {
        params: rosterIdParams,
        body: { required: false, content: { 'application/json': { schema: z.object({ expectedPublishedRosterId: z.number().int().positive().nullable().optional() }).strict() } } },
      },
      responses: { 200: jsonResponse(rosterSchema, 'The published roster'), ...errorResponses(404, 409) },
    }),
    async (c) => c.json(await publishRoster(c.var.database.db, c.req.valid('param').rosterId, c.req.valid('json')), 200),
  );

/** A roster body from the serialisation cache, with its ETag; a matching If-None-Match gets 304. */
function sendRoster(c: Context<AppEnv>, roster: { json: string; etag: string }): never {
  c.header('ETag', roster.etag);
  c.header('Cache-Control', 'private, no-cache');
  if (c.req.header('if-none-match') === roster.etag) return c.body(null, 304) as never;
  return c.body(roster.json, 200, { 'content-type': 'application/json; charset=UTF-8' }) as never;
}
