import type { Kysely, Transaction } from 'kysely';
import { DomainError } from '../../shared/errors.ts';
import { planPublication } from '../../shared/roster/publish/planPublication.ts';
import { getEvent } from '../db/repositories/events.ts';
import { insertCancelledShifts, lockRosterEvent, publicationShifts, publishedRosterIn, setRosterStatus, setShiftSequences } from '../db/repositories/publication.ts';
import { getRoster, type RosterDetail } from '../db/repositories/rosters.ts';
import type { DB } from '../db/schema.ts';

/**
 * Publishes a draft roster in one transaction: the event row is locked so concurrent publishes queue up,
 * the previous published roster is superseded only together with the new one becoming published, and
 * calendar identities (uid, SEQUENCE, cancellations) carry over. A failure anywhere leaves the old one published.
 * `expectedPublishedRosterId` is the published roster the caller based its decision on (null: none); when
 * another one is published by now, VERSION_CONFLICT names it and nothing changes.
 */
export async function publishRoster(db: Kysely<DB>, rosterId: number, options: { expectedPublishedRosterId: number | null }): Promise<RosterDetail> {
  const eventId = await db.transaction().execute((trx) => publishInTransaction(trx, rosterId, options));
  const event = await getEvent(db, eventId);
  return getRoster(db, rosterId, event.timeZone);
}

/** The steps of publishRoster inside the caller's transaction; returns the roster's event id. */
export async function publishInTransaction(trx: Transaction<DB>, rosterId: number, options: { expectedPublishedRosterId: number | null }): Promise<number> {
  const { eventId, status } = await lockRosterEvent(trx, rosterId);
  if (status === 'published') return eventId;
  if (status === 'superseded') throw new DomainError('CONFLICT', `Roster ${rosterId} was published before and has been superseded; solve again to publish a new one`);
  const previous = await publishedRosterIn(trx, eventId);
  if (previous !== options.expectedPublishedRosterId) {
    throw new DomainError('VERSION_CONFLICT', `Another roster was published meanwhile (now ${previous ?? 'none'}, you expected ${options.expectedPublishedRosterId ?? 'none'}); review it before publishing`, [
      { field: 'expectedPublishedRosterId', message: `currently published: ${previous ?? 'none'}` },
    ]);
  }
  if (previous !== null) {
    await carryCalendarIdentity(trx, rosterId, previous);
    await setRosterStatus(trx, previous, 'superseded');
  }
  await setRosterStatus(trx, rosterId, 'published');
  return eventId;
}

/** Gives the new roster's shifts the SEQUENCE calendars expect after the previous one, and cancelled copies of dropped shifts. */
async function carryCalendarIdentity(trx: Transaction<DB>, rosterId: number, previousId: number): Promise<void> {
  const [old, fresh] = await Promise.all([publicationShifts(trx, previousId), publicationShifts(trx, rosterId)]);
  const plan = planPublication(old, fresh);
  const changed = fresh.filter((s) => (plan.sequences.get(s.uid) ?? 0) !== s.sequence).map((s) => ({ rowId: s.rowId, sequence: plan.sequences.get(s.uid) ?? 0 }));
  await setShiftSequences(trx, changed);
  const oldByUid = new Map(old.map((s) => [s.uid, s]));
  await insertCancelledShifts(
    trx,
    rosterId,
    plan.cancelled.map((s) => ({ ...oldByUid.get(s.uid)!, ...s })),
  );
}
