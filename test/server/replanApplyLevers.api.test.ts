import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeRoster } from '../../server/db/repositories/rosters.ts';
import { listScenarios } from '../../server/db/repositories/scenarios.ts';
import { DEMO_LEVERS_SCENARIO } from '../../server/demo/seedDemo.ts';
import type { Assignment } from '../../shared/types.ts';
import { DATABASES } from '../db/setup.ts';
import { rosterResult, shiftOn } from './fixtures.ts';
import { openTestApp, type TestApp } from './harness.ts';

const csv = { 'content-type': 'text/csv' };
const at = (day: number, hour: number) => `2026-11-${day}T${String(hour % 24).padStart(2, '0')}:00:00+08:00`;

// A roster of the demo's "With levers" scenario as its solve would store one: an overtime extension already
// worked, peak shifts (P18-4, P21-5), booked temps and a borrowed agent, and a shift to be dropped by a re-publish.
const placeholders: Assignment[] = [
  { agentId: 'TEMP-001', queue: 'pre_sale', template: 'TEMP', start: at(10, 16), end: at(11, 0), coverage: 1 / 1.3 },
  { agentId: 'TEMP-002', queue: 'pre_sale', template: 'TEMP', start: at(10, 20), end: at(11, 0), coverage: 1 / 1.3 },
  { agentId: 'BORROWED-001', queue: 'pre_sale', template: 'BORROWED', start: at(10, 18), end: at(10, 22), coverage: 1 / 1.2 },
];
const team: Assignment[] = [
  shiftOn('A001', 10, 8, { end: at(10, 18), overtimeHours: 2 }),
  shiftOn('A002', 10, 16, { template: 'M' }),
  shiftOn('A003', 10, 16, { template: 'M' }),
  shiftOn('A004', 10, 18, { template: 'P18-4', end: at(10, 22) }),
  shiftOn('A005', 10, 21, { template: 'P21-5', end: at(11, 2) }),
];
const dropped = shiftOn('A006', 11, 8);

function vevents(ics: string) {
  const root = new ICAL.Component(ICAL.parse(ics));
  return root.getAllSubcomponents('vevent').map((v) => ({ uid: String(v.getFirstPropertyValue('uid')), sequence: Number(v.getFirstPropertyValue('sequence') ?? 0), status: String(v.getFirstPropertyValue('status')) }));
}

