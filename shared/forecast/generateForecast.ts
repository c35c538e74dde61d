import { DomainError } from '../errors.ts';
import { DAY_MS, HOUR_MS, hourOfDay, parseInstant, startOfZonedDay, toZonedIso } from '../time.ts';
import { EVENT_TIME_ZONE, QUEUE_CODES, type ForecastRow, type QueueCode } from '../types.ts';
import { dayFactor, type DayFactorOptions } from './dayFactor.ts';
import { hourlyProfile, type HourlyProfileOptions } from './hourlyProfile.ts';
import { MAX_INQUIRIES_PER_DAY } from './limits.ts';

/** What a supervisor enters when there is no history. */
export interface ForecastSpec {
  /** The event day, yyyy-MM-dd (e.g. 2026-11-11). */
  eventDate: string;
  /** First day of the horizon, yyyy-MM-dd. */
  firstDate: string;
  /** Number of days in the horizon. */
  days: number;
  /** Inquiries on an ordinary day per queue, before the event's day factors; queues left out are not generated. */
  dailyTotals: Partial<Record<QueueCode, number>>;
}

export interface GenerateForecastOptions extends DayFactorOptions, HourlyProfileOptions {
  timeZone?: string;
}

const MAX_DAYS = 366;

/** An hourly forecast from daily totals, the event's day factors and the hourly profile with its peak windows. */
export function generateForecast(spec: ForecastSpec, options?: GenerateForecastOptions): ForecastRow[] {
  const timeZone = options?.timeZone ?? EVENT_TIME_ZONE;
  const { first, event } = checkSpec(spec, timeZone);
  const queues = QUEUE_CODES.filter((q) => spec.dailyTotals[q] !== undefined);
  const rows: ForecastRow[] = [];
  let t = first;
  for (let day = 0; day < spec.days; day++) {
    const midnight = startOfZonedDay(t, timeZone);
    const dayOffset = Math.round((midnight - event) / DAY_MS);
    const profile = hourlyProfile(dayOffset === 0, options);
    const hours: number[] = [];
    for (; startOfZonedDay(t, timeZone) === midnight; t += HOUR_MS) hours.push(t);
    for (const queue of queues) {
      const total = (spec.dailyTotals[queue] ?? 0) * dayFactor(queue, dayOffset, options);
      const counts = apportion(total, hours.map((h) => profile[hourOfDay(h, timeZone)]));
      hours.forEach((h, i) => rows.push({ hourStart: toZonedIso(h, timeZone), queue, inquiries: counts[i] }));
    }
  }
  return rows.sort((a, b) => a.hourStart.localeCompare(b.hourStart) || a.queue.localeCompare(b.queue));
}

/** Whole numbers proportional to `weights` that add up to round(total) (largest remainder). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const target = Math.round(total);
  const sum = weights.reduce((s, w) => s + w, 0);
  if (sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (target * w) / sum);
  const counts = exact.map(Math.floor);
  let left = target - counts.reduce((s, c) => s + c, 0);
  const byRemainder = exact.map((e, i) => ({ i, r: e - counts[i] })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    counts[i]++;
    left--;
  }
  return counts;
}

function checkSpec(spec: ForecastSpec, timeZone: string): { first: number; event: number } {
  const first = parseInstant(`${spec.firstDate}T00:00`, timeZone);
  const event = parseInstant(`${spec.eventDate}T00:00`, timeZone);
  if (first === null) throw invalid('firstDate', `"${spec.firstDate}" is not a date (yyyy-MM-dd)`);
  if (event === null) throw invalid('eventDate', `"${spec.eventDate}" is not a date (yyyy-MM-dd)`);
  if (!Number.isInteger(spec.days) || spec.days < 1 || spec.days > MAX_DAYS) throw invalid('days', `expected whole days in [1, ${MAX_DAYS}], got ${spec.days}`);
  for (const [queue, total] of Object.entries(spec.dailyTotals)) {
    if (typeof total !== 'number' || !Number.isFinite(total) || total < 0 || total > MAX_INQUIRIES_PER_DAY) {
      throw invalid(`dailyTotals.${queue}`, `expected inquiries per day in [0, ${MAX_INQUIRIES_PER_DAY}], got ${total}`);
    }
  }
  return { first, event };
}

function invalid(field: string, message: string): DomainError {
  return new DomainError('INVALID_INPUT', `field ${field}: ${message}`, [{ field, message }]);
}
