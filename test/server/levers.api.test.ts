import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES } from '../db/setup.ts';
import { waitForJob } from './fixtures.ts';
import { openTestApp, type TestApp } from './harness.ts';

type Row = { hourStart: string; queue: string; requiredAgents: number };
const need = (rows: Row[], queue: string) => rows.filter((r) => r.queue === queue).reduce((sum, r) => sum + r.requiredAgents, 0);

for (const kind of DATABASES) {
  describe(`scenario levers through the API on ${kind}`, () => {
    let t: TestApp;
    let baselineId: number;
    beforeAll(async () => {
      t = await openTestApp(kind);
      baselineId = (await t.call('GET', `/api/events/${t.eventId}/scenarios`)).json[0].id;
    });
    afterAll(() => t.close());

    it('refuses a bad lever value with 400 naming the field, and an unknown lever by name', async () => {
      const negative = await t.call('PATCH', `/api/scenarios/${baselineId}`, { version: 1, params: { levers: { temps: { maxPerDay: -3 } } } });
      expect(negative.status).toBe(400);
      expect(negative.json.error.details[0].field).toBe('params.levers.temps.maxPerDay');
      const cap = await t.call('PATCH', `/api/scenarios/${baselineId}`, { version: 1, params: { levers: { caps: { pre_sale: [4, 0] } } } });
      expect(cap.status).toBe(400);
      expect(cap.json.error.details[0].field).toBe('params.levers.caps.pre_sale.1');
      const unknown = await t.call('PATCH', `/api/scenarios/${baselineId}`, { version: 1, params: { levers: { tmeps: { maxPerDay: 3 } } } });
      expect(unknown.status).toBe(400);
      expect(unknown.json.error.message).toContain('tmeps');
      expect((await t.call('GET', `/api/scenarios/${baselineId}`)).json.version).toBe(1);
    });

    it('solves at each candidate cap, keeps the cheaper, and makes its requirement the scenario\'s', async () => {
      const baseRows: Row[] = (await t.call('GET', `/api/scenarios/${baselineId}/requirement`)).json;
      const created = await t.call('POST', `/api/events/${t.eventId}/scenarios`, { name: 'caps', params: { levers: { caps: { pre_sale: [3, 6] } } } });
      expect(created.status).toBe(201);
      const id = created.json.id;
      const job = await waitForJob(t, (await t.call('POST', `/api/scenarios/${id}/solve`)).json.id);
      expect(job.status).toBe('succeeded');
      const roster = (await t.call('GET', `/api/scenarios/${id}/roster`)).json;
      const advice = roster.diagnostics.advice.filter((a: { kind: string }) => a.kind === 'cap');
      expect(advice).toHaveLength(1);
      const chosen = advice[0].cap;
      expect([3, 6]).toContain(chosen);
      expect(advice[0].message).toBe(`pre-sale cap ${chosen}`);
      // The plan's before: the same event at the scenario's own cap with no lever, stored beside the roster's figures.
      const { before } = roster.diagnostics;
      expect(before.cost.totalCny).toBeCloseTo(before.cost.wagesCny + before.cost.overtimeCny + before.cost.tempsCny + before.cost.borrowedCny + before.cost.lostGmvCny, 6);
      expect(before.cost.tempsCny).toBe(0);
      expect(before.coverage.shortHours).toBeGreaterThanOrEqual(0);
      expect(before.coverage.shortAgentHours).toBeGreaterThanOrEqual(0);
      // The scenario's requirement is now the one at the chosen cap: pre-sale changes, the other queues do not.
      const rows: Row[] = (await t.call('GET', `/api/scenarios/${id}/requirement`)).json;
      if (chosen === 3) expect(need(rows, 'pre_sale')).toBeGreaterThan(need(baseRows, 'pre_sale'));
      else expect(need(rows, 'pre_sale')).toBeLessThan(need(baseRows, 'pre_sale'));
      expect(need(rows, 'after_sale')).toBe(need(baseRows, 'after_sale'));
      // Its shortfall is measured against that requirement.
      const short = roster.shortfall.find((s: Row & { required: number }) => s.queue === 'pre_sale');
      expect(short.required).toBe(rows.find((r) => r.queue === 'pre_sale' && r.hourStart === short.hourStart)!.requiredAgents);
      const queues = (await t.call('GET', `/api/events/${t.eventId}/queues?scenarioId=${id}`)).json;
      expect(queues.find((q: { code: string }) => q.code === 'pre_sale').params.concurrencyCap).toBe(chosen);
    });
  });
}
