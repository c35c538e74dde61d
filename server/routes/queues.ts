import { createRoute, z } from '@hono/zod-openapi';
import { parseScenarioParams } from '../../shared/scenario/params.ts';
import { queueParamsSchema, resolveQueueParams } from '../../shared/staffing/params.ts';
import type { QueueCode } from '../../shared/types.ts';
import { getEvent } from '../db/repositories/events.ts';
import { getScenario, getBaseline } from '../db/repositories/scenarios.ts';
import { errorResponses, idParam, jsonResponse, newRouter } from '../http/router.ts';

const queueSchema = z
  .object({
    code: z.enum(['pre_sale', 'after_sale', 'logistics']),
    nameZh: z.string(),
    nameEn: z.string(),
    params: queueParamsSchema,
  })
  .openapi('Queue');

/** Queues of an event with the parameters a scenario (the baseline by default) gives them; change them by editing the scenario. */
export const queueRoutes = newRouter().openapi(
  createRoute({
    method: 'get',
    path: '/events/{eventId}/queues',
    tags: ['events'],
    request: { params: z.object({ eventId: idParam('eventId') }), query: z.object({ scenarioId: z.string().regex(/^\d{1,9}$/).optional() }) },
    responses: { 200: jsonResponse(z.array(queueSchema), 'Queues with their effective parameters'), ...errorResponses(400, 404) },
  }),
  async (c) => {
    const { db } = c.var.database;
    const event = await getEvent(db, c.req.valid('param').eventId);
    const { scenarioId } = c.req.valid('query');
    const scenario = scenarioId ? await getScenario(db, Number(scenarioId)) : await getBaseline(db, event.id);
    const params = parseScenarioParams(scenario.eventId === event.id ? scenario.params : {}).requirement;
    const rows = await db.selectFrom('queues').select(['code', 'name_zh', 'name_en']).where('event_id', '=', event.id).orderBy('id').execute();
    return c.json(rows.map((q) => ({ code: q.code as QueueCode, nameZh: q.name_zh, nameEn: q.name_en, params: resolveQueueParams(params, q.code as QueueCode) })), 200);
  },
);
