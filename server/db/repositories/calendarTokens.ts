import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { DomainError } from '../../../shared/errors.ts';
import type { CalendarScope, DB } from '../schema.ts';

export interface CalendarToken {
  id: number;
  eventId: number;
  scope: CalendarScope;
  subject: string;
  createdAt: string;
  revokedAt: string | null;
  /** The user who issued it for their own feed, or null when a supervisor issued it. */
  ownerUserId: number | null;
}

/** 256 random bits, URL-safe: feed URLs cannot be guessed or enumerated. */
export function newFeedToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only the hash is stored, so a copy of the database does not hand out working feed URLs. */
export function hashFeedToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Creates a feed token; the plain token is returned once and never stored. */
export async function createCalendarToken(
  db: Kysely<DB>,
  eventId: number,
  scope: CalendarScope,
  subject: string,
  options: { ownerUserId?: number | null } = {},
): Promise<{ token: string; record: CalendarToken }> {
  const token = newFeedToken();
  const row = await db
    .insertInto('calendar_tokens')
    .values({ event_id: eventId, scope, subject, token_hash: hashFeedToken(token), owner_user_id: options.ownerUserId ?? null })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { token, record: toRecord(row) };
}

/** The event's feed tokens, newest first (without the tokens themselves). */
export async function listCalendarTokens(db: Kysely<DB>, eventId: number): Promise<CalendarToken[]> {
  const rows = await db.selectFrom('calendar_tokens').selectAll().where('event_id', '=', eventId).orderBy('id', 'desc').execute();
  return rows.map(toRecord);
}

/**
 * Revokes a live token and issues a new one for the same feed in one transaction, so there is never a moment
 * with both or neither: the old URL answers 404 from the commit on. The row is locked, so of two rotations of
 * one token only the first succeeds; rotating a revoked token is refused rather than bringing its feed back.
 */
export async function rotateCalendarToken(db: Kysely<DB>, id: number): Promise<{ token: string; record: CalendarToken }> {
  return db.transaction().execute(async (trx) => {
    const old = await trx.selectFrom('calendar_tokens').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    if (!old) throw new DomainError('NOT_FOUND', `Calendar token ${id} does not exist`);
    if (old.revoked_at) throw new DomainError('CONFLICT', `Calendar token ${id} was revoked at ${old.revoked_at.toISOString()}; create a new feed instead`);
    await trx.updateTable('calendar_tokens').set({ revoked_at: new Date() }).where('id', '=', id).execute();
    return createCalendarToken(trx, old.event_id, old.scope, old.subject, { ownerUserId: old.owner_user_id });
  });
}

/**
 * A user's own feed of their agent's shifts, replacing every earlier token that user issued for themselves (a
 * lost phone or a shared link is fixed by asking again); feeds a supervisor issued for the agent stay. The user
 * row is locked, so two requests at once still leave exactly one live token.
 */
export async function replaceOwnCalendarToken(db: Kysely<DB>, userId: number, eventId: number, agentId: string): Promise<{ token: string; record: CalendarToken }> {
  return db.transaction().execute(async (trx) => {
    await trx.selectFrom('users').select('id').where('id', '=', userId).forUpdate().execute();
    await trx.updateTable('calendar_tokens').set({ revoked_at: new Date() }).where('owner_user_id', '=', userId).where('revoked_at', 'is', null).execute();
    return createCalendarToken(trx, eventId, 'agent', agentId, { ownerUserId: userId });
  });
}

/**
 * Agent feeds for many agents in one transaction, issued by a supervisor: agents who already have a live feed a
 * supervisor issued keep it unless `replaceExisting`, in which case it is revoked and a new one issued. The event
 * row is locked, so two bulk issues at once cannot give an agent two new feeds. Plain tokens are returned once.
 */
