import { createRoute, z } from '@hono/zod-openapi';
import { DomainError } from '../../shared/errors.ts';
import { MAX_HORIZON_DAYS, MAX_POST_EVENT_DAYS } from '../../shared/forecast/limits.ts';
import { DEFAULT_TEMPLATES, shiftTemplateSchema, type RosterTemplate } from '../../shared/roster/rulesSchema.ts';
import { QUEUE_CODES } from '../../shared/types.ts';
import { createEventBundle, getEvent, listEvents } from '../db/repositories/events.ts';
import { listTemplates, replaceTemplates } from '../db/repositories/templates.ts';
import { errorResponses, idParam, jsonBody, jsonResponse, newRouter } from '../http/router.ts';
import { isoInstant } from '../../shared/isoInstant.ts';
import { eventSchema } from './schemas.ts';

const newEventSchema = z
  .object({
    name: z.string().trim().min(1).max(120),
    slug: z.string().regex(/^[a-z0-9-]{1,60}$/, 'lowercase letters, digits and dashes').optional(),
    timeZone: z.literal('Asia/Shanghai').default('Asia/Shanghai'),
    horizonStart: isoInstant,
    horizonEnd: isoInstant,
    windowStart: isoInstant,
    windowEnd: isoInstant,
    postEventDays: z.number().int().min(0).max(MAX_POST_EVENT_DAYS).default(14),
    templates: z.array(shiftTemplateSchema).min(1).max(50).optional(),
  })
  .strict()
  .openapi('NewEvent');

const templateListSchema = z.array(shiftTemplateSchema).openapi('ShiftTemplates');
const eventIdParams = z.object({ eventId: idParam('eventId') });

/** Events: list, create, read, and their shift templates. */
export const eventRoutes = newRouter()
  .openapi(
    createRoute({ method: 'get', path: '/events', 'x-access': 'supervisor', tags: ['events'], responses: { 200: jsonResponse(z.array(eventSchema), 'All events, newest first') } }),
    async (c) => c.json(await listEvents(c.var.database.db), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/events',
      'x-access': 'supervisor',
      tags: ['events'],
      request: { body: jsonBody(newEventSchema) },
      responses: { 201: jsonResponse(eventSchema, 'The new event with its queues, templates and baseline scenario'), ...errorResponses(400, 409) },
    }),
    async (c) => {
      const body = c.req.valid('json');
      checkEventTimes(body);
      const slug = body.slug ?? `${body.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'event'}-${Date.now().toString(36)}`;
      const event = await createEventBundle(c.var.database.db, {
        ...body,
        slug,
        queues: QUEUE_CODES.map((code) => ({ code, params: {} })),
        templates: (body.templates as RosterTemplate[] | undefined) ?? DEFAULT_TEMPLATES,
        agents: [],
        forecast: [],
      });
      return c.json(event, 201);
    },
  )
  .openapi(
    createRoute({ method: 'get', path: '/events/{eventId}', 'x-access': 'supervisor', tags: ['events'], request: { params: eventIdParams }, responses: { 200: jsonResponse(eventSchema, 'The event'), ...errorResponses(404) } }),
    async (c) => c.json(await getEvent(c.var.database.db, c.req.valid('param').eventId), 200),
  )
  .openapi(
    createRoute({ method: 'get', path: '/events/{eventId}/templates', 'x-access': 'supervisor', tags: ['events'], request: { params: eventIdParams }, responses: { 200: jsonResponse(templateListSchema, 'Shift templates'), ...errorResponses(404) } }),
    async (c) => {
      const { eventId } = c.req.valid('param');
      await getEvent(c.var.database.db, eventId);
      return c.json(await listTemplates(c.var.database.db, eventId), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/events/{eventId}/templates',
      'x-access': 'supervisor',
      tags: ['events'],
      request: { params: eventIdParams, body: jsonBody(templateListSchema.min(1).max(50)) },
      responses: { 200: jsonResponse(templateListSchema, 'The templates as stored'), ...errorResponses(400, 404) },
    }),
    async (c) => {
      const { eventId } = c.req.valid('param');
      const templates = c.req.valid('json') as RosterTemplate[];
      const codes = templates.map((t) => t.code);
      const duplicate = codes.find((code, i) => codes.indexOf(code) !== i);
      if (duplicate) throw new DomainError('INVALID_INPUT', `Template code "${duplicate}" is used twice`, [{ field: `${codes.lastIndexOf(duplicate)}.code`, message: 'duplicate code' }]);
      await getEvent(c.var.database.db, eventId);
      await replaceTemplates(c.var.database.db, eventId, templates);
      return c.json(await listTemplates(c.var.database.db, eventId), 200);
    },
  );

function checkEventTimes(body: z.infer<typeof newEventSchema>): void {
  const [hs, he, ws, we] = [body.horizonStart, body.horizonEnd, body.windowStart, body.windowEnd].map((t) => Date.parse(t));
  const problems = [];
  if (!(hs < he)) problems.push({ field: 'horizonEnd', message: 'must be after horizonStart' });
  if (he - hs > MAX_HORIZON_DAYS * 86_400_000) problems.push({ field: 'horizonEnd', message: `the horizon may span at most ${MAX_HORIZON_DAYS} days` });
  if (!(ws < we)) problems.push({ field: 'windowEnd', message: 'must be after windowStart' });
  if (ws < hs || we > he) problems.push({ field: 'windowStart', message: 'the event window must lie inside the horizon' });
  if (problems.length > 0) throw new DomainError('INVALID_INPUT', `Invalid event: field ${problems[0].field}: ${problems[0].message}`, problems);
}