for (const kind of DATABASES) {
  describe(`applying a re-plan to a roster with temps, borrowed staff, peak shifts and overtime on ${kind}`, () => {
    let t: TestApp;
    let publishedId: number;
    const store = async (assignments: Assignment[]) => {
      const scenario = (await listScenarios(t.database.db, t.eventId)).find((s) => s.name === DEMO_LEVERS_SCENARIO)!;
      return storeRoster(t.database.db, { eventId: t.eventId, scenarioId: scenario.id, scenarioVersion: scenario.version, timeZone: 'Asia/Shanghai', result: rosterResult(assignments) });
    };
    beforeAll(async () => {
      t = await openTestApp(kind);
      const first = await store([...team, ...placeholders, dropped]);
      await t.call('POST', `/api/rosters/${first}/publish`, { expectedPublishedRosterId: null });
      const second = await store([...team, ...placeholders]);
      publishedId = (await t.call('POST', `/api/rosters/${second}/publish`, { expectedPublishedRosterId: first })).json.id;
      const forecast: { hourStart: string; queue: string; inquiries: number }[] = (await t.call('GET', `/api/events/${t.eventId}/forecast`)).json;
      const ran = forecast.filter((r) => r.queue === 'pre_sale' && r.hourStart >= '2026-11-10T14' && r.hourStart < '2026-11-10T20');
      await t.call('POST', `/api/events/${t.eventId}/actuals/import`, `start,queue,inquiries\n${ran.map((r) => `${r.hourStart},pre_sale,${Math.round(r.inquiries * 1.3)}`).join('\n')}\n`, csv);
    });
    afterAll(() => t.close());

    it('publishes the changes and keeps every placeholder, peak shift and earlier overtime as it was', async () => {
      const { status, json } = await t.call('POST', `/api/events/${t.eventId}/replan`, { allowed: ['overtime'], apply: true, expectedPublishedRosterId: publishedId });
      expect(status, JSON.stringify(json)).toBe(200);
      expect(json.applied).toBe(true);
      expect(json.changes.length).toBeGreaterThan(0);
      const roster = (await t.call('GET', `/api/events/${t.eventId}/roster`)).json;
      expect(roster.id).toBe(json.rosterId);
      const byAgent = new Map<string, Assignment & { sequence: number; status: string }>(roster.assignments.map((a: Assignment & { sequence: number; status: string }) => [a.agentId, a]));
      for (const p of placeholders) expect(byAgent.get(p.agentId)).toMatchObject({ ...p, sequence: 0, status: 'confirmed' });
      expect(byAgent.get('A001')).toMatchObject({ start: at(10, 8), end: at(10, 18), overtimeHours: 2, sequence: 0 });
      const changed = new Set(json.changes.map((c: { agentId: string }) => c.agentId));
      for (const change of json.changes) expect(byAgent.get(change.agentId)).toMatchObject({ end: change.end, sequence: 1, status: 'confirmed' });
      for (const shift of team.filter((s) => !changed.has(s.agentId))) expect(byAgent.get(shift.agentId)).toMatchObject({ template: shift.template, start: shift.start, end: shift.end, sequence: 0 });
      // The shift the second publish dropped stays CANCELLED at the SEQUENCE it was cancelled with, not sent again.
      expect(byAgent.get('A006')).toMatchObject({ start: dropped.start, status: 'cancelled', sequence: 1 });
    });

    it('sends the extended shifts with a higher SEQUENCE and the dropped one as CANCELLED in the team calendar', async () => {
      const created = await t.call('POST', `/api/events/${t.eventId}/calendar-tokens`, { scope: 'team', subject: 'T01' });
      expect(created.status).toBe(201);
      const feed = await t.call('GET', created.json.url, undefined, { as: null });
      expect(feed.status).toBe(200);
      const byAgent = new Map(vevents(feed.text).map((e) => [/(A\d{3})\/\d{4}-\d{2}-\d{2}@/.exec(e.uid)?.[1], e]));
      const roster = (await t.call('GET', `/api/events/${t.eventId}/roster`)).json;
      for (const a of roster.assignments.filter((a: { agentId: string }) => /^A00[1-6]$/.test(a.agentId))) {
        expect(byAgent.get(a.agentId), a.agentId).toMatchObject({ sequence: a.sequence, status: a.status.toUpperCase() });
      }
      expect(byAgent.get('A006')).toMatchObject({ status: 'CANCELLED', sequence: 1 });
      expect([...byAgent.values()].some((e) => e.sequence === 1 && e.status === 'CONFIRMED')).toBe(true);
    });

    it('publishes the temps it books as placeholders, so the next re-plan counts them on duty', async () => {
      const current = (await t.call('GET', `/api/events/${t.eventId}/roster`)).json.id;
      const { status, json } = await t.call('POST', `/api/events/${t.eventId}/replan`, { allowed: ['temps'], apply: true, expectedPublishedRosterId: current });
      expect(status, JSON.stringify(json)).toBe(200);
      const booked = json.changes.reduce((sum: number, c: { kind: string; count: number }) => sum + (c.kind === 'temps' ? c.count : 0), 0);
      expect(booked).toBeGreaterThan(0);
      const roster = (await t.call('GET', `/api/events/${t.eventId}/roster`)).json;
      const temps = roster.assignments.filter((a: Assignment) => a.template === 'TEMP');
      expect(temps).toHaveLength(placeholders.filter((p) => p.template === 'TEMP').length + booked);
      for (const a of temps.filter((a: Assignment) => !placeholders.some((p) => p.agentId === a.agentId))) expect(a).toMatchObject({ coverage: 1 / 1.3, sequence: 0, status: 'confirmed' });
      const again = await t.call('POST', `/api/events/${t.eventId}/replan`, { allowed: ['temps'] });
      // Booked cover is summed to the hundredth per cell as a stored roster reports it, the re-plan's own temps exactly.
      expect(again.json.before.shortAgentHours).toBeCloseTo(json.after.shortAgentHours, 1);
      expect(again.json.before.shortAgentHours).toBeLessThan(json.before.shortAgentHours);
    });
  });
}
