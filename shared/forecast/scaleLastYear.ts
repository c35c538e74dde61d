import { DomainError } from '../errors.ts';
import { DAY_MS, parseInstant, toZonedIso } from '../time.ts';
import { EVENT_TIME_ZONE, type ForecastRow, type QueueCode } from '../types.ts';
import { MAX_MULTIPLIER } from './limits.ts';

export interface ScaleLastYearOptions {
  /** Whole days to move the series forward, e.g. 365 to move 2025-11-11 onto 2026-11-11. Default 0. */
  shiftDays?: number;
  timeZone?: string;
}

/** Last year's hourly series times a growth factor (one for all queues or one per queue), rounded to whole inquiries. */
export function scaleLastYear(lastYear: readonly ForecastRow[], growth: number | Partial<Record<QueueCode, number>>, options?: ScaleLastYearOptions): ForecastRow[] {
  const shiftDays = options?.shiftDays ?? 0;
  const timeZone = options?.timeZone ?? EVENT_TIME_ZONE;
  if (!Number.isInteger(shiftDays) || Math.abs(shiftDays) > 3660) throw invalid('shiftDays', `expected whole days, got ${shiftDays}`);
  const factorFor = (queue: QueueCode) => checkedGrowth(queue, typeof growth === 'number' ? growth : (growth[queue] ?? 1));
  return lastYear.map((row, i) => {
    const ms = parseInstant(row.hourStart, timeZone);
    if (ms === null) throw invalid(`lastYear[${i}].hourStart`, `"${row.hourStart}" is not an ISO 8601 date-time`);
    const scaled: ForecastRow = { ...row, hourStart: toZonedIso(ms + shiftDays * DAY_MS, timeZone), inquiries: Math.round(row.inquiries * factorFor(row.queue)) };
    return scaled;
  });
}

function checkedGrowth(queue: QueueCode, factor: number): number {
  if (Number.isFinite(factor) && factor >= 0 && factor <= MAX_MULTIPLIER) return factor;
  throw invalid(`growth.${queue}`, `expected a growth factor in [0, ${MAX_MULTIPLIER}], got ${factor}`);
}

function invalid(field: string, message: string): DomainError {
  return new DomainError('INVALID_INPUT', `field ${field}: ${message}`, [{ field, message }]);
}
