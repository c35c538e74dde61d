import { z } from '@hono/zod-openapi';
import { forecastRowSchema as sharedForecastRowSchema } from '../../shared/forecast/forecastRowSchema.ts';
import { QUEUE_CODES, CONTRACTS } from '../../shared/types.ts';
import { named } from '../http/router.ts';

// Response schemas for the OpenAPI document; they mirror shared/types.ts.

export const queueSchema = z.enum(QUEUE_CODES);

export const eventSchema = z
  .object({
    id: z.number(),
    slug: z.string(),
    name: z.string(),
    timeZone: z.string(),
    horizonStart: z.string(),
    horizonEnd: z.string(),
    windowStart: z.string(),
    windowEnd: z.string(),
    postEventDays: z.number(),
    rules: z.record(z.string(), z.unknown()),
    version: z.number(),
  })
  .openapi('Event');

export const agentSchema = z
  .object({
    dbId: z.number(),
    id: z.string(),
    name: z.string(),
    primaryQueue: queueSchema,
    crossTrainedFor: z.array(queueSchema),
    contract: z.enum(CONTRACTS),
    team: z.string(),
    unavailable: z.array(z.object({ start: z.string(), end: z.string() })),
    active: z.boolean(),
  })
  .openapi('Agent');

/** The forecast row the import validates, so the document states the same limits. */
export const forecastRowSchema = named(sharedForecastRowSchema, 'ForecastRow');

export const requirementRowSchema = z
  .object({
    hourStart: z.string(),
    queue: queueSchema,
    inquiries: z.number(),
    humanInquiries: z.number(),
    offeredLoad: z.number(),
    requiredOnline: z.number(),
    requiredAgents: z.number(),
    serviceLevel: z.number(),
  })
  .openapi('RequirementRow');

export const scenarioSchema = z
  .object({
    id: z.number(),
    eventId: z.number(),
    parentId: z.number().nullable(),
    name: z.string(),
    isBaseline: z.boolean(),
    params: z.unknown(),
    version: z.number(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Scenario');

