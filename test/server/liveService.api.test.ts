import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeRoster } from '../../server/db/repositories/rosters.ts';
import { HOUR_MS, parseInstant, toZonedIso } from '../../shared/time.ts';
import { DATABASES } from '../db/setup.ts';
import { rosterResult, shiftOn } from './fixtures.ts';
import { openTestApp, type TestApp } from './harness.ts';

const csv = { 'content-type': 'text/csv' };
const team = ['B01', 'B02', 'B03', 'B04', 'B05'];
const NOW = '2026-11-10T20:00:00+08:00';

for (const kind of DATABASES) {
  describe(`the live view's simulated service on ${kind}`, () => {
    let t: TestApp;
    let eventId: number;
    let scenario: { id: number; version: number };
    beforeAll(async () => {
      t = await openTestApp(kind);
      // A small event: five pre-sale agents, 60 inquiries an hour on the queue for two days.
      const event = await t.call('POST', '/api/events', { name: 'small', horizonStart: '2026-11-10T00:00:00+08:00', horizonEnd: '2026-11-12T00:00:00+08:00', windowStart: '2026-11-10T00:00:00+08:00', windowEnd: '2026-11-12T00:00:00+08:00' });
      expect(event.status, JSON.stringify(event.json)).toBe(201);
      eventId = event.json.id;
      const agents = await t.call('POST', `/api/events/${eventId}/agents/import`, `agent_id,name,primary_queue,cross_trained_for,contract,team\n${team.map((id) => `${id},${id},pre_sale,,full_time,T1`).join('\n')}\n`, csv);
      expect(agents.status, JSON.stringify(agents.json)).toBe(200);
      const first = parseInstant('2026-11-10T00:00:00+08:00')!;
      const rows = Array.from({ length: 48 }, (_, h) => `${toZonedIso(first + h * HOUR_MS)},pre_sale,60`);
      const forecast = await t.call('POST', `/api/events/${eventId}/forecast/import`, `hour_start,queue,inquiries\n${rows.join('\n')}\n`, csv);
      expect(forecast.status, JSON.stringify(forecast.json)).toBe(200);
      scenario = (await t.call('GET', `/api/events/${eventId}/scenarios`)).json[0];
    });
    afterAll(() => t.close());

    /** Publishes a roster of these agents on the evening shift (16:00-24:00 on 11-10); returns its id. */
    const publishEvening = async (agentIds: string[], expectedPublishedRosterId: number | null) => {
      const draft = await storeRoster(t.database.db, { eventId, scenarioId: scenario.id, scenarioVersion: scenario.version, timeZone: 'Asia/Shanghai', result: rosterResult(agentIds.map((id) => shiftOn(id, 10, 16, { template: 'M' }))) });
      const published = await t.call('POST', `/api/rosters/${draft}/publish`, { expectedPublishedRosterId });
      expect(published.status, JSON.stringify(published.json)).toBe(200);
      return published.json.id as number;
    };
    const serviceAhead = async (serviceHours?: number, now = NOW) => {
      const { status, json } = await t.call('POST', `/api/events/${eventId}/replan`, { now, allowed: ['overtime'], ...(serviceHours ? { serviceHours } : {}) });
      expect(status, JSON.stringify(json)).toBe(200);
      return json.service;
    };

    it('simulates the next hours per queue at the scenario cap, and serves fewer within the target with fewer agents on duty', async () => {
      const full = await publishEvening(team, null);
      const staffed = await serviceAhead(4);
      expect(staffed).toMatchObject({ from: NOW, to: '2026-11-11T00:00:00+08:00', hours: 4 });
      expect(staffed.queues).toHaveLength(1);
      const cap = (await t.call('GET', `/api/events/${eventId}/queues`)).json.find((q: { code: string }) => q.code === 'pre_sale').params.concurrencyCap;
      expect(staffed.queues[0]).toMatchObject({ queue: 'pre_sale', cap, agentHoursBefore: 4 * team.length });
      expect(staffed.queues[0].humanChats).toBeGreaterThan(0);
      expect(staffed.queues[0].before.withinTarget).toBeGreaterThan(0.8);

      await publishEvening(team.slice(0, 1), full);
      const thin = (await serviceAhead(4)).queues[0];
      expect(thin.agentHoursBefore).toBe(4);
      expect(thin.humanChats).toBe(staffed.queues[0].humanChats);
      expect(thin.before.withinTarget).toBeLessThan(staffed.queues[0].before.withinTarget - 0.2);
      expect(thin.before.abandonment).toBeGreaterThan(staffed.queues[0].before.abandonment);
      expect(thin.before.averageResponseSeconds).toBeGreaterThan(staffed.queues[0].before.averageResponseSeconds);
    });

    it('covers six hours unless told otherwise, and never past the event', async () => {
      expect(await serviceAhead()).toMatchObject({ from: NOW, to: '2026-11-11T02:00:00+08:00', hours: 6 });
      expect(await serviceAhead(24)).toMatchObject({ from: NOW, to: '2026-11-11T20:00:00+08:00', hours: 24 });
      expect(await serviceAhead(6, '2026-11-11T21:30:00+08:00')).toMatchObject({ from: '2026-11-11T22:00:00+08:00', to: '2026-11-12T00:00:00+08:00', hours: 2 });
    });
  });
}
