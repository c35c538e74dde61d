import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES } from '../db/setup.ts';
import { shiftOn, storeBaselineRoster } from './fixtures.ts';
import { openTestApp, type TestApp } from './harness.ts';

const csv = { 'content-type': 'text/csv' };
const team = ['A001', 'A002', 'A003'];

for (const kind of DATABASES) {
  describe(`the intraday re-plan on ${kind}`, () => {
    let t: TestApp;
    let publishedId: number;
    beforeAll(async () => {
      t = await openTestApp(kind);
      // A010 works after the event window: the re-plan leaves it alone.
      const draft = await storeBaselineRoster(t, [...team.map((id) => shiftOn(id, 10, 16, { template: 'M' })), shiftOn('A010', 13)]);
      publishedId = (await t.call('POST', `/api/rosters/${draft}/publish`, { expectedPublishedRosterId: null })).json.id;
      const forecast: { hourStart: string; queue: string; inquiries: number }[] = (await t.call('GET', `/api/events/${t.eventId}/forecast`)).json;
      const ran = forecast.filter((r) => r.queue === 'pre_sale' && r.hourStart >= '2026-11-10T14' && r.hourStart < '2026-11-10T20');
      await t.call('POST', `/api/events/${t.eventId}/actuals/import`, `start,queue,inquiries\n${ran.map((r) => `${r.hourStart},pre_sale,${Math.round(r.inquiries * 1.3)}`).join('\n')}\n`, csv);
    });
    afterAll(() => t.close());

    const replan = (body: unknown) => t.call('POST', `/api/events/${t.eventId}/replan`, body);

    it('suggests overtime that reduces the shortfall without publishing anything', async () => {
      const { status, json } = await replan({ allowed: ['overtime'] });
      expect(status, JSON.stringify(json)).toBe(200);
      expect(json).toMatchObject({ now: '2026-11-10T20:00:00+08:00', rosterId: publishedId, applied: false });
      expect(json.factor.pre_sale).toBeCloseTo(1.3, 2);
      expect(json.changes.map((c: { agentId: string }) => c.agentId).sort()).toEqual(team);
      expect(json.after.shortAgentHours).toBeLessThan(json.before.shortAgentHours);
      expect((await t.call('GET', `/api/events/${t.eventId}/roster`)).json.id).toBe(publishedId);
    });

    it('names a bad field and never answers 500', async () => {
      for (const body of [{ now: 'tonight' }, { allowed: ['magic'] }, { factor: { pre_sale: 50 } }, { noticeHours: -1 }, { surprise: 1 }, { serviceHours: 0 }, { serviceHours: 25 }, { serviceHours: 1.5 }]) {
        const { status, json } = await replan(body);
        expect(status, JSON.stringify(body)).toBe(400);
        expect(JSON.stringify(json.error)).toMatch(/now|allowed|factor|noticeHours|surprise|serviceHours/);
      }
    });

    it('applies as a new published roster: extended shifts raise SEQUENCE, untouched ones keep theirs', async () => {
      const stale = await replan({ allowed: ['overtime'], apply: true, expectedPublishedRosterId: publishedId + 1000 });
      expect(stale.status).toBe(409);
      const { status, json } = await replan({ allowed: ['overtime'], apply: true, expectedPublishedRosterId: publishedId });
      expect(status, JSON.stringify(json)).toBe(200);
      expect(json.applied).toBe(true);
      expect(json.rosterId).not.toBe(publishedId);
      const roster = (await t.call('GET', `/api/events/${t.eventId}/roster`)).json;
      expect(roster.id).toBe(json.rosterId);
      for (const change of json.changes) {
        const shift = roster.assignments.find((a: { agentId: string }) => a.agentId === change.agentId);
        expect(shift).toMatchObject({ end: change.end, overtimeHours: expect.any(Number), sequence: 1, status: 'confirmed' });
      }
      expect(roster.assignments.find((a: { agentId: string }) => a.agentId === 'A010')).toMatchObject({ sequence: 0, status: 'confirmed' });
      expect((await t.call('GET', `/api/rosters/${publishedId}`)).json.status).toBe('superseded');
    });
  });
}
