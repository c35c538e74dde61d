/** A re-plan request as the API's body and the CLI's flags carry it: one schema, one set of limits. */
import { z } from 'zod';
import { FACTOR_RANGE } from '../actuals/reforecast.ts';
import { parseInstant } from '../time.ts';
import { CHANGE_KINDS } from './types.ts';

const factor = z.number().min(FACTOR_RANGE.min).max(FACTOR_RANGE.max);

export const replanRequestSchema = z
  .object({
    /** ISO 8601 with offset; default: the end of the latest count. */
    now: z.string().max(40).refine((t) => parseInstant(t) !== null, 'expected ISO 8601 with offset').optional(),
    /** The supervisor's factor per queue, replacing the measured one. */
    factor: z.object({ pre_sale: factor, after_sale: factor, logistics: factor }).partial().strict().optional(),
    allowed: z.array(z.enum(CHANGE_KINDS)).min(1).max(CHANGE_KINDS.length).optional(),
    /** Hours of notice a call-in needs (default 2, an assumption). */
    noticeHours: z.number().min(0).max(72).optional(),
  })
  .strict();

export type ReplanRequestBody = z.infer<typeof replanRequestSchema>;
