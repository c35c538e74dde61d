import { createHash } from 'node:crypto';
import type { Kysely, Selectable, Transaction } from 'kysely';
import { DomainError } from '../../../shared/errors.ts';
import type { RosterDetail, RosterDiagnostics, StoredAssignment } from '../../../shared/roster/storedRoster.ts';
import type { RosterResult } from '../../../shared/roster/types.ts';
import { toZonedIso, zonedDate } from '../../../shared/time.ts';
import type { QueueCode, ShortfallRow, SolverStats } from '../../../shared/types.ts';
import { jsonb } from '../jsonb.ts';
import type { AssignmentsTable, DB, RosterStatus } from '../schema.ts';

export type { RosterDetail, StoredAssignment } from '../../../shared/roster/storedRoster.ts';

const CHUNK = 2000;

/** A shift's identity across publishes: one agent, one calendar day (the roster allows one shift per day). */
export function shiftUid(agentId: string, startIso: string, timeZone: string): string {
  return `${agentId}/${zonedDate(Date.parse(startIso), timeZone)}`;
}

/** What storing a roster needs: its owner, the event's zone and the engine's result. */
export interface NewRoster {
  eventId: number;
  scenarioId: number;
  scenarioVersion: number;
  timeZone: string;
  result: Pick<RosterResult, 'assignments' | 'reassignments' | 'stats' | 'shortfall'> & RosterDiagnostics;
}

/** Stores a solved roster as a draft, in one transaction. */
export async function storeRoster(db: Kysely<DB>, input: NewRoster): Promise<number> {
  return db.transaction().execute((trx) => insertRoster(trx, input));
}

