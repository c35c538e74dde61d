/**
 * Re-forecasting during the event (issue 21): how actual inquiries ran against the forecast over the
 * last hours gives each queue a factor, and the rest of the horizon is the forecast times that factor.
 * Recent hours weigh more (a half-life into the past), and a factor's effect fades with distance into
 * the future (a half-life ahead), because a surprise at 22:00 says much about midnight and little
 * about the afternoon after.
 */
import { HOUR_MS, toZonedIso } from '../time.ts';
import { QUEUE_CODES, type ForecastRow, type QueueCode } from '../types.ts';
import { hourOf, type ActualCount } from './parseActualsCsv.ts';

export interface ReforecastOptions {
  /** The moment of re-forecasting, epoch ms: actuals at or after it are ignored. */
  now: number;
  /** Hours before `now` whose actuals count (default 6). */
  lookbackHours?: number;
  /** An hour this many hours before `now` weighs half as much as the latest (default 3). */
  pastHalfLifeHours?: number;
  /** The factor's excess over 1 halves every this many hours after `now`; null keeps it whole (default 24). */
  futureHalfLifeHours?: number | null;
  /** The supervisor's own factor per queue, replacing the measured one. */
  overrides?: Partial<Record<QueueCode, number>>;
  /** Below this many forecast inquiries in the weighted window the ratio is noise: the factor stays 1 (default 50). */
  minForecastInquiries?: number;
}

export const DEFAULT_REFORECAST = Object.freeze({ lookbackHours: 6, pastHalfLifeHours: 3, futureHalfLifeHours: 24 as number | null, minForecastInquiries: 50 });

/** Bounds of a measured factor: a feed that stalled or doubled-counted must not multiply the plan by 100. */
export const FACTOR_RANGE = Object.freeze({ min: 0.2, max: 5 });

export interface QueueFactor {
  queue: QueueCode;
  /** Actual over forecast in the weighted window, bounded by FACTOR_RANGE; 1 when there is too little to say. */
  measured: number;
  /** The factor applied: the supervisor's override when given, else the measured one. */
  factor: number;
  source: 'measured' | 'override' | 'tooLittleData';
  actualInquiries: number;
  forecastInquiries: number;
  observedHours: number;
}

export interface ReforecastRow {
  hourStart: string;
  queue: QueueCode;
  forecast: number;
  /** Inquiries counted so far in this hour (absent when nothing was reported). */
  actual?: number;
  /** Share of the hour the actuals cover, 0 to 1. */
  observed: number;
  /** Past hours: the actual count scaled to the whole hour when partly observed; later ones: the forecast times the fading factor. */
  expected: number;
}

export interface Reforecast {
  now: string;
  factors: QueueFactor[];
  rows: ReforecastRow[];
}

/** Re-forecasts the horizon from actuals up to `now`: per-queue factors and per-hour expected inquiries. */
export function reforecast(forecast: readonly ForecastRow[], actuals: readonly ActualCount[], options: ReforecastOptions): Reforecast {
  const settings: Settings = { ...DEFAULT_REFORECAST, ...definedOnly(options), now: options.now };
  const observed = observedByHour(actuals, options.now);
  const factors = QUEUE_CODES.filter((q) => forecast.some((r) => r.queue === q)).map((queue) => queueFactor(queue, forecast, observed, settings));
  const factorOf = new Map(factors.map((f) => [f.queue, f.factor]));
  const rows = forecast.map((row) => {
    const hour = Date.parse(row.hourStart);
    const seen = observed.get(`${row.queue}@${hour}`);
    const fraction = seen?.fraction ?? 0;
    const ahead = Math.max(0, (hour - options.now) / HOUR_MS);
    const fade = settings.futureHalfLifeHours === null ? 1 : 0.5 ** (ahead / settings.futureHalfLifeHours);
    const scaled = row.inquiries * (1 + ((factorOf.get(row.queue) ?? 1) - 1) * fade);
    const complete = hour + HOUR_MS <= options.now;
    const expected = complete ? (fraction > 0 ? (seen?.inquiries ?? 0) / fraction : scaled) : (seen?.inquiries ?? 0) + scaled * (1 - fraction);
    const out: ReforecastRow = { hourStart: row.hourStart, queue: row.queue, forecast: row.inquiries, observed: round(fraction, 4), expected: round(expected, 1) };
    if (seen) out.actual = seen.inquiries;
    return out;
  });
  return { now: toZonedIso(options.now), factors, rows };
}

type Settings = Required<Omit<ReforecastOptions, 'overrides'>> & Pick<ReforecastOptions, 'overrides'>;

/** The weighted ratio of actual to forecast inquiries over the lookback window, for one queue. */
function queueFactor(queue: QueueCode, forecast: readonly ForecastRow[], observed: Map<string, Observed>, settings: Settings): QueueFactor {
  let actual = 0;
  let expected = 0;
  let hours = 0;
  for (const row of forecast) {
    if (row.queue !== queue) continue;
    const hour = Date.parse(row.hourStart);
    const seen = observed.get(`${queue}@${hour}`);
    if (!seen || hour < settings.now - settings.lookbackHours * HOUR_MS) continue;
    const age = (settings.now - (hour + (seen.fraction * HOUR_MS) / 2)) / HOUR_MS;
    const weight = 0.5 ** (Math.max(0, age) / settings.pastHalfLifeHours);
    actual += weight * seen.inquiries;
    expected += weight * row.inquiries * seen.fraction;
    hours += seen.fraction;
  }
  const enough = expected >= settings.minForecastInquiries;
  const measured = enough ? clamp(actual / expected, FACTOR_RANGE.min, FACTOR_RANGE.max) : 1;
  const override = settings.overrides?.[queue];
  return {
    queue,
    measured: round(measured, 4),
    factor: round(override ?? measured, 4),
    source: override !== undefined ? 'override' : enough ? 'measured' : 'tooLittleData',
    actualInquiries: Math.round(actual),
    forecastInquiries: Math.round(expected),
    observedHours: round(hours, 2),
  };
}

interface Observed {
  inquiries: number;
  /** Share of the hour covered by counts before `now`. */
  fraction: number;
}

/** Actual inquiries and the covered share of each (queue, hour), counting only intervals that ended by `now`. */
function observedByHour(actuals: readonly ActualCount[], now: number): Map<string, Observed> {
  const out = new Map<string, Observed>();
  for (const count of actuals) {
    if (Date.parse(count.start) + count.minutes * 60_000 > now) continue;
    const key = `${count.queue}@${hourOf(count)}`;
    const cell = out.get(key) ?? { inquiries: 0, fraction: 0 };
    cell.inquiries += count.inquiries;
    cell.fraction = Math.min(1, cell.fraction + count.minutes / 60);
    out.set(key, cell);
  }
  return out;
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
