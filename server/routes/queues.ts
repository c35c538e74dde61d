import { createRoute, z } from '@hono/zod-openapi';
import { queueParamsSchema } from '../../shared/staffing/params.ts';
import { QUEUE_CODES } from '../../shared/types.ts';
import { errorResponses, idParam, jsonResponse, newRouter } from '../http/router.ts';
import { queuesWithParams } from '../services/eventQueues.ts';

const queueSchema = z.object({ code: z.enum(QUEUE_CODES), nameZh: z.string(), nameEn: z.string(), params: queueParamsSchema }).openapi('Queue');

/** Queues of an event with the parameters a scenario (the baseline by default) gives them; change them by editing the scenario. */
export const queueRoutes = newRouter().openapi(
  createRoute({
    method: 'get',
    path: '/events/{eventId}/queues',
    'x-access': 'supervisor',
    tags: ['events'],
    request: { params: z.object({ eventId: idParam('eventId') }), query: z.object({ scenarioId: z.string().regex(/^\d{1,9}$/).optional() }) },
    responses: { 200: jsonResponse(z.array(queueSchema), 'Queues with their effective parameters'), ...errorResponses(400, 404) },
  }),
  async (c) => {
    const { scenarioId } = c.req.valid('query');
    return c.json(await queuesWithParams(c.var.database.db, c.req.valid('param').eventId, scenarioId === undefined ? undefined : Number(scenarioId)), 200);
  },
);
