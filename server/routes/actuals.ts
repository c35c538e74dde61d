import { createRoute, z } from '@hono/zod-openapi';
import { FACTOR_RANGE } from '../../shared/actuals/reforecast.ts';
import { MAX_ACTUALS_PER_REQUEST } from '../../shared/actuals/parseActualsCsv.ts';
import { parseInstant } from '../../shared/time.ts';
import { QUEUE_CODES } from '../../shared/types.ts';
import { errorResponses, idParam, jsonBody, jsonResponse, newRouter } from '../http/router.ts';
import { csvBody, readCsvUpload } from '../http/upload.ts';
import { eventActuals, eventReforecast, importActualsCsv, recordActuals } from '../services/actuals.ts';

const eventIdParams = z.object({ eventId: idParam('eventId') });
const queue = z.enum(QUEUE_CODES);
const actualCount = z.object({ start: z.string(), queue, minutes: z.union([z.literal(15), z.literal(60)]), inquiries: z.number() }).openapi('ActualCount');
const postedCount = z.object({ start: z.string().max(40), queue: z.string().max(20), inquiries: z.number(), minutes: z.number().optional() }).strict();
const factor = z.object({ queue, measured: z.number(), factor: z.number(), source: z.enum(['measured', 'override', 'tooLittleData']), actualInquiries: z.number(), forecastInquiries: z.number(), observedHours: z.number() });
const reforecastRow = z.object({ hourStart: z.string(), queue, forecast: z.number(), actual: z.number().optional(), observed: z.number(), expected: z.number() });
const reforecastSchema = z.object({ now: z.string(), factors: z.array(factor), rows: z.array(reforecastRow) }).openapi('Reforecast');
const overrideParam = z.string().regex(/^\d+(\.\d+)?$/, 'expected a number').transform((text) => Number(text)).pipe(z.number().min(FACTOR_RANGE.min).max(FACTOR_RANGE.max)).optional();
const reforecastQuery = z
  .object({
    now: z.string().refine((t) => parseInstant(t) !== null, 'expected ISO 8601 with offset').optional(),
    ...Object.fromEntries(QUEUE_CODES.map((q) => [q, overrideParam])),
  })
  .strict();

/** Actual inquiries during the event (CSV or JSON, all or none) and the re-forecast of the rest of it. */
export const actualRoutes = newRouter()
  .openapi(
    createRoute({ method: 'get', path: '/events/{eventId}/actuals', 'x-access': 'supervisor', tags: ['actuals'], request: { params: eventIdParams }, responses: { 200: jsonResponse(z.array(actualCount), 'Counts stored so far'), ...errorResponses(404) } }),
    async (c) => c.json(await eventActuals(c.var.database, c.req.valid('param').eventId), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/events/{eventId}/actuals',
      'x-access': 'supervisor',
      tags: ['actuals'],
      description: `For a script feeding the shop's chat export: \`{ counts: [{ start, queue, inquiries, minutes? }] }\` (minutes 60 or 15, at most ${MAX_ACTUALS_PER_REQUEST}). Each count replaces the stored ones it overlaps; a bad count stores nothing and names counts[i].field.`,
      request: { params: eventIdParams, body: jsonBody(z.object({ counts: z.array(postedCount).max(MAX_ACTUALS_PER_REQUEST) }).strict()) },
      responses: { 200: jsonResponse(z.object({ stored: z.number() }), 'Counts stored'), ...errorResponses(400, 404, 413) },
    }),
    async (c) => c.json({ stored: await recordActuals(c.var.database, c.req.valid('param').eventId, c.req.valid('json').counts) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/events/{eventId}/actuals/import',
      'x-access': 'supervisor',
      tags: ['actuals'],
      description: 'CSV `start,queue,inquiries[,minutes]` (`hour_start` is read as `start`), UTF-8 or GBK. All rows or none; every bad row is listed by line and field.',
      request: { params: eventIdParams, body: csvBody },
      responses: { 200: jsonResponse(z.object({ stored: z.number() }), 'Counts stored'), ...errorResponses(400, 404, 413, 422) },
    }),
    async (c) => c.json({ stored: await importActualsCsv(c.var.database, c.req.valid('param').eventId, await readCsvUpload(c)) }, 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/events/{eventId}/reforecast',
      'x-access': 'supervisor',
      tags: ['actuals'],
      description: `Each queue's factor (actual over forecast, recent hours weighted more) and the hours ahead re-forecast with it, fading with distance. \`now\` defaults to the end of the latest count; \`pre_sale=1.1\` and the like override a queue's factor (${FACTOR_RANGE.min}-${FACTOR_RANGE.max}).`,
      request: { params: eventIdParams, query: reforecastQuery },
      responses: { 200: jsonResponse(reforecastSchema, 'The re-forecast'), ...errorResponses(400, 404) },
    }),
    async (c) => {
      const { now, ...overrides } = c.req.valid('query') as { now?: string } & Partial<Record<(typeof QUEUE_CODES)[number], number>>;
      return c.json(await eventReforecast(c.var.database, c.req.valid('param').eventId, { now: now ? (parseInstant(now) as number) : undefined, overrides }), 200);
    },
  );
