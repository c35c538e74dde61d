/** Actual inquiries during the event, and the re-forecast they give (issue 21). */
import { parseActualCounts, parseActualsCsv } from '../../shared/actuals/parseActualsCsv.ts';
import { reforecast, type Reforecast, type ReforecastOptions } from '../../shared/actuals/reforecast.ts';
import type { ActualCount } from '../../shared/actuals/parseActualsCsv.ts';
import type { ForecastRow } from '../../shared/types.ts';
import type { Database } from '../db/connect.ts';
import { getActuals, storeActuals } from '../db/repositories/actuals.ts';
import { getEvent } from '../db/repositories/events.ts';
import { getForecast } from '../db/repositories/forecasts.ts';

/** Stores counts sent as JSON, all or none; returns how many were stored. */
export async function recordActuals(database: Database, eventId: number, items: Parameters<typeof parseActualCounts>[0]): Promise<number> {
  const event = await getEvent(database.db, eventId);
  return storeActuals(database.db, event.id, parseActualCounts(items, event.timeZone));
}

/** Stores counts from an uploaded CSV, all or none. */
export async function importActualsCsv(database: Database, eventId: number, text: string): Promise<number> {
  const event = await getEvent(database.db, eventId);
  return storeActuals(database.db, event.id, parseActualsCsv(text, event.timeZone));
}

/** The event's stored counts. */
export async function eventActuals(database: Database, eventId: number): Promise<ActualCount[]> {
  const event = await getEvent(database.db, eventId);
  return getActuals(database.db, event.id, event.timeZone);
}

/** The event's forecast re-run from its actuals as of `now` (default: the end of the latest count). */
export async function eventReforecast(database: Database, eventId: number, options: Omit<ReforecastOptions, 'now'> & { now?: number }): Promise<Reforecast> {
  const event = await getEvent(database.db, eventId);
  const [forecast, actuals] = await Promise.all([getForecast(database.db, event.id, event.timeZone), getActuals(database.db, event.id, event.timeZone)]);
  return reforecast(forecast, actuals, { ...options, now: options.now ?? defaultNow(actuals, forecast) });
}

/** "Now" when the caller names none: the end of the latest count, else the forecast's first hour. */
export function defaultNow(actuals: readonly ActualCount[], forecast: readonly ForecastRow[]): number {
  const latest = actuals.reduce((max, a) => Math.max(max, Date.parse(a.start) + a.minutes * 60_000), -Infinity);
  return Number.isFinite(latest) ? latest : Date.parse(forecast[0]?.hourStart ?? new Date(0).toISOString());
}
