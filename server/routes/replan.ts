import { createRoute, z } from '@hono/zod-openapi';
import { replanRequestSchema } from '../../shared/replan/requestSchema.ts';
import { DEFAULT_SERVICE_HOURS, SERVICE_HOURS_RANGE } from '../../shared/replan/serviceAhead.ts';
import { CHANGE_KINDS } from '../../shared/replan/types.ts';
import { parseInstant } from '../../shared/time.ts';
import { QUEUE_CODES } from '../../shared/types.ts';
import { getEvent } from '../db/repositories/events.ts';
import { errorResponses, idParam, jsonBody, jsonResponse, named, newRouter } from '../http/router.ts';
import { applyReplan, suggestReplan } from '../services/replanEvent.ts';

const queue = z.enum(QUEUE_CODES);
const totals = z.object({ shortAgentHours: z.number(), lostGmvCny: z.number() });
const change = z.object({ kind: z.enum(CHANGE_KINDS), agentId: z.string().optional(), queue, fromQueue: queue.optional(), start: z.string(), end: z.string(), count: z.number().optional(), cap: z.number().optional(), costCny: z.number() }).openapi('ReplanChange');
const hour = z.object({ hourStart: z.string(), queue, required: z.number(), humanInquiries: z.number(), staffedBefore: z.number(), staffedAfter: z.number() });
const figures = z.object({ withinTarget: z.number(), averageResponseSeconds: z.number().nullable(), abandonment: z.number() });
const serviceSchema = z
  .object({
    from: z.string().nullable(),
    to: z.string().nullable(),
    hours: z.number(),
    queues: z.array(z.object({ queue, cap: z.number(), capAfter: z.number(), targetSeconds: z.number(), humanChats: z.number(), agentHoursBefore: z.number(), agentHoursAfter: z.number(), before: figures, after: figures })),
  })
  .openapi('ServiceAhead');
const replanSchema = z
  .object({
    now: z.string(),
    factor: z.object({ pre_sale: z.number(), after_sale: z.number(), logistics: z.number() }).partial(),
    changes: z.array(change),
    before: totals,
    after: totals,
    hours: z.array(hour),
    /** The published roster the re-plan starts from, or (applied) the one it published. */
    rosterId: z.number(),
    applied: z.boolean(),
    /** The simulated service of the next `serviceHours` open hours, as published and with the changes. */
    service: serviceSchema,
  })
  .openapi('Replan');
const body = named(
  replanRequestSchema.extend({
    apply: z.boolean().optional(),
    expectedPublishedRosterId: z.number().int().positive().optional(),
    serviceHours: z.number().int().min(SERVICE_HOURS_RANGE.min).max(SERVICE_HOURS_RANGE.max).optional(),
  }),
  'ReplanRequest',
);

/** The intraday re-plan of the event's published roster (issue 21): suggested, or applied as a new published version. */
export const replanRoutes = newRouter().openapi(
  createRoute({
    method: 'post',
    path: '/events/{eventId}/replan',
    'x-access': 'supervisor',
    tags: ['actuals'],
    description:
      'Re-plans the hours after `now` (default: the end of the latest count) from the stored actuals: overtime, call-ins with `noticeHours` notice (default 2), moves of cross-trained agents, temps and a change of cap (when the levers allow them), each with its CNY cost, and the shortfall and GMV at risk before and after. `factor` overrides a queue\'s measured factor; `allowed` limits the kinds of change. With `apply: true` the changes are stored as a new roster and published in one transaction (changed shifts raise their SEQUENCE, removed ones are CANCELLED); `expectedPublishedRosterId` is the roster the caller was shown, 409 when another was published meanwhile. `service` is the queue simulation of the first `serviceHours` open hours (default ' + DEFAULT_SERVICE_HOURS + ') per queue at the scenario cap, on the human chats of the re-forecast, for the agents on duty as published (`before`) and with the changes (`after`): share of first replies within the target, average reply time and abandonment.',
    request: { params: z.object({ eventId: idParam('eventId') }), body: jsonBody(body) },
    responses: { 200: jsonResponse(replanSchema, 'The re-plan'), ...errorResponses(400, 404, 409) },
  }),
  async (c) => {
    const { eventId } = c.req.valid('param');
    const { now, factor, allowed, noticeHours, apply, expectedPublishedRosterId, serviceHours } = c.req.valid('json');
    const event = await getEvent(c.var.database.db, eventId);
    const request = { now: now ? (parseInstant(now, event.timeZone) as number) : undefined, overrides: factor, allowed, noticeHours, expectedPublishedRosterId, serviceHours: serviceHours ?? DEFAULT_SERVICE_HOURS };
    if (apply) {
      const { replan, rosterId, service } = await applyReplan(c.var.database.db, event.id, request);
      const { assignments: _a, reassignments: _r, ...shown } = replan;
      return c.json({ ...shown, rosterId, applied: replan.changes.some((change) => change.kind !== 'cap'), service: service! }, 200);
    }
    const { replan, rosterId, service } = await suggestReplan(c.var.database.db, event.id, request);
    const { assignments: _a, reassignments: _r, ...shown } = replan;
    return c.json({ ...shown, rosterId, applied: false, service: service! }, 200);
  },
);
