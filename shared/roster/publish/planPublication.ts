import { sameShiftNote } from './shiftNote.ts';

/** What a calendar needs to follow one shift across publishes. */
export interface PublishedShift {
  uid: string;
  agentId: string;
  queue: string;
  template: string;
  start: string;
  end: string;
  sequence: number;
  status: 'confirmed' | 'cancelled';
  /** The supervisor's note, shown in DESCRIPTION. */
  note?: string | null;
}

export interface PublicationPlan {
  /** The SEQUENCE each new shift gets, by uid. */
  sequences: Map<string, number>;
  /** Shifts of the previous publication that are gone now: kept as CANCELLED so subscribed calendars drop them. */
  cancelled: PublishedShift[];
}

/**
 * Decides SEQUENCE numbers and cancellations for a re-publish. A shift keeps its uid (agent + calendar day)
 * across publishes; its SEQUENCE rises only when its time, queue, template or note changes (RFC 5545 3.8.7.4), and
 * a shift that disappears is sent once more as CANCELLED with a higher SEQUENCE.
 */
export function planPublication(previous: readonly PublishedShift[], next: readonly Omit<PublishedShift, 'sequence' | 'status'>[]): PublicationPlan {
  const before = new Map(previous.map((s) => [s.uid, s]));
  const sequences = new Map<string, number>();
  for (const shift of next) {
    const old = before.get(shift.uid);
    if (!old) sequences.set(shift.uid, 0);
    else if (old.status === 'cancelled' || changed(old, shift)) sequences.set(shift.uid, old.sequence + 1);
    else sequences.set(shift.uid, old.sequence);
  }
  const kept = new Set(next.map((s) => s.uid));
  const cancelled = previous
    .filter((s) => !kept.has(s.uid))
    .map((s) => (s.status === 'cancelled' ? s : { ...s, status: 'cancelled' as const, sequence: s.sequence + 1 }));
  return { sequences, cancelled };
}

function changed(a: Omit<PublishedShift, 'sequence' | 'status'>, b: Omit<PublishedShift, 'sequence' | 'status'>): boolean {
  return Date.parse(a.start) !== Date.parse(b.start) || Date.parse(a.end) !== Date.parse(b.end) || a.queue !== b.queue || a.template !== b.template || !sameShiftNote(a.note, b.note);
}