/** Inserts a draft roster inside the caller's transaction (a re-plan stores and publishes in one). */
export async function insertRoster(trx: Transaction<DB>, input: NewRoster): Promise<number> {
  const { result } = input;
  const roster = await trx
    .insertInto('rosters')
    .values({
      event_id: input.eventId,
      scenario_id: input.scenarioId,
      scenario_version: input.scenarioVersion,
      solver_stats: jsonb(result.stats),
      shortfall: jsonb(result.shortfall),
      diagnostics: jsonb(diagnosticsOf(result)),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const agentIds = await agentDbIds(trx, input.eventId);
  const rows = result.assignments.map((a) => ({
    roster_id: roster.id,
    agent_id: agentIds.get(a.agentId) ?? null,
    agent_key: a.agentId,
    queue: a.queue,
    template: a.template,
    starts_at: a.start,
    ends_at: a.end,
    reassigned_from: a.reassignedFrom ?? null,
    overtime_hours: a.overtimeHours ?? 0,
    coverage: a.coverage ?? 1,
    shift_uid: shiftUid(a.agentId, a.start, input.timeZone),
  }));
  for (let i = 0; i < rows.length; i += CHUNK) await trx.insertInto('assignments').values(rows.slice(i, i + CHUNK)).execute();
  const moves = result.reassignments.map((r) => ({
    roster_id: roster.id,
    agent_id: agentIds.get(r.agentId) ?? null,
    agent_key: r.agentId,
    from_queue: r.fromQueue,
    to_queue: r.toQueue,
    starts_at: r.start,
    ends_at: r.end,
  }));
  for (let i = 0; i < moves.length; i += CHUNK) await trx.insertInto('reassignments').values(moves.slice(i, i + CHUNK)).execute();
  return roster.id;
}

/** The reports a roster stores, each optional one only when present (a solve's RosterResult carries more). */
function diagnosticsOf(result: RosterDiagnostics): RosterDiagnostics {
  const { summary, suggestions, violations, overtime, objective, cost, advice, exhausted, before, replannedFrom } = result;
  return { summary, suggestions, violations, overtime, ...(objective ? { objective } : {}), cost, ...(advice ? { advice } : {}), ...(exhausted ? { exhausted } : {}), ...(before ? { before } : {}), ...(replannedFrom !== undefined ? { replannedFrom } : {}) };
}

async function agentDbIds(trx: Transaction<DB>, eventId: number): Promise<Map<string, number>> {
  const rows = await trx.selectFrom('agents').select(['id', 'external_id']).where('event_id', '=', eventId).execute();
  return new Map(rows.map((r) => [r.external_id, r.id]));
}

/** One roster with its shifts and moves, times in the event's zone; NOT_FOUND when absent. */
export async function getRoster(db: Kysely<DB>, rosterId: number, timeZone: string): Promise<RosterDetail> {
  const roster = await db.selectFrom('rosters').selectAll().where('id', '=', rosterId).executeTakeFirst();
  if (!roster) throw new DomainError('NOT_FOUND', `Roster ${rosterId} does not exist`);
  const content = await loadRosterContent(db, rosterId, timeZone);
  return {
    id: roster.id,
    eventId: roster.event_id,
    scenarioId: roster.scenario_id,
    scenarioVersion: roster.scenario_version,
    status: roster.status,
    createdAt: roster.created_at.toISOString(),
    publishedAt: roster.published_at?.toISOString() ?? null,
    stats: roster.solver_stats as SolverStats,
    shortfall: roster.shortfall as ShortfallRow[],
    diagnostics: roster.diagnostics as RosterDetail['diagnostics'],
    ...content,
  };
}

/** What a roster read needs to find its serialised body: the roster's publication state and its event's zone. */
export interface RosterHead {
  id: number;
  status: RosterStatus;
  publishedAt: Date | null;
  revision: number;
  timeZone: string;
}

/**
 * What identifies a stored roster's content in every process: it changes only when it is published (status,
 * published_at and, in the same transaction, its sequences and cancellations) or a note is edited (revision).
 */
export function rosterRevisionKey(head: RosterHead): string {
  return `${head.id}|${head.status}|${head.publishedAt?.toISOString() ?? ''}|${head.revision}|${head.timeZone}`;
}

/** The roster's head, in one query; undefined when there is no such roster. */
export async function rosterHead(db: Kysely<DB>, rosterId: number): Promise<RosterHead | undefined> {
  const row = await db
    .selectFrom('rosters')
    .innerJoin('events', 'events.id', 'rosters.event_id')
    .select(['rosters.id', 'rosters.status', 'rosters.published_at', 'rosters.revision', 'events.time_zone'])
    .where('rosters.id', '=', rosterId)
    .executeTakeFirst();
  return row && { id: row.id, status: row.status, publishedAt: row.published_at, revision: row.revision, timeZone: row.time_zone };
}

/** The event's published roster head in one query: undefined for no such event, null for none published. */
export async function publishedRosterHead(db: Kysely<DB>, eventId: number): Promise<RosterHead | null | undefined> {
  const row = await db
    .selectFrom('events')
    .leftJoin('rosters', (join) => join.onRef('rosters.event_id', '=', 'events.id').on('rosters.status', '=', 'published'))
    .select(['rosters.id', 'rosters.status', 'rosters.published_at', 'rosters.revision', 'events.time_zone'])
    .where('events.id', '=', eventId)
    .executeTakeFirst();
  if (!row) return undefined;
  return row.id === null ? null : { id: row.id, status: row.status!, publishedAt: row.published_at, revision: row.revision!, timeZone: row.time_zone };
}

/** The scenario's newest roster head in one query: undefined for no such scenario, null for no roster yet. */
export async function latestRosterHead(db: Kysely<DB>, scenarioId: number): Promise<RosterHead | null | undefined> {
  const row = await db
    .selectFrom('scenarios')
    .innerJoin('events', 'events.id', 'scenarios.event_id')
    .leftJoin('rosters', 'rosters.scenario_id', 'scenarios.id')
    .select(['rosters.id', 'rosters.status', 'rosters.published_at', 'rosters.revision', 'events.time_zone'])
    .where('scenarios.id', '=', scenarioId)
    .orderBy('rosters.id', (ob) => ob.desc().nullsLast())
    .limit(1)
    .executeTakeFirst();
  if (!row) return undefined;
  return row.id === null ? null : { id: row.id, status: row.status!, publishedAt: row.published_at, revision: row.revision!, timeZone: row.time_zone };
}

/** A stored shift as the API shows it, times in the event's zone. */
export function storedAssignment(a: Selectable<AssignmentsTable>, timeZone: string): StoredAssignment {
  return {
    id: Number(a.id),
    agentId: a.agent_key,
    queue: a.queue as QueueCode,
    template: a.template,
    start: toZonedIso(a.starts_at.getTime(), timeZone),
    end: toZonedIso(a.ends_at.getTime(), timeZone),
    ...(a.reassigned_from ? { reassignedFrom: a.reassigned_from as QueueCode } : {}),
    ...(a.overtime_hours > 0 ? { overtimeHours: a.overtime_hours } : {}),
    ...(Number(a.coverage) !== 1 ? { coverage: Number(a.coverage) } : {}),
    uid: a.shift_uid,
    sequence: a.sequence,
    status: a.status,
    note: a.note,
  };
}

async function loadRosterContent(db: Kysely<DB>, rosterId: number, timeZone: string): Promise<Pick<RosterDetail, 'assignments' | 'reassignments'>> {
  const [assignments, moves] = await Promise.all([
    db.selectFrom('assignments').selectAll().where('roster_id', '=', rosterId).orderBy('starts_at').orderBy('agent_key').execute(),
    db.selectFrom('reassignments').selectAll().where('roster_id', '=', rosterId).orderBy('starts_at').orderBy('agent_key').execute(),
  ]);
  const iso = (d: Date) => toZonedIso(d.getTime(), timeZone);
  return {
    assignments: assignments.map((a) => storedAssignment(a, timeZone)),
    reassignments: moves.map((m) => ({ agentId: m.agent_key, fromQueue: m.from_queue as QueueCode, toQueue: m.to_queue as QueueCode, start: iso(m.starts_at), end: iso(m.ends_at) })),
  };
}

/** The id of the event's published roster, or undefined. */
export async function publishedRosterId(db: Kysely<DB>, eventId: number): Promise<number | undefined> {
  const row = await db.selectFrom('rosters').select('id').where('event_id', '=', eventId).where('status', '=', 'published').executeTakeFirst();
  return row?.id;
}

/** The event and scenario a roster belongs to; undefined when there is no such roster. */
export async function rosterOwner(db: Kysely<DB>, rosterId: number): Promise<{ eventId: number; scenarioId: number } | undefined> {
  const row = await db.selectFrom('rosters').select(['event_id', 'scenario_id']).where('id', '=', rosterId).executeTakeFirst();
  return row && { eventId: row.event_id, scenarioId: row.scenario_id };
}
