import type { Kysely, Transaction } from 'kysely';
import { DomainError } from '../../../shared/errors.ts';
import type { RosterTemplate } from '../../../shared/roster/rulesSchema.ts';
import type { Agent, ForecastRow, QueueCode } from '../../../shared/types.ts';
import { QUEUE_LABELS } from '../../../shared/types.ts';
import { jsonb } from '../jsonb.ts';
import type { DB, EventRow } from '../schema.ts';
import { templateRow } from './templates.ts';

export interface NewEventBundle {
  slug: string;
  name: string;
  timeZone: string;
  horizonStart: string;
  horizonEnd: string;
  windowStart: string;
  windowEnd: string;
  postEventDays: number;
  queues: { code: QueueCode; params: Record<string, unknown> }[];
  templates: RosterTemplate[];
  /** Roster rule overrides for the event (see shared/roster/rulesSchema.ts). */
  rules?: Record<string, unknown>;
  agents: Agent[];
  forecast: ForecastRow[];
}

/** Public shape of an event. */
export interface EventSummary {
  id: number;
  slug: string;
  name: string;
  timeZone: string;
  horizonStart: string;
  horizonEnd: string;
  windowStart: string;
  windowEnd: string;
  postEventDays: number;
  rules: Record<string, unknown>;
  version: number;
  /** Changes whenever the event's forecast or agents change (see migration 0007). */
  contentVersion: number;
}

/** Creates an event with its queues, templates, agents, forecast and baseline scenario in one transaction. */
export async function createEventBundle(db: Kysely<DB>, bundle: NewEventBundle): Promise<EventSummary> {
  return db.transaction().execute(async (trx) => {
    const event = await trx
      .insertInto('events')
      .values({
        slug: bundle.slug,
        name: bundle.name,
        time_zone: bundle.timeZone,
        horizon_start: bundle.horizonStart,
        horizon_end: bundle.horizonEnd,
        window_start: bundle.windowStart,
        window_end: bundle.windowEnd,
        post_event_days: bundle.postEventDays,
        rules: jsonb(bundle.rules ?? {}),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await insertEventParts(trx, event.id, bundle);
    await trx.insertInto('scenarios').values({ event_id: event.id, name: 'Baseline', is_baseline: true }).execute();
    return toEventSummary(event);
  });
}

async function insertEventParts(trx: Transaction<DB>, eventId: number, bundle: NewEventBundle): Promise<void> {
  await trx
    .insertInto('queues')
    .values(bundle.queues.map((q) => ({ event_id: eventId, code: q.code, name_zh: QUEUE_LABELS[q.code].zh, name_en: QUEUE_LABELS[q.code].en, params: jsonb(q.params) })))
    .execute();
  if (bundle.templates.length > 0) await trx.insertInto('shift_templates').values(bundle.templates.map((t) => templateRow(eventId, t))).execute();
  await insertAgents(trx, eventId, bundle.agents);
  await insertForecast(trx, eventId, bundle.forecast);
}

/** Inserts agents in chunks (PostgreSQL allows 65,535 parameters per statement). */
export async function insertAgents(trx: Kysely<DB>, eventId: number, agents: Agent[]): Promise<void> {
  for (const chunk of chunks(agents, 2000)) {
    await trx
      .insertInto('agents')
      .values(
        chunk.map((a) => ({
          event_id: eventId,
          external_id: a.id,
          name: a.name,
          primary_queue: a.primaryQueue,
          cross_trained_for: a.crossTrainedFor,
          contract: a.contract,
          team: a.team,
          unavailable: jsonb(a.unavailable),
        })),
      )
      .execute();
  }
}

/** Inserts forecast rows in chunks. */
export async function insertForecast(trx: Kysely<DB>, eventId: number, rows: ForecastRow[]): Promise<void> {
  for (const chunk of chunks(rows, 5000)) {
    await trx
      .insertInto('forecasts')
      .values(chunk.map((r) => ({ event_id: eventId, queue: r.queue, hour_start: r.hourStart, inquiries: r.inquiries, aht_seconds: r.ahtSeconds ?? null })))
      .execute();
  }
}

/** Finds an event by its slug, or undefined. */
export async function findEventBySlug(db: Kysely<DB>, slug: string): Promise<EventSummary | undefined> {
  const row = await db.selectFrom('events').selectAll().where('slug', '=', slug).executeTakeFirst();
  return row && toEventSummary(row);
}

/** Reads one event or throws NOT_FOUND. */
export async function getEvent(db: Kysely<DB>, id: number): Promise<EventSummary> {
  const row = await db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', `Event ${id} does not exist`);
  return toEventSummary(row);
}

/** All events, newest first. */
export async function listEvents(db: Kysely<DB>): Promise<EventSummary[]> {
  const rows = await db.selectFrom('events').selectAll().orderBy('id', 'desc').execute();
  return rows.map(toEventSummary);
}

function toEventSummary(row: EventRow): EventSummary {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    timeZone: row.time_zone,
    horizonStart: row.horizon_start.toISOString(),
    horizonEnd: row.horizon_end.toISOString(),
    windowStart: row.window_start.toISOString(),
    windowEnd: row.window_end.toISOString(),
    postEventDays: row.post_event_days,
    rules: (row.rules ?? {}) as Record<string, unknown>,
    version: row.version,
    contentVersion: row.content_version,
  };
}

function* chunks<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** An event's queues with their names, in the order they were created. */
export async function listQueues(db: Kysely<DB>, eventId: number): Promise<{ code: QueueCode; nameZh: string; nameEn: string }[]> {
  const rows = await db.selectFrom('queues').select(['code', 'name_zh', 'name_en']).where('event_id', '=', eventId).orderBy('id').execute();
  return rows.map((q) => ({ code: q.code as QueueCode, nameZh: q.name_zh, nameEn: q.name_en }));
}
