import { createRoute, z } from '@hono/zod-openapi';
import { parseForecastCsv } from '../../shared/forecast/parseForecastCsv.ts';
import { generateForecast } from '../../shared/forecast/generateForecast.ts';
import { MAX_DECAY_DAYS, MAX_HORIZON_DAYS, MAX_INQUIRIES_PER_DAY, MAX_MULTIPLIER, MIN_DECAY_DAYS } from '../../shared/forecast/limits.ts';
import { QUEUE_CODES } from '../../shared/types.ts';
import { getEvent } from '../db/repositories/events.ts';
import { getForecast, replaceForecast } from '../db/repositories/forecasts.ts';
import { bodyCacheFor, sendCachedJson } from '../http/cachedJson.ts';
import { errorResponses, idParam, jsonBody, jsonResponse, newRouter } from '../http/router.ts';
import { isXlsxUpload, parseUpload } from '../http/spreadsheetUpload.ts';
import { csvOrXlsxBody, readForecastUpload } from '../http/upload.ts';
import { forecastRowSchema } from './schemas.ts';

const eventIdParams = z.object({ eventId: idParam('eventId') });
const perQueue = <T extends z.ZodType>(schema: T) => z.object(Object.fromEntries(QUEUE_CODES.map((q) => [q, schema])) as Record<(typeof QUEUE_CODES)[number], T>).partial().strict();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected yyyy-MM-dd');

const generateSchema = z
  .object({
    eventDate: isoDate,
    firstDate: isoDate,
    days: z.number().int().min(1).max(MAX_HORIZON_DAYS),
    dailyTotals: perQueue(z.number().min(0).max(MAX_INQUIRIES_PER_DAY)),
    peakWindows: z
      .array(z.object({ startHour: z.number().int().min(0).max(23), endHour: z.number().int().min(1).max(24), multiplier: z.number().min(0).max(MAX_MULTIPLIER), days: z.enum(['event_day', 'every_day']) }).strict())
      .max(24)
      .optional(),
    eventDay: perQueue(z.number().min(0).max(MAX_MULTIPLIER)).optional(),
    eve: perQueue(z.number().min(0).max(MAX_MULTIPLIER)).optional(),
    // peakDay < decayDays is checked with both in hand by the generator, which names the field.
    surge: perQueue(z.object({ peak: z.number().min(0).max(MAX_MULTIPLIER), peakDay: z.number().int().min(1).max(MAX_DECAY_DAYS - 1) }).strict()).optional(),
    decayDays: z.number().int().min(MIN_DECAY_DAYS).max(MAX_DECAY_DAYS).optional(),
  })
  .strict()
  .openapi('ForecastGenerator');

/** Forecasts: read, CSV import (all-or-nothing), and generation when there is no history. */
export const forecastRoutes = newRouter()
  .openapi(
    createRoute({ method: 'get', path: '/events/{eventId}/forecast', 'x-access': 'supervisor', tags: ['forecast'], request: { params: eventIdParams }, responses: { 200: jsonResponse(z.array(forecastRowSchema), 'Hourly inquiries per queue'), ...errorResponses(404) } }),
    async (c) => {
      const event = await getEvent(c.var.database.db, c.req.valid('param').eventId);
      const key = `${event.id}|${event.contentVersion}|${event.timeZone}`;
      return sendCachedJson(c, await bodyCacheFor(c.var.database, 'forecast', 8).json(key, () => getForecast(c.var.database.db, event.id, event.timeZone)));
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/events/{eventId}/forecast/import',
      'x-access': 'supervisor',
      tags: ['forecast'],
      description: 'CSV (or an .xlsx workbook, its first sheet, with the same columns; date cells are read as event-zone wall time) `hour_start,queue,inquiries[,aht_seconds]`, UTF-8 (with or without BOM) or GBK. Replaces the forecast; a bad file changes nothing and lists every bad row.',
      request: { params: eventIdParams, body: csvOrXlsxBody },
      responses: { 200: jsonResponse(z.object({ rows: z.number() }), 'Rows stored'), ...errorResponses(400, 404, 413, 422) },
    }),
    async (c) => {
      const event = await getEvent(c.var.database.db, c.req.valid('param').eventId);
      const rows = isXlsxUpload(c) ? await parseUpload(c, (text) => parseForecastCsv(text, event.timeZone)) : await readForecastUpload(c, event.timeZone);
      return c.json({ rows: await replaceForecast(c.var.database.db, event.id, rows) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/events/{eventId}/forecast/generate',
      'x-access': 'supervisor',
      tags: ['forecast'],
      request: { params: eventIdParams, body: jsonBody(generateSchema), query: z.object({ store: z.enum(['true', 'false']).optional() }) },
      responses: { 200: jsonResponse(z.array(forecastRowSchema), 'The generated forecast (stored when store=true)'), ...errorResponses(400, 404) },
    }),
    async (c) => {
      const event = await getEvent(c.var.database.db, c.req.valid('param').eventId);
      const { eventDate, firstDate, days, dailyTotals, ...options } = c.req.valid('json');
      const rows = generateForecast({ eventDate, firstDate, days, dailyTotals }, { ...options, timeZone: event.timeZone });
      if (c.req.valid('query').store === 'true') await replaceForecast(c.var.database.db, event.id, rows);
      return c.json(rows, 200);
    },
  );
