import { describe, expect, it } from 'vitest';
import { planPublication, type PublishedShift } from '../../../shared/roster/publish/planPublication.ts';
import { normaliseShiftNote, sequenceAfterNoteEdit } from '../../../shared/roster/publish/shiftNote.ts';

const shift = (uid: string, start: string, extra: Partial<PublishedShift> = {}): PublishedShift => ({
  uid,
  agentId: uid.split('/')[0],
  queue: 'pre_sale',
  template: 'E',
  start,
  end: start.replace('T08', 'T16'),
  sequence: 0,
  status: 'confirmed',
  ...extra,
});

describe('planPublication', () => {
  it('keeps SEQUENCE for an unchanged shift and starts new ones at 0', () => {
    const previous = [shift('A1/2026-11-10', '2026-11-10T08:00:00+08:00', { sequence: 2 })];
    // The same instant written in UTC is no change.
    const plan = planPublication(previous, [shift('A1/2026-11-10', '2026-11-10T00:00:00Z', { end: '2026-11-10T08:00:00Z' }), shift('A2/2026-11-10', '2026-11-10T08:00:00+08:00')]);
    expect(plan.sequences).toEqual(new Map([['A1/2026-11-10', 2], ['A2/2026-11-10', 0]]));
    expect(plan.cancelled).toEqual([]);
  });

  it('raises SEQUENCE when the time, queue or template changes', () => {
    const previous = [shift('A1/2026-11-10', '2026-11-10T08:00:00+08:00', { sequence: 1 }), shift('A2/2026-11-10', '2026-11-10T08:00:00+08:00')];
    const plan = planPublication(previous, [
      { ...shift('A1/2026-11-10', '2026-11-10T09:00:00+08:00'), end: '2026-11-10T17:00:00+08:00' },
      shift('A2/2026-11-10', '2026-11-10T08:00:00+08:00', { queue: 'after_sale' }),
    ]);
    expect(plan.sequences.get('A1/2026-11-10')).toBe(2);
    expect(plan.sequences.get('A2/2026-11-10')).toBe(1);
  });

  it('raises SEQUENCE when the note changes, but not for a blank note against none', () => {
    const day = '2026-11-10T08:00:00+08:00';
    const previous = [shift('A1/2026-11-10', day, { note: '带耳机' }), shift('A2/2026-11-10', day), shift('A3/2026-11-10', day, { note: 'same' })];
    const plan = planPublication(previous, [shift('A1/2026-11-10', day), shift('A2/2026-11-10', day, { note: '  ' }), shift('A3/2026-11-10', day, { note: 'same' })]);
    expect([...plan.sequences.values()]).toEqual([1, 0, 0]);
  });

  it('sends a removed shift as CANCELLED with a higher SEQUENCE, once', () => {
    const previous = [shift('A1/2026-11-10', '2026-11-10T08:00:00+08:00', { sequence: 3 })];
    const first = planPublication(previous, []);
    expect(first.cancelled).toEqual([{ ...previous[0], status: 'cancelled', sequence: 4 }]);
    const again = planPublication(first.cancelled, []);
    expect(again.cancelled).toEqual(first.cancelled);
  });

  it('revives a cancelled shift with a higher SEQUENCE', () => {
    const previous = [shift('A1/2026-11-10', '2026-11-10T08:00:00+08:00', { sequence: 4, status: 'cancelled' })];
    expect(planPublication(previous, [shift('A1/2026-11-10', '2026-11-10T08:00:00+08:00')]).sequences.get('A1/2026-11-10')).toBe(5);
  });
});

describe('editing a note in place', () => {
  it('keeps blanks out of storage and raises SEQUENCE only for a changed note on a published roster', () => {
    expect([normaliseShiftNote('  a, b  '), normaliseShiftNote(' \n '), normaliseShiftNote(null)]).toEqual(['a, b', null, null]);
    expect(sequenceAfterNoteEdit({ sequence: 2, note: 'a' }, 'b', 'published')).toBe(3);
    expect(sequenceAfterNoteEdit({ sequence: 2, note: 'a' }, 'a', 'published')).toBe(2);
    expect(sequenceAfterNoteEdit({ sequence: 2, note: null }, null, 'published')).toBe(2);
    expect(sequenceAfterNoteEdit({ sequence: 0, note: 'a' }, 'b', 'draft')).toBe(0);
  });
});
