import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEGAL_FIGURES } from '../../shared/labour/legalFigures.ts';
import { DATABASES } from '../db/setup.ts';
import { shiftOn as shift, storeBaselineRoster } from './fixtures.ts';
import { openTestApp, type TestApp } from './harness.ts';

for (const kind of DATABASES) {
  describe(`a roster's excess over the legal working-time figures on ${kind}`, () => {
    let t: TestApp;
    let rosterId: number;
    beforeAll(async () => {
      t = await openTestApp(kind);
      rosterId = await storeBaselineRoster(t, [
        // A001 (full time): Monday 11-16 to Saturday 11-21, the sixth day's 8 h past 40 on a rest day.
        ...[16, 17, 18, 19, 20, 21].map((day) => shift('A001', day)),
        // A013 (part time): a 10-hour and an 8-hour day, over 4 h a day on average; the first 2 h past 8 in a day.
        shift('A013', 16, 9, { end: '2026-11-16T19:00:00+08:00' }),
        shift('A013', 17, 9),
        // A002: one ordinary day, no excess.
        shift('A002', 16),
      ]);
    });
    afterAll(() => t.close());

    it('lists each excess with its overtime hours and pay rate, against the legal figures', async () => {
      const response = await t.call('GET', `/api/rosters/${rosterId}/legal-excess`);
      expect(response.status).toBe(200);
      expect(response.json.rosterId).toBe(rosterId);
      expect(response.json.legalFigures).toEqual({ ...LEGAL_FIGURES });
      expect(response.json.rows).toEqual([
        { agentId: 'A001', kind: 'weekHours', from: '2026-11-16', to: '2026-11-21', hours: 48, limit: 40, overtimeHours: 8, payRatePercent: 200, overtimePayHours: 16 },
        { agentId: 'A013', kind: 'partTimeDayAverage', from: '2026-11-16', to: '2026-11-17', hours: 18, limit: 4, overtimeHours: 2, payRatePercent: 150, overtimePayHours: 3 },
        { agentId: 'A013', kind: 'dailyOvertime', from: '2026-11-16', to: '2026-11-16', hours: 10, limit: 9, overtimeHours: 2, payRatePercent: 150, overtimePayHours: 3 },
      ]);
    });

    it('answers 404 for a roster that does not exist and 400 naming the field for a bad id', async () => {
      const missing = await t.call('GET', '/api/rosters/999999/legal-excess');
      expect(missing.status).toBe(404);
      expect(missing.json.error.message).toContain('Roster 999999');
      const bad = await t.call('GET', '/api/rosters/abc/legal-excess');
      expect(bad.status).toBe(400);
      expect(bad.json.error.message).toContain('rosterId');
    });
  });
}
