/**
 * The row-level steps of publishing a roster and editing a published shift's note. The services compose them
 * inside one transaction; these functions take the transaction so nothing here commits on its own.
 */
import { sql, type Selectable, type Transaction } from 'kysely';
import { DomainError } from '../../../shared/errors.ts';
import type { PublishedShift } from '../../../shared/roster/publish/planPublication.ts';
import type { AssignmentsTable, DB, RosterStatus } from '../schema.ts';

const CHUNK = 2000;

/**
 * Locks the roster's event row, so publishes and note edits of one event queue up, and returns the
 * roster's status read after the lock (a concurrent publish may have changed it). NOT_FOUND for an unknown roster.
 */
export async function lockRosterEvent(trx: Transaction<DB>, rosterId: number): Promise<{ eventId: number; timeZone: string; status: RosterStatus }> {
  const roster = await trx.selectFrom('rosters').select(['event_id']).where('id', '=', rosterId).executeTakeFirst();
  if (!roster) throw new DomainError('NOT_FOUND', `Roster ${rosterId} does not exist`);
  const event = await trx.selectFrom('events').select('time_zone').where('id', '=', roster.event_id).forUpdate().executeTakeFirstOrThrow();
  const { status } = await trx.selectFrom('rosters').select('status').where('id', '=', rosterId).executeTakeFirstOrThrow();
  return { eventId: roster.event_id, timeZone: event.time_zone, status };
}

/** The event's published roster id inside the transaction, or null. */
export async function publishedRosterIn(trx: Transaction<DB>, eventId: number): Promise<number | null> {
  const row = await trx.selectFrom('rosters').select('id').where('event_id', '=', eventId).where('status', '=', 'published').executeTakeFirst();
  return row?.id ?? null;
}

/** Sets a roster's status; `published` also stamps the time. */
export async function setRosterStatus(trx: Transaction<DB>, rosterId: number, status: 'published' | 'superseded'): Promise<void> {
  await trx
    .updateTable('rosters')
    .set(status === 'published' ? { status, published_at: new Date() } : { status })
    .where('id', '=', rosterId)
    .execute();
}

/** A stored shift as publication compares it, with the row fields a cancellation copy needs. */
export interface PublicationShift extends PublishedShift {
  rowId: string;
  agentRowId: number | null;
  reassignedFrom: string | null;
}

/** Every shift of a roster (confirmed and cancelled) as publication compares them. */
export async function publicationShifts(trx: Transaction<DB>, rosterId: number): Promise<PublicationShift[]> {
  const rows = await trx
    .selectFrom('assignments')
    .select(['id', 'shift_uid', 'agent_id', 'agent_key', 'queue', 'template', 'starts_at', 'ends_at', 'sequence', 'status', 'reassigned_from', 'note'])
    .where('roster_id', '=', rosterId)
    .execute();
  return rows.map((r) => ({
    rowId: String(r.id),
    agentRowId: r.agent_id,
    reassignedFrom: r.reassigned_from,
    uid: r.shift_uid,
    agentId: r.agent_key,
    queue: r.queue,
    template: r.template,
    start: r.starts_at.toISOString(),
    end: r.ends_at.toISOString(),
    sequence: r.sequence,
    status: r.status,
    note: r.note,
  }));
}

/** Sets the SEQUENCE of many shifts in one statement. */
export async function setShiftSequences(trx: Transaction<DB>, sequences: readonly { rowId: string; sequence: number }[]): Promise<void> {
  if (sequences.length === 0) return;
  const values = sql.join(sequences.map((s) => sql`(${Number(s.rowId)}::bigint, ${s.sequence}::int)`));
  await sql`update assignments set sequence = v.seq from (values ${values}) as v(id, seq) where assignments.id = v.id`.execute(trx);
}

/** Adds cancelled copies of shifts a re-publish dropped, so feeds can tell calendars to remove them. */
export async function insertCancelledShifts(trx: Transaction<DB>, rosterId: number, shifts: readonly (PublicationShift & { sequence: number })[]): Promise<void> {
  const rows = shifts.map((s) => ({
    roster_id: rosterId,
    agent_id: s.agentRowId,
    agent_key: s.agentId,
    queue: s.queue,
    template: s.template,
    starts_at: s.start,
    ends_at: s.end,
    reassigned_from: s.reassignedFrom,
    shift_uid: s.uid,
    sequence: s.sequence,
    status: 'cancelled' as const,
    note: s.note ?? null,
  }));
  for (let i = 0; i < rows.length; i += CHUNK) await trx.insertInto('assignments').values(rows.slice(i, i + CHUNK)).execute();
}

/** One shift of a roster, or undefined. */
export async function rosterShift(trx: Transaction<DB>, rosterId: number, assignmentId: number): Promise<Selectable<AssignmentsTable> | undefined> {
  return trx.selectFrom('assignments').selectAll().where('id', '=', String(assignmentId)).where('roster_id', '=', rosterId).executeTakeFirst();
}

/** Stores a shift's note with its new SEQUENCE and counts the roster's revision up, so cached reads refresh. */
export async function updateShiftNote(trx: Transaction<DB>, rosterId: number, shiftRowId: string, note: string | null, sequence: number): Promise<Selectable<AssignmentsTable>> {
  const updated = await trx.updateTable('assignments').set({ note, sequence }).where('id', '=', shiftRowId).returningAll().executeTakeFirstOrThrow();
  await trx.updateTable('rosters').set((eb) => ({ revision: eb('revision', '+', 1) })).where('id', '=', rosterId).execute();
  return updated;
}

/** Carries the supervisor's notes from one roster's shifts to another's by shift uid (a re-plan keeps them). */
export async function copyShiftNotes(trx: Transaction<DB>, fromRosterId: number, toRosterId: number): Promise<void> {
  await sql`update assignments set note = o.note from assignments o
    where o.roster_id = ${fromRosterId} and o.status = 'confirmed' and o.note is not null
      and assignments.roster_id = ${toRosterId} and assignments.shift_uid = o.shift_uid`.execute(trx);
}
