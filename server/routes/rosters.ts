import { createRoute, z } from '@hono/zod-openapi';
import { DomainError } from '../../shared/errors.ts';
import { getRoster, latestRosterHead, publishedRosterHead, rosterHead, rosterRevisionKey, type RosterHead } from '../db/repositories/rosters.ts';
import { getScenario } from '../db/repositories/scenarios.ts';
import type { Database } from '../db/connect.ts';
import { bodyCacheFor, sendCachedJson, type CachedBody } from '../http/cachedJson.ts';
import { errorResponses, idParam, jsonBody, jsonResponse, newRouter } from '../http/router.ts';
import { editShiftNote } from '../services/editShiftNote.ts';
import { rosterLegalExcess } from '../services/legalExcess.ts';
import { publishRoster } from '../services/publishRoster.ts';
import { requireForecast } from '../services/scenarioInputs.ts';
import { SHIFT_NOTE_MAX_LENGTH } from '../../shared/roster/publish/shiftNote.ts';
import { jobBody, jobSchema } from './jobs.ts';
import { rosterLegalExcessSchema as legalExcessSchema, rosterDetailSchema as rosterSchema, storedAssignmentSchema as assignmentSchema } from './resultSchemas.ts';

const scenarioIdParams = z.object({ scenarioId: idParam('scenarioId') });
const rosterIdParams = z.object({ rosterId: idParam('rosterId') });
const eventIdParams = z.object({ eventId: idParam('eventId') });
const assignmentParams = z.object({ rosterId: idParam('rosterId'), assignmentId: idParam('assignmentId') });
const shiftNoteSchema = z
  .object({ note: z.string().max(SHIFT_NOTE_MAX_LENGTH, `note: at most ${SHIFT_NOTE_MAX_LENGTH} characters`).nullable() })
  .strict()
  .openapi('ShiftNote', { description: 'The supervisor\'s note on one shift; null or blank clears it' });

