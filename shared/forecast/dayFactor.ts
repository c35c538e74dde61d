import { DomainError } from '../errors.ts';
import type { QueueCode } from '../types.ts';
import { MAX_DECAY_DAYS, MAX_MULTIPLIER, MIN_DECAY_DAYS } from './limits.ts';

/** How a queue rises after the event: up to `peak` times its ordinary level on day `peakDay` after the event. */
export interface PostEventSurge {
  peak: number;
  peakDay: number;
}

export interface DayFactorOptions {
  /** Multiplier on the eve (day -1): inquiries start rising on the morning of the 10th. */
  eve?: Partial<Record<QueueCode, number>>;
  /** Multiplier on the event day itself. */
  eventDay?: Partial<Record<QueueCode, number>>;
  /** The surge after the event, per queue; it decays to the ordinary level over `decayDays`. */
  surge?: Partial<Record<QueueCode, PostEventSurge>>;
  /** 14: after-sale and logistics surge over the 1-2 weeks after the event. */
  decayDays?: number;
}

/** Defaults fitted to the shape of the demo data: pre-sale ten times an ordinary day on the 11th. */
export const DEFAULT_EVE_FACTOR: Readonly<Record<QueueCode, number>> = { pre_sale: 3, after_sale: 1, logistics: 1 };
export const DEFAULT_EVENT_DAY_FACTOR: Readonly<Record<QueueCode, number>> = { pre_sale: 10, after_sale: 0.7, logistics: 1 };
/** After-sale (returns, reviews) peaks the day after; logistics tracking (查件) peaks around day 3, when parcels are on the road. */
export const DEFAULT_SURGE: Readonly<Record<QueueCode, PostEventSurge>> = {
  pre_sale: { peak: 1.3, peakDay: 1 },
  after_sale: { peak: 4.5, peakDay: 1 },
  logistics: { peak: 5, peakDay: 3 },
};
export const DEFAULT_DECAY_DAYS = 14;

/** The surge multiplier `daysAfter` days after the event: a linear rise to the peak, then a quadratic decay to 1 at `decayDays`. */
export function postEventSurge(daysAfter: number, surge: PostEventSurge, decayDays: number = DEFAULT_DECAY_DAYS): number {
  if (daysAfter < 1 || daysAfter >= decayDays) return 1;
  const excess = surge.peak - 1;
  if (daysAfter <= surge.peakDay) return 1 + (excess * daysAfter) / surge.peakDay;
  const remaining = (decayDays - daysAfter) / (decayDays - surge.peakDay);
  return 1 + excess * remaining * remaining;
}

/** The multiplier on a queue's ordinary daily total, `dayOffset` days from the event day (0 = the event day). */
export function dayFactor(queue: QueueCode, dayOffset: number, options?: DayFactorOptions): number {
  const decayDays = options?.decayDays ?? DEFAULT_DECAY_DAYS;
  const surge = options?.surge?.[queue] ?? DEFAULT_SURGE[queue];
  checkSurge(queue, surge, decayDays);
  if (dayOffset === -1) return checkedFactor(`eve.${queue}`, options?.eve?.[queue] ?? DEFAULT_EVE_FACTOR[queue]);
  if (dayOffset === 0) return checkedFactor(`eventDay.${queue}`, options?.eventDay?.[queue] ?? DEFAULT_EVENT_DAY_FACTOR[queue]);
  return postEventSurge(dayOffset, surge, decayDays);
}

function checkedFactor(field: string, factor: number): number {
  if (Number.isFinite(factor) && factor >= 0 && factor <= MAX_MULTIPLIER) return factor;
  throw invalid(field, `expected a multiplier in [0, ${MAX_MULTIPLIER}], got ${factor}`);
}

function checkSurge(queue: QueueCode, surge: PostEventSurge, decayDays: number): void {
  if (!Number.isInteger(decayDays) || decayDays < MIN_DECAY_DAYS || decayDays > MAX_DECAY_DAYS) {
    throw invalid('decayDays', `expected whole days in [${MIN_DECAY_DAYS}, ${MAX_DECAY_DAYS}], got ${decayDays}`);
  }
  checkedFactor(`surge.${queue}.peak`, surge.peak);
  if (!Number.isInteger(surge.peakDay) || surge.peakDay < 1 || surge.peakDay >= decayDays) {
    throw invalid(`surge.${queue}.peakDay`, `expected a whole day in [1, ${decayDays - 1}], got ${surge.peakDay}`);
  }
}

function invalid(field: string, message: string): DomainError {
  return new DomainError('INVALID_INPUT', `field ${field}: ${message}`, [{ field, message }]);
}
