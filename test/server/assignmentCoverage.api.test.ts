import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES } from '../db/setup.ts';
import { shiftOn, storeBaselineRoster } from './fixtures.ts';
import { openTestApp, type TestApp } from './harness.ts';

const TEMP = 1 / 1.3;
const BORROWED = 1 / 1.2;

for (const kind of DATABASES) {
  describe(`a stored shift's coverage weight on ${kind}`, () => {
    let t: TestApp;
    let rosterId: number;
    beforeAll(async () => {
      t = await openTestApp(kind);
      rosterId = await storeBaselineRoster(t, [
        shiftOn('A001', 10, 16, { template: 'M' }),
        shiftOn('TEMP-001', 10, 18, { template: 'TEMP', end: '2026-11-10T22:00:00+08:00', coverage: TEMP }),
        shiftOn('BORROWED-001', 10, 18, { template: 'BORROWED', end: '2026-11-10T22:00:00+08:00', coverage: BORROWED }),
      ]);
    });
    afterAll(() => t.close());

    it('reads back exactly as stored, and absent for the team', async () => {
      const { status, json } = await t.call('GET', `/api/rosters/${rosterId}`);
      expect(status).toBe(200);
      const byAgent = new Map(json.assignments.map((a: { agentId: string }) => [a.agentId, a]));
      expect(byAgent.get('TEMP-001')).toMatchObject({ coverage: TEMP });
      expect(byAgent.get('BORROWED-001')).toMatchObject({ coverage: BORROWED });
      expect(byAgent.get('A001')).not.toHaveProperty('coverage');
    });

    it('is what the re-plan counts a booked temp and a borrowed agent as', async () => {
      await t.call('POST', `/api/rosters/${rosterId}/publish`, { expectedPublishedRosterId: null });
      const { status, json } = await t.call('POST', `/api/events/${t.eventId}/replan`, { now: '2026-11-10T20:00:00+08:00', allowed: ['overtime'], serviceHours: 1 });
      expect(status, JSON.stringify(json)).toBe(200);
      const at20 = json.hours.find((h: { hourStart: string; queue: string }) => h.hourStart === '2026-11-10T20:00:00+08:00' && h.queue === 'pre_sale');
      expect(at20.staffedBefore).toBe(Math.round((1 + TEMP + BORROWED) * 100) / 100);
    });
  });
}
