import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES } from '../db/setup.ts';
import { waitForJob } from './fixtures.ts';
import { openTestApp, PASSWORD, type TestApp } from './harness.ts';

type Shift = { agentId: string; queue: string; start: string; end: string; status: string };
type HourlyValue = { scenarioId: number; required: number | null; scheduled: number | null };

/** Confirmed shifts on duty in the hour starting at hourStart, counted independently of the server. */
function onDuty(shifts: Shift[], hourStart: string, queue: string): number {
  const at = Date.parse(hourStart);
  return shifts.filter((s) => s.status === 'confirmed' && s.queue === queue && Date.parse(s.start) < at + 3600_000 && Date.parse(s.end) > at).length;
}

for (const kind of DATABASES) {
  describe(`scenarios API on ${kind}`, () => {
    let t: TestApp;
    let baselineId: number;
    beforeAll(async () => {
      t = await openTestApp(kind);
      baselineId = (await t.call('GET', `/api/events/${t.eventId}/scenarios`)).json[0].id;
    });
    afterAll(() => t.close());

    it('clones the baseline and edits with the version it was based on', async () => {
      const clone = await t.call('POST', `/api/events/${t.eventId}/scenarios`, { name: 'Cap 8' });
      expect(clone.status).toBe(201);
      expect(clone.json).toMatchObject({ parentId: baselineId, isBaseline: false, version: 1 });
      const edited = await t.call('PATCH', `/api/scenarios/${clone.json.id}`, { version: 1, params: { requirement: { defaults: { concurrencyCap: 8 } } } });
      expect(edited.status).toBe(200);
      expect(edited.json.version).toBe(2);
      const stale = await t.call('PATCH', `/api/scenarios/${clone.json.id}`, { version: 1, name: 'lost update' });
      expect(stale.status).toBe(409);
      expect(stale.json.error).toMatchObject({ code: 'VERSION_CONFLICT', details: [{ field: 'version', message: 'current version is 2' }] });
      expect((await t.call('GET', `/api/scenarios/${clone.json.id}`)).json.name).toBe('Cap 8');
    });

    it('lets exactly one of two concurrent edits of one version, from two supervisors\' sessions, win', async () => {
      expect((await t.call('POST', '/api/users', { username: 'sup2', password: PASSWORD, role: 'supervisor' }, { as: 'boss' })).status).toBe(201);
      expect((await t.login('sup2')).status).toBe(200);
      const clone = (await t.call('POST', `/api/events/${t.eventId}/scenarios`, { name: 'race' })).json;
      const results = await Promise.all([
        t.call('PATCH', `/api/scenarios/${clone.id}`, { version: 1, name: 'first' }, { as: 'sup' }),
        t.call('PATCH', `/api/scenarios/${clone.id}`, { version: 1, name: 'second' }, { as: 'sup2' }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      // No lost update: the stored scenario is the winner's edit.
      const winner = results.find((r) => r.status === 200)!.json;
      expect((await t.call('GET', `/api/scenarios/${clone.id}`)).json).toMatchObject({ version: 2, name: winner.name });
    });

    it('names bad params by path', async () => {
      const bad = await t.call('PATCH', `/api/scenarios/${baselineId}`, { version: 1, params: { volume: { byQueue: { pre_sale: -1 } } } });
      expect(bad.status).toBe(400);
      expect(bad.json.error.details[0].field).toBe('params.volume.byQueue.pre_sale');
      const unknownAgent = await t.call('POST', `/api/events/${t.eventId}/scenarios`, { name: 'x', params: { headcount: { removeAgentIds: ['Z999'] } } });
      expect(unknownAgent.status).toBe(400);
      expect(unknownAgent.json.error.message).toContain('Z999');
      const impossible = await t.call('POST', `/api/events/${t.eventId}/scenarios`, { name: 'x', params: { rules: { minRestHours: 1000 } } });
      expect(impossible.status).toBe(400);
      expect(impossible.json.error.details[0].field).toBe('rules.minRestHours');
    });

    it('computes a scenario requirement that follows its volume multiplier', async () => {
      const busier = (await t.call('POST', `/api/events/${t.eventId}/scenarios`, { name: '+50%', params: { volume: { byQueue: { pre_sale: 1.5 } } } })).json;
      const base = (await t.call('GET', `/api/scenarios/${baselineId}/requirement`)).json;
      const more = (await t.call('GET', `/api/scenarios/${busier.id}/requirement`)).json;
      const pick = (rows: { hourStart: string; queue: string; inquiries: number }[]) => rows.find((r) => r.hourStart === '2026-11-11T10:00:00+08:00' && r.queue === 'pre_sale')!;
      expect(pick(more).inquiries).toBe(Math.round(pick(base).inquiries * 1.5));
      const comparison = await t.call('GET', `/api/scenarios/compare?ids=${baselineId},${busier.id}`);
      expect(comparison.status).toBe(200);
      expect(comparison.json.scenarios.map((s: { scenarioId: number }) => s.scenarioId)).toEqual([baselineId, busier.id]);
      expect(comparison.json.scenarios[1].requiredAgentHours).toBeGreaterThan(comparison.json.scenarios[0].requiredAgentHours);
      expect(comparison.json.hourlyDifferences.every((d: { queue: string }) => d.queue === 'pre_sale')).toBe(true);
    });

    it('lists queues with the parameters a scenario gives them', async () => {
      const base = (await t.call('GET', `/api/events/${t.eventId}/queues`)).json;
      expect(base.map((q: { code: string; nameZh: string }) => [q.code, q.nameZh])).toEqual([['pre_sale', '售前'], ['after_sale', '售后'], ['logistics', '查件']]);
      expect(base[0].params.concurrencyCap).toBe(4);
      const cap8 = (await t.call('POST', `/api/events/${t.eventId}/scenarios`, { name: 'q', params: { requirement: { queues: { pre_sale: { concurrencyCap: 8 } } } } })).json;
      const changed = (await t.call('GET', `/api/events/${t.eventId}/queues?scenarioId=${cap8.id}`)).json;
      expect(changed.map((q: { params: { concurrencyCap: number } }) => q.params.concurrencyCap)).toEqual([8, 4, 4]);
      expect((await t.call('GET', '/api/events/999999/queues')).status).toBe(404);
    });

    it('compares two solved scenarios by paid hours, shortfall and the agents really on duty each hour', async () => {
      const removed = Array.from({ length: 20 }, (_, i) => `A${String(i + 1).padStart(3, '0')}`);
      const fewer = (await t.call('POST', `/api/events/${t.eventId}/scenarios`, { name: '20 fewer', params: { headcount: { removeAgentIds: removed } } })).json;
      for (const id of [baselineId, fewer.id]) expect((await waitForJob(t, (await t.call('POST', `/api/scenarios/${id}/solve`)).json.id)).status).toBe('succeeded');
      const [base, lean] = [(await t.call('GET', `/api/scenarios/${baselineId}/roster`)).json, (await t.call('GET', `/api/scenarios/${fewer.id}/roster`)).json];
      const comparison = await t.call('GET', `/api/scenarios/compare?ids=${baselineId},${fewer.id}`);
      expect(comparison.status).toBe(200);
      const [a, b] = comparison.json.scenarios;
      const short = (roster: { shortfall: { required: number; scheduled: number }[] }) => roster.shortfall.reduce((sum, s) => sum + s.required - s.scheduled, 0);
      expect(a).toMatchObject({ scenarioId: baselineId, paidHours: base.stats.paidHours, shortfallAgentHours: short(base), reassignments: base.reassignments.length });
      expect(b).toMatchObject({ scenarioId: fewer.id, paidHours: lean.stats.paidHours, shortfallAgentHours: short(lean), reassignments: lean.reassignments.length });
      expect(b.paidHours).toBeLessThan(a.paidHours);
      expect(b.shortfallAgentHours).toBeGreaterThan(a.shortfallAgentHours);
      // Each side carries its roster's own price: fewer staff, more GMV at risk.
      expect(a).toMatchObject({ totalCostCny: base.diagnostics.cost.totalCny, lostGmvCny: base.diagnostics.cost.lostGmvCny });
      expect(b).toMatchObject({ totalCostCny: lean.diagnostics.cost.totalCny, lostGmvCny: lean.diagnostics.cost.lostGmvCny });
      expect(b.lostGmvCny).toBeGreaterThan(a.lostGmvCny);
      // Same requirement, different staff: every differing hour differs in agents on duty, counted from each roster's shifts.
      const rows: { hourStart: string; queue: string; values: HourlyValue[] }[] = comparison.json.hourlyDifferences;
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        const [x, y] = row.values;
        expect(x.required).toBe(y.required);
        expect(x.scheduled).toBe(onDuty(base.assignments, row.hourStart, row.queue));
        expect(y.scheduled).toBe(onDuty(lean.assignments, row.hourStart, row.queue));
        expect(x.scheduled).not.toBe(y.scheduled);
      }
      // Over-coverage shows: hours with more agents on duty than required are not flattened to the requirement.
      expect(rows.some((r) => r.values.some((v) => v.scheduled! > v.required!))).toBe(true);
    });

    it('refuses malformed, unknown and cross-event ids, naming ids', async () => {
      for (const ids of ['', 'abc', '1', '1,,2', '1;2', '-1,2']) {
        const bad = await t.call('GET', `/api/scenarios/compare?ids=${ids}`);
        expect(bad.status, ids).toBe(400);
        expect(bad.json.error.details[0].field, ids).toBe('ids');
      }
      const unknown = await t.call('GET', `/api/scenarios/compare?ids=${baselineId},999999`);
      expect(unknown.status).toBe(404);
      expect(unknown.json.error.message).toContain('999999');
      const other = (
        await t.call('POST', '/api/events', { name: 'other', horizonStart: '2026-06-15T00:00:00+08:00', horizonEnd: '2026-06-20T00:00:00+08:00', windowStart: '2026-06-17T00:00:00+08:00', windowEnd: '2026-06-19T00:00:00+08:00' })
      ).json;
      const otherBaseline = (await t.call('GET', `/api/events/${other.id}/scenarios`)).json[0].id;
      const mixed = await t.call('GET', `/api/scenarios/compare?ids=${baselineId},${otherBaseline}`);
      expect(mixed.status).toBe(400);
      expect(mixed.json.error).toMatchObject({ code: 'INVALID_INPUT', details: [{ field: 'ids' }] });
      expect(mixed.json.error.message).toContain(`event ${other.id}`);
    });

    it('does not delete the baseline', async () => {
      const response = await t.call('DELETE', `/api/scenarios/${baselineId}`);
      expect(response.status).toBe(409);
    });
  });
}
