import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES } from '../db/setup.ts';
import { waitForJob } from './fixtures.ts';
import { openTestApp, type TestApp } from './harness.ts';

for (const kind of DATABASES) {
  describe(`simulating a roster through the API on ${kind}`, () => {
    let t: TestApp;
    let baselineId: number;
    beforeAll(async () => {
      t = await openTestApp(kind);
      baselineId = (await t.call('GET', `/api/events/${t.eventId}/scenarios`)).json[0].id;
    });
    afterAll(() => t.close());

    it('refuses to simulate before the scenario is solved, saying why, without queueing a job', async () => {
      const refused = await t.call('POST', `/api/scenarios/${baselineId}/simulate`);
      expect(refused.status).toBe(409);
      expect(refused.json.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('solve it before simulating'), details: [{ field: 'roster' }] });
      const jobs = await t.database.db.selectFrom('job_runs').select('id').where('kind', '=', 'simulate').execute();
      expect(jobs).toEqual([]);
    });

    it('simulates the solved demo at every cap, recommends a cap per queue over five seeds, and feeds the comparison', async () => {
      await waitForJob(t, (await t.call('POST', `/api/scenarios/${baselineId}/solve`)).json.id);
      const job = await waitForJob(t, (await t.call('POST', `/api/scenarios/${baselineId}/simulate`)).json.id);
      expect(job.status).toBe('succeeded');
      const simulation = (await t.call('GET', `/api/scenarios/${baselineId}/simulation`)).json;
      const caps = simulation.result.sweep.caps.map((c: { cap: number }) => c.cap);
      expect(caps).toEqual([3, 4, 5, 6, 8, 10, 15]);
      type Counts = { arrivals: number; served: number; abandoned: number; openAtEnd: number };
      for (const c of simulation.result.sweep.caps as { overall: Counts; byHour: Counts[] }[]) {
        for (const o of [c.overall, ...c.byHour]) expect(o.arrivals).toBe(o.served + o.abandoned + o.openAtEnd);
      }
      // Per queue: a recommendation over five seeds among the caps tried, its own cap (4) among the estimates.
      const recommended = simulation.result.sweep.recommended as Record<string, { cap: number; seeds: number; estimates: { cap: number }[] }>;
      expect(Object.keys(recommended).sort()).toEqual(['after_sale', 'logistics', 'pre_sale']);
      for (const r of Object.values(recommended)) {
        expect(r.seeds).toBe(5);
        expect(caps).toContain(r.cap);
        expect(r.estimates.map((e) => e.cap)).toEqual(caps);
      }
      expect(simulation.result.summary.caps).toEqual({ pre_sale: 4, after_sale: 4, logistics: 4 });
      expect(simulation.result.summary.recommendedCaps).toEqual(Object.fromEntries(Object.entries(recommended).map(([q, r]) => [q, r.cap])));
      // The summary is each queue at its own planned cap, with the requirement's chat model and shrinkage as breaks.
      expect(simulation.result.sweep.planned.caps).toEqual({ pre_sale: 4, after_sale: 4, logistics: 4 });
      expect(simulation.result.summary.serviceLevel).toBe(simulation.result.sweep.planned.overall.withinSla);
      expect(simulation.result.sweep.planned.measures.taobaoThreeMinuteRate).toBeGreaterThan(simulation.result.sweep.planned.measures.jdThirtySecondRate);
      const midnight = simulation.result.sweep.caps[0].byHour.find((h: { hourStart: string; queue: string }) => h.hourStart === '2026-11-11T00:00:00+08:00' && h.queue === 'pre_sale');
      expect(midnight.abandoned).toBeGreaterThan(0);
      const comparison = (await t.call('GET', `/api/scenarios/compare?ids=${baselineId},${baselineId}`)).json;
      expect(comparison.scenarios[0].serviceLevel).toBe(simulation.result.summary.serviceLevel);
      expect(comparison.scenarios[0].abandonmentRate).toBeGreaterThan(0);
    }, 300_000);

    it('takes the break share from the scenario (the queues\' shrinkage by default): agents on staggered breaks answer fewer customers in time', async () => {
      const summaryAt = async (params: Record<string, unknown>) => {
        const clone = (await t.call('POST', `/api/events/${t.eventId}/scenarios`, { name: `breaks ${JSON.stringify(params)}`, params: { simulationCaps: [4], ...params } })).json;
        await waitForJob(t, (await t.call('POST', `/api/scenarios/${clone.id}/solve`)).json.id);
        expect((await waitForJob(t, (await t.call('POST', `/api/scenarios/${clone.id}/simulate`)).json.id)).status).toBe('succeeded');
        return (await t.call('GET', `/api/scenarios/${clone.id}/simulation`)).json.result.summary;
      };
      const withoutBreaks = await summaryAt({ simulationBreakShare: 0 });
      const withBreaks = await summaryAt({ simulationBreakShare: 0.4 });
      expect(withBreaks.serviceLevel).toBeLessThan(withoutBreaks.serviceLevel - 0.02);
      expect(withBreaks.abandonmentRate).toBeGreaterThan(withoutBreaks.abandonmentRate);
      const refused = await t.call('POST', `/api/events/${t.eventId}/scenarios`, { name: 'too many breaks', params: { simulationBreakShare: 1 } });
      expect(refused.status).toBe(400);
      expect(JSON.stringify(refused.json.error)).toContain('simulationBreakShare');
    }, 300_000);
  });
}
