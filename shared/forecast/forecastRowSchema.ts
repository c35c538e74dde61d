import { z } from 'zod';
import { QUEUE_CODES, type ForecastRow } from '../types.ts';

/** Upper bound on inquiries per hour and queue, the same as the CSV import's. */
export const MAX_INQUIRIES_PER_HOUR = 10_000_000;
export const MAX_AHT_SECONDS = 4 * 3600;

/** One forecast row as it crosses the wire: ISO 8601 hour with offset, known queue, finite volume. */
export const forecastRowSchema = z
  .object({
    hourStart: z.iso.datetime({ offset: true }),
    queue: z.enum(QUEUE_CODES),
    inquiries: z.number().min(0).max(MAX_INQUIRIES_PER_HOUR),
    ahtSeconds: z.number().min(1).max(MAX_AHT_SECONDS).optional(),
  })
  .strict() satisfies z.ZodType<ForecastRow>;
