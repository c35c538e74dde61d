import type { Kysely } from 'kysely';
import { toZonedIso } from '../../../shared/time.ts';
import type { ForecastRow, QueueCode } from '../../../shared/types.ts';
import type { DB } from '../schema.ts';
import { insertForecast } from './events.ts';

/** The event's hourly forecast, ordered by hour then queue, times in the event's zone. */
export async function getForecast(db: Kysely<DB>, eventId: number, timeZone: string): Promise<ForecastRow[]> {
  const rows = await db.selectFrom('forecasts').selectAll().where('event_id', '=', eventId).orderBy('hour_start').orderBy('queue').execute();
  return rows.map((r) => {
    const row: ForecastRow = { hourStart: toZonedIso(r.hour_start.getTime(), timeZone), queue: r.queue as QueueCode, inquiries: r.inquiries };
    if (r.aht_seconds !== null) row.ahtSeconds = r.aht_seconds;
    return row;
  });
}

/** Replaces the event's forecast in one transaction: the old one stays until the new one is complete. */
export async function replaceForecast(db: Kysely<DB>, eventId: number, rows: ForecastRow[]): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await trx.deleteFrom('forecasts').where('event_id', '=', eventId).execute();
    await insertForecast(trx, eventId, rows);
    return rows.length;
  });
}

/** Whether the event has any forecast row. */
export async function hasForecast(db: Kysely<DB>, eventId: number): Promise<boolean> {
  const row = await db.selectFrom('forecasts').select('event_id').where('event_id', '=', eventId).limit(1).executeTakeFirst();
  return row !== undefined;
}