export async function issueAgentCalendarTokens(
  db: Kysely<DB>,
  eventId: number,
  agentIds: readonly string[],
  options: { replaceExisting?: boolean } = {},
): Promise<{ issued: { agentId: string; token: string; record: CalendarToken }[]; kept: CalendarToken[] }> {
  return db.transaction().execute(async (trx) => {
    await trx.selectFrom('events').select('id').where('id', '=', eventId).forUpdate().execute();
    const live = await trx
      .selectFrom('calendar_tokens')
      .selectAll()
      .where('event_id', '=', eventId)
      .where('scope', '=', 'agent')
      .where('owner_user_id', 'is', null)
      .where('revoked_at', 'is', null)
      .execute();
    const wanted = new Set(agentIds);
    const existing = live.filter((row) => wanted.has(row.subject));
    if (options.replaceExisting && existing.length > 0) {
      await trx.updateTable('calendar_tokens').set({ revoked_at: new Date() }).where('id', 'in', existing.map((row) => row.id)).execute();
    }
    const covered = new Set(options.replaceExisting ? [] : existing.map((row) => row.subject));
    const fresh = [...wanted].filter((agentId) => !covered.has(agentId)).map((agentId) => ({ agentId, token: newFeedToken() }));
    const rows =
      fresh.length === 0
        ? []
        : await trx
            .insertInto('calendar_tokens')
            .values(fresh.map((f) => ({ event_id: eventId, scope: 'agent' as const, subject: f.agentId, token_hash: hashFeedToken(f.token), owner_user_id: null })))
            .returningAll()
            .execute();
    const byHash = new Map(rows.map((row) => [row.token_hash, row]));
    return {
      issued: fresh.map((f) => ({ agentId: f.agentId, token: f.token, record: toRecord(byHash.get(hashFeedToken(f.token))!) })),
      kept: options.replaceExisting ? [] : existing.map(toRecord),
    };
  });
}

/** Revokes a token at once; revoking twice is harmless. */
export async function revokeCalendarToken(db: Kysely<DB>, id: number): Promise<CalendarToken> {
  const row = await db
    .updateTable('calendar_tokens')
    .set((eb) => ({ revoked_at: eb.fn.coalesce('revoked_at', eb.val(new Date())) }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', `Calendar token ${id} does not exist`);
  return toRecord(row);
}

/** A live token with everything its feed's content depends on, read in one query. */
export interface FeedHead {
  token: CalendarToken;
  /** events.content_version: agents (names) and forecasts. */
  contentVersion: number;
  /** The newest template row id: replacing the templates always makes new rows. */
  templatesMark: number | null;
  /** The published roster's revision key parts, null before the first publish. */
  roster: { id: number; publishedAt: Date | null; revision: number; scenarioVersion: number } | null;
}

/** The live token record for a presented token and what its feed shows, or undefined (unknown and revoked look the same). */
export async function liveFeedHead(db: Kysely<DB>, token: string): Promise<FeedHead | undefined> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
  const row = await db
    .selectFrom('calendar_tokens as ct')
    .innerJoin('events as e', 'e.id', 'ct.event_id')
    .leftJoin('rosters as r', (join) => join.onRef('r.event_id', '=', 'e.id').on('r.status', '=', 'published'))
    .leftJoin('scenarios as s', 's.id', 'r.scenario_id')
    .selectAll('ct')
    .select((eb) => [
      'e.content_version',
      'r.id as roster_id',
      'r.published_at',
      'r.revision',
      's.version as scenario_version',
      eb.selectFrom('shift_templates as st').select((sb) => sb.fn.max('st.id').as('mark')).whereRef('st.event_id', '=', 'e.id').as('templates_mark'),
    ])
    .where('ct.token_hash', '=', hashFeedToken(token))
    .where('ct.revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    token: toRecord(row),
    contentVersion: row.content_version,
    templatesMark: row.templates_mark === null ? null : Number(row.templates_mark),
    roster: row.roster_id === null ? null : { id: row.roster_id, publishedAt: row.published_at, revision: row.revision ?? 0, scenarioVersion: row.scenario_version ?? 0 },
  };
}

function toRecord(row: { id: number; event_id: number; scope: CalendarScope; subject: string; created_at: Date; revoked_at: Date | null; owner_user_id: number | null }): CalendarToken {
  return {
    id: row.id,
    eventId: row.event_id,
    scope: row.scope,
    subject: row.subject,
    createdAt: row.created_at.toISOString(),
    revokedAt: row.revoked_at?.toISOString() ?? null,
    ownerUserId: row.owner_user_id,
  };
}
