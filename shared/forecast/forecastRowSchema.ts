import { z } from 'zod';
import { QUEUE_CODES, type ForecastRow } from '../types.ts';

import { MAX_AHT_SECONDS, MAX_INQUIRIES_PER_HOUR } from './limits.ts';

export { MAX_AHT_SECONDS, MAX_INQUIRIES_PER_HOUR } from './limits.ts';

/** One forecast row as it crosses the wire: ISO 8601 hour with offset, known queue, finite volume. */
export const forecastRowSchema = z
  .object({
    hourStart: z.iso.datetime({ offset: true }),
    queue: z.enum(QUEUE_CODES),
    inquiries: z.number().min(0).max(MAX_INQUIRIES_PER_HOUR),
    ahtSeconds: z.number().min(1).max(MAX_AHT_SECONDS).optional(),
  })
  .strict() satisfies z.ZodType<ForecastRow>;
