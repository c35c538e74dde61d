import { sql, type Kysely, type Transaction } from 'kysely';
import { DomainError } from '../../shared/errors.ts';
import { planPublication, type PublishedShift } from '../../shared/roster/publish/planPublication.ts';
import { getEvent } from '../db/repositories/events.ts';
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
  const eventId = await db.transaction().execute(async (trx) => {
    const roster = await trx.selectFrom('rosters').select(['id', 'event_id', 'status']).where('id', '=', rosterId).executeTakeFirst();
    if (!roster) throw new DomainError('NOT_FOUND', `Roster ${rosterId} does not exist`);
    await trx.selectFrom('events').select('id').where('id', '=', roster.event_id).forUpdate().execute();
    const current = await trx.selectFrom('rosters').select(['status']).where('id', '=', rosterId).executeTakeFirstOrThrow();
    if (current.status === 'published') return roster.event_id;
    if (current.status === 'superseded') throw new DomainError('CONFLICT', `Roster ${rosterId} was published before and has been superseded; solve again to publish a new one`);
    const previous = await trx.selectFrom('rosters').select('id').where('event_id', '=', roster.event_id).where('status', '=', 'published').executeTakeFirst();
    if ((previous?.id ?? null) !== options.expectedPublishedRosterId) {
      throw new DomainError('VERSION_CONFLICT', `Another roster was published meanwhile (now ${previous?.id ?? 'none'}, you expected ${options.expectedPublishedRosterId ?? 'none'}); review it before publishing`, [
        { field: 'expectedPublishedRosterId', message: `currently published: ${previous?.id ?? 'none'}` },
      ]);
    }
    await carryCalendarIdentity(trx, rosterId, previous?.id);
    if (previous) await trx.updateTable('rosters').set({ status: 'superseded' }).where('id', '=', previous.id).execute();
    await trx.updateTable('rosters').set({ status: 'published', published_at: new Date() }).where('id', '=', rosterId).execute();
    return roster.event_id;
  });
  const event = await getEvent(db, eventId);
  return getRoster(db, rosterId, event.timeZone);
}

async function carryCalendarIdentity(trx: Transaction<DB>, rosterId: number, previousId: number | undefined): Promise<void> {
  if (previousId === undefined) return;
  const load = (id: number) =>
    trx.selectFrom('assignments').select(['id', 'shift_uid', 'agent_id', 'agent_key', 'queue', 'template', 'starts_at', 'ends_at', 'sequence', 'status', 'reassigned_from', 'note']).where('roster_id', '=', id).execute();
  const [old, fresh] = await Promise.all([load(previousId), load(rosterId)]);
  const toShift = (r: (typeof old)[number]): PublishedShift => ({
    uid: r.shift_uid,
    agentId: r.agent_key,
    queue: r.queue,
    template: r.template,
    start: r.starts_at.toISOString(),
    end: r.ends_at.toISOString(),
    sequence: r.sequence,
    status: r.status,
    note: r.note,
  });
  const plan = planPublication(old.map(toShift), fresh.map(toShift));
  const changed = fresh.filter((r) => (plan.sequences.get(r.shift_uid) ?? 0) !== r.sequence);
  if (changed.length > 0) {
    const values = sql.join(changed.map((r) => sql`(${Number(r.id)}::bigint, ${plan.sequences.get(r.shift_uid)}::int)`));
    await sql`update assignments set sequence = v.seq from (values ${values}) as v(id, seq) where assignments.id = v.id`.execute(trx);
  }
  const oldByUid = new Map(old.map((r) => [r.shift_uid, r]));
  const cancelledRows = plan.cancelled.map((s) => {
    const source = oldByUid.get(s.uid)!;
    return { roster_id: rosterId, agent_id: source.agent_id, agent_key: s.agentId, queue: s.queue, template: s.template, starts_at: s.start, ends_at: s.end, reassigned_from: source.reassigned_from, shift_uid: s.uid, sequence: s.sequence, status: 'cancelled' as const, note: source.note };
  });
  for (let i = 0; i < cancelledRows.length; i += 2000) await trx.insertInto('assignments').values(cancelledRows.slice(i, i + 2000)).execute();
}
