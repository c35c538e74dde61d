import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/connect.ts';
import { getRoster, storeRoster } from '../../server/db/repositories/rosters.ts';
import { getBaseline } from '../../server/db/repositories/scenarios.ts';
import { seedDemo } from '../../server/demo/seedDemo.ts';
import { publishRoster } from '../../server/services/publishRoster.ts';
import type { Assignment } from '../../shared/types.ts';
import { DATABASES, openTestDatabase } from '../db/setup.ts';
import { currentPublishedRosterId, rosterResult } from './fixtures.ts';
import { openTestApp, type TestApp } from './harness.ts';

const TZ = 'Asia/Shanghai';
const early = (agentId: string, date: string, hour = 8): Assignment => ({
  agentId,
  queue: 'pre_sale',
  template: 'E',
  start: `${date}T${String(hour).padStart(2, '0')}:00:00+08:00`,
  end: `${date}T${String(hour + 8).padStart(2, '0')}:00:00+08:00`,
});

for (const kind of DATABASES) {
  describe(`publishing on ${kind}`, () => {
    let database: Database;
    let eventId: number;
    let scenarioId: number;
    const store = (assignments: Assignment[]) => storeRoster(database.db, { eventId, scenarioId, scenarioVersion: 1, timeZone: TZ, result: rosterResult(assignments, [{ agentId: 'A082', fromQueue: 'after_sale', toQueue: 'pre_sale', start: '2026-11-10T08:00:00+08:00', end: '2026-11-10T16:00:00+08:00' }]) });

    beforeAll(async () => {
      database = await openTestDatabase(kind);
      eventId = (await seedDemo(database.db)).event.id;
      scenarioId = (await getBaseline(database.db, eventId)).id;
    });
    afterAll(() => database.close());

    it('publishes, then re-publishes keeping uids, bumping SEQUENCE on change and cancelling removed shifts', async () => {
      const first = await store([early('A001', '2026-11-10'), early('A002', '2026-11-10'), early('A003', '2026-11-10')]);
      const published = await publishRoster(database.db, first, { expectedPublishedRosterId: null });
      expect(published.status).toBe('published');
      expect(published.assignments.map((a) => [a.uid, a.sequence, a.status])).toEqual([
        ['A001/2026-11-10', 0, 'confirmed'],
        ['A002/2026-11-10', 0, 'confirmed'],
        ['A003/2026-11-10', 0, 'confirmed'],
      ]);
      const second = await store([early('A001', '2026-11-10'), early('A002', '2026-11-10', 9), early('A004', '2026-11-10')]);
      const republished = await publishRoster(database.db, second, { expectedPublishedRosterId: first });
      const byUid = new Map(republished.assignments.map((a) => [a.uid, a]));
      expect(byUid.get('A001/2026-11-10')).toMatchObject({ sequence: 0, status: 'confirmed' });
      expect(byUid.get('A002/2026-11-10')).toMatchObject({ sequence: 1, status: 'confirmed', start: '2026-11-10T09:00:00+08:00' });
      expect(byUid.get('A003/2026-11-10')).toMatchObject({ sequence: 1, status: 'cancelled' });
      expect(byUid.get('A004/2026-11-10')).toMatchObject({ sequence: 0, status: 'confirmed' });
      expect((await getRoster(database.db, first, TZ)).status).toBe('superseded');
      expect(republished.reassignments).toEqual([expect.objectContaining({ agentId: 'A082', fromQueue: 'after_sale', toQueue: 'pre_sale' })]);
    });

    it('lets exactly one of two concurrent publishes based on the same view win', async () => {
      const current = (await database.db.selectFrom('rosters').select('id').where('status', '=', 'published').executeTakeFirstOrThrow()).id;
      const [a, b] = [await store([early('A005', '2026-11-11')]), await store([early('A006', '2026-11-11')])];
      const outcomes = await Promise.allSettled([
        publishRoster(database.db, a, { expectedPublishedRosterId: current }),
        publishRoster(database.db, b, { expectedPublishedRosterId: current }),
      ]);
      expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
      const rejected = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
      expect(rejected.reason.code).toBe('VERSION_CONFLICT');
      const published = await database.db.selectFrom('rosters').select('id').where('status', '=', 'published').execute();
      expect(published).toHaveLength(1);
    });

    it('refuses to re-publish a superseded roster', async () => {
      const superseded = (await database.db.selectFrom('rosters').select('id').where('status', '=', 'superseded').orderBy('id').executeTakeFirstOrThrow()).id;
      const current = (await database.db.selectFrom('rosters').select('id').where('status', '=', 'published').executeTakeFirstOrThrow()).id;
      await expect(publishRoster(database.db, superseded, { expectedPublishedRosterId: current })).rejects.toMatchObject({ code: 'CONFLICT' });
    });
  });

  describe(`publishing through the API on ${kind}`, () => {
    let t: TestApp;
    let store: (assignments: Assignment[]) => Promise<number>;
    beforeAll(async () => {
      t = await openTestApp(kind);
      const scenarioId = (await getBaseline(t.database.db, t.eventId)).id;
      store = (assignments) => storeRoster(t.database.db, { eventId: t.eventId, scenarioId, scenarioVersion: 1, timeZone: TZ, result: rosterResult(assignments) });
    });
    afterAll(() => t.close());
    const publish = (rosterId: number, body?: unknown) => t.call('POST', `/api/rosters/${rosterId}/publish`, body);
    const statusOf = async (rosterId: number) => (await t.call('GET', `/api/rosters/${rosterId}`)).json.status;

    it('requires the published roster the caller was shown, naming the field when it is missing', async () => {
      const draft = await store([early('A001', '2026-11-10')]);
      for (const body of [undefined, {}, { expectedPublishedRosterId: 'none' }, { expectedPublishedRosterId: 0 }]) {
        const response = await publish(draft, body);
        expect(response.status, JSON.stringify(body)).toBe(400);
        expect(response.json.error.message, JSON.stringify(body)).toMatch(/expectedPublishedRosterId/);
      }
      expect(await statusOf(draft)).toBe('draft');
      expect((await publish(draft, { expectedPublishedRosterId: null })).status).toBe(200);
    });

    it('lets exactly one of two concurrent publishes based on the same view win; the other gets 409 naming the current roster', async () => {
      const view = await currentPublishedRosterId(t);
      expect(view).not.toBeNull();
      const candidates = [await store([early('A005', '2026-11-11')]), await store([early('A006', '2026-11-11')])];
      const responses = await Promise.all(candidates.map((id) => publish(id, { expectedPublishedRosterId: view })));
      expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
      const winner = candidates[responses.findIndex((r) => r.status === 200)];
      const loser = candidates[responses.findIndex((r) => r.status === 409)];
      expect(responses.find((r) => r.status === 409)!.json.error).toMatchObject({
        code: 'VERSION_CONFLICT',
        details: [{ field: 'expectedPublishedRosterId', message: `currently published: ${winner}` }],
      });
      expect(await currentPublishedRosterId(t)).toBe(winner);
      expect(await statusOf(loser)).toBe('draft');
      expect(await statusOf(view!)).toBe('superseded');
      // Based on "nothing published yet" while something is: refused as well.
      expect((await publish(loser, { expectedPublishedRosterId: null })).status).toBe(409);
      // Based on what is published now: the loser can be published after all.
      expect((await publish(loser, { expectedPublishedRosterId: winner })).status).toBe(200);
    });
  });
}
