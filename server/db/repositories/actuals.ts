import { sql, type Kysely } from 'kysely';
import type { ActualCount } from '../../../shared/actuals/parseActualsCsv.ts';
import { toZonedIso } from '../../../shared/time.ts';
import type { QueueCode } from '../../../shared/types.ts';
import type { DB } from '../schema.ts';

/** The event's actual counts, ordered by interval then queue, times in the event's zone. */
export async function getActuals(db: Kysely<DB>, eventId: number, timeZone: string): Promise<ActualCount[]> {
  const rows = await db.selectFrom('actual_counts').select(['queue', 'interval_start', 'minutes', 'inquiries']).where('event_id', '=', eventId).orderBy('interval_start').orderBy('queue').execute();
  return rows.map((r) => ({ start: toZonedIso(r.interval_start.getTime(), timeZone), queue: r.queue as QueueCode, minutes: r.minutes as ActualCount['minutes'], inquiries: r.inquiries }));
}

/**
 * Stores counts in one transaction: each replaces every stored interval of its queue that it overlaps,
 * so a feed may resend the current hour as its quarters fill in, or an hour's total over its quarters.
 */
export async function storeActuals(db: Kysely<DB>, eventId: number, counts: readonly ActualCount[]): Promise<number> {
  if (counts.length === 0) return 0;
  return db.transaction().execute(async (trx) => {
    for (const count of counts) {
      const start = new Date(count.start);
      const end = new Date(start.getTime() + count.minutes * 60_000);
      await trx
        .deleteFrom('actual_counts')
        .where('event_id', '=', eventId)
        .where('queue', '=', count.queue)
        .where('interval_start', '<', end)
        .where(sql<Date>`interval_start + make_interval(mins => minutes)`, '>', start)
        .execute();
    }
    for (let i = 0; i < counts.length; i += 1000) {
      await trx
        .insertInto('actual_counts')
        .values(counts.slice(i, i + 1000).map((c) => ({ event_id: eventId, queue: c.queue, interval_start: c.start, minutes: c.minutes, inquiries: c.inquiries })))
        .execute();
    }
    return counts.length;
  });
}
