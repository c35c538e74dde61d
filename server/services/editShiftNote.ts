import type { Kysely } from 'kysely';
import { DomainError } from '../../shared/errors.ts';
import { normaliseShiftNote, sameShiftNote, sequenceAfterNoteEdit } from '../../shared/roster/publish/shiftNote.ts';
import { lockRosterEvent, rosterShift, updateShiftNote } from '../db/repositories/publication.ts';
import { storedAssignment, type StoredAssignment } from '../db/repositories/rosters.ts';
import type { DB } from '../db/schema.ts';

/**
 * Sets (or, with null or blank, clears) the supervisor's note on one shift of a draft or published roster.
 *
 * Notes stay editable after publishing, on purpose: a supervisor annotates the roster agents already follow
 * ("带耳机", "cover 李四's chats from 14:00"), and making them re-solve and re-publish for a line of text would
 * risk moving shifts. So the note goes out at once in every feed that shows the shift, and its SEQUENCE rises
 * so calendars that compare SEQUENCE take the new DESCRIPTION. A superseded roster is history and a cancelled
 * shift is gone: both refuse with 409.
 *
 * The event row is locked as publishRoster locks it, so an edit and a publish of the same event never
 * interleave (a publish reads the draft's notes to decide SEQUENCE).
 */
export async function editShiftNote(db: Kysely<DB>, rosterId: number, assignmentId: number, note: string | null): Promise<StoredAssignment> {
  const stored = normaliseShiftNote(note);
  return db.transaction().execute(async (trx) => {
    const { timeZone, status } = await lockRosterEvent(trx, rosterId);
    const shift = await rosterShift(trx, rosterId, assignmentId);
    if (!shift) throw new DomainError('NOT_FOUND', `Roster ${rosterId} has no shift ${assignmentId}`);
    if (status === 'superseded') throw new DomainError('CONFLICT', `Roster ${rosterId} has been superseded by a newer publish; edit the published roster instead`);
    if (shift.status === 'cancelled') throw new DomainError('CONFLICT', `Shift ${assignmentId} was cancelled by a re-publish; it is in feeds only so calendars drop it`);
    if (sameShiftNote(shift.note, stored)) return storedAssignment(shift, timeZone);
    const updated = await updateShiftNote(trx, rosterId, String(shift.id), stored, sequenceAfterNoteEdit(shift, stored, status));
    return storedAssignment(updated, timeZone);
  });
}