/** Rosters: solve a scenario (a job), read, list the legal working-time excess, publish, annotate a shift. */
export const rosterRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/scenarios/{scenarioId}/solve',
      'x-access': 'supervisor',
      tags: ['rosters'],
      description: 'Starts a solve job; poll GET /api/jobs/{jobId} or stream /api/jobs/{jobId}/events for progress. 409 when the event has no forecast yet.',
      request: { params: scenarioIdParams },
      responses: { 202: jsonResponse(jobSchema, 'The queued job'), ...errorResponses(404, 409) },
    }),
    async (c) => {
      const scenario = await getScenario(c.var.database.db, c.req.valid('param').scenarioId);
      await requireForecast(c.var.database.db, scenario.eventId);
      const job = await c.var.jobs.submit('solve', { scenarioId: scenario.id }, { eventId: scenario.eventId, scenarioId: scenario.id });
      return c.json(jobBody(job), 202);
    },
  )
  .openapi(
    createRoute({ method: 'get', path: '/scenarios/{scenarioId}/roster', 'x-access': 'supervisor', tags: ['rosters'], request: { params: scenarioIdParams }, responses: { 200: jsonResponse(rosterSchema, 'The newest roster of the scenario'), ...errorResponses(404) } }),
    async (c) => {
      const { scenarioId } = c.req.valid('param');
      const head = await latestRosterHead(c.var.database.db, scenarioId);
      if (head === undefined) throw new DomainError('NOT_FOUND', `Scenario ${scenarioId} does not exist`);
      if (head === null) throw new DomainError('NOT_FOUND', `Scenario ${scenarioId} has no roster yet: solve it first`);
      return sendCachedJson(c, await rosterBody(c.var.database, head));
    },
  )
  .openapi(
    createRoute({ method: 'get', path: '/events/{eventId}/roster', 'x-access': 'supervisor', tags: ['rosters'], request: { params: eventIdParams }, responses: { 200: jsonResponse(rosterSchema, 'The published roster'), ...errorResponses(404) } }),
    async (c) => {
      const { eventId } = c.req.valid('param');
      const head = await publishedRosterHead(c.var.database.db, eventId);
      if (head === undefined) throw new DomainError('NOT_FOUND', `Event ${eventId} does not exist`);
      if (head === null) throw new DomainError('NOT_FOUND', `Event ${eventId} has no published roster yet`);
      return sendCachedJson(c, await rosterBody(c.var.database, head));
    },
  )
  .openapi(
    createRoute({ method: 'get', path: '/rosters/{rosterId}', 'x-access': 'supervisor', tags: ['rosters'], request: { params: rosterIdParams }, responses: { 200: jsonResponse(rosterSchema, 'The roster'), ...errorResponses(404) } }),
    async (c) => {
      const { rosterId } = c.req.valid('param');
      const head = await rosterHead(c.var.database.db, rosterId);
      if (!head) throw new DomainError('NOT_FOUND', `Roster ${rosterId} does not exist`);
      return sendCachedJson(c, await rosterBody(c.var.database, head));
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rosters/{rosterId}/legal-excess',
      'x-access': 'supervisor',
      tags: ['rosters'],
      description:
        "Every agent-day, ISO week, calendar month and run of 7 days without rest of the roster's confirmed shifts beyond the law's working-time figures (Labour Law Art. 36, 38, 41, 44; Labour Contract Law Art. 68), with overtime hours and pay rate. The event's own ceilings are the supervisor's decision and are not applied here.",
      request: { params: rosterIdParams },
      responses: { 200: jsonResponse(legalExcessSchema, 'The excess over the legal figures'), ...errorResponses(404) },
    }),
    async (c) => c.json(await rosterLegalExcess(c.var.database.db, c.req.valid('param').rosterId), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/rosters/{rosterId}/publish',
      'x-access': 'supervisor',
      tags: ['rosters'],
      description:
        'Publishes in one transaction: the previous published roster stays intact until the new one is complete. expectedPublishedRosterId is the published roster the caller was looking at (null when none was published yet); if another was published meanwhile the answer is 409 naming the current one, so the last publish never silently wins.',
      request: {
        params: rosterIdParams,
        body: jsonBody(z.object({ expectedPublishedRosterId: z.number().int().positive().nullable() }).strict().openapi('PublishRoster')),
      },
      responses: { 200: jsonResponse(rosterSchema, 'The published roster'), ...errorResponses(404, 409) },
    }),
    async (c) => {
      return c.json(await publishRoster(c.var.database.db, c.req.valid('param').rosterId, c.req.valid('json')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/rosters/{rosterId}/assignments/{assignmentId}',
      'x-access': 'supervisor',
      tags: ['rosters'],
      description:
        'Sets the supervisor\'s note on one shift (the `id` of an entry of the roster\'s assignments); it shows in the DESCRIPTION of every calendar feed with that shift. On the published roster a changed note raises the shift\'s SEQUENCE. 409 on a superseded roster or a cancelled shift.',
      request: { params: assignmentParams, body: jsonBody(shiftNoteSchema) },
      responses: { 200: jsonResponse(assignmentSchema, 'The shift with its note'), ...errorResponses(400, 404, 409) },
    }),
    async (c) => {
      const { rosterId, assignmentId } = c.req.valid('param');
      return c.json(await editShiftNote(c.var.database.db, rosterId, assignmentId, c.req.valid('json').note), 200);
    },
  );

/**
 * The roster serialised and gzipped once per stored revision: publishing changes its status and published_at,
 * a note edit its revision, so each is a new key, seen by every process on its next read.
 */
function rosterBody(database: Database, head: RosterHead): Promise<CachedBody> {
  return bodyCacheFor(database, 'roster', 16).json(rosterRevisionKey(head), () => getRoster(database.db, head.id, head.timeZone));
}
