/** The supervisor's note on one shift: how long it may be, when two notes are the same, and what editing one does to SEQUENCE. */

/** Characters (UTF-16 units) a note may hold: a line or two for the agent, not a document. */
export const SHIFT_NOTE_MAX_LENGTH = 500;

/** The note as stored: surrounding blanks dropped, and an empty note is no note. */
export function normaliseShiftNote(note: string | null | undefined): string | null {
  const trimmed = note?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** True when two notes read the same in a calendar (absent, null and blank are all "no note"). */
export function sameShiftNote(a: string | null | undefined, b: string | null | undefined): boolean {
  return normaliseShiftNote(a) === normaliseShiftNote(b);
}

/**
 * The SEQUENCE a shift has after its note changes in place. On a published roster the note is already in
 * subscribed calendars (DESCRIPTION), so a different note is a change like a moved start and raises SEQUENCE
 * (RFC 5545 3.8.7.4); on a draft nothing has been sent yet and publishing decides (planPublication).
 */
export function sequenceAfterNoteEdit(shift: { sequence: number; note: string | null }, note: string | null, rosterStatus: 'draft' | 'published'): number {
  if (rosterStatus === 'draft' || sameShiftNote(shift.note, note)) return shift.sequence;
  return shift.sequence + 1;
}
