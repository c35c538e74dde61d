import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES } from '../db/setup.ts';
import { openTestApp, type TestApp } from './harness.ts';

const csv = { 'content-type': 'text/csv' };

for (const kind of DATABASES) {
  describe(`agent and forecast imports on ${kind}`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await openTestApp(kind, { maxBodyBytes: 1024 * 1024 });
    });
    afterAll(() => t.close());

    it('imports a staff list: updates known ids, adds new ones, deactivates missing ones', async () => {
      const text = 'agent_id,name,primary_queue,cross_trained_for,contract,team\nA001,改名,pre_sale,after_sale,full_time,T01\nB001,新人,logistics,,part_time,T20\n';
      const { status, json } = await t.call('POST', `/api/events/${t.eventId}/agents/import`, text, csv);
      expect(status).toBe(200);
      expect(json).toEqual({ inserted: 1, updated: 1, deactivated: 151 });
      const agents = (await t.call('GET', `/api/events/${t.eventId}/agents`)).json;
      expect(agents.map((a: { id: string }) => a.id)).toEqual(['A001', 'B001']);
      const back = await t.call('POST', `/api/events/${t.eventId}/agents/import`, readFileSync('server/demo/agents.csv'), csv);
      expect(back.json).toEqual({ inserted: 0, updated: 152, deactivated: 1 });
    });

    it('rejects a bad staff file whole, listing rows, and changes nothing', async () => {
      const before = (await t.call('GET', `/api/events/${t.eventId}/agents`)).json;
      const text = 'agent_id,name,primary_queue,cross_trained_for,contract,team\nA001,x,pre_sale,,full_time,T01\nA002,y,vip,,full_time,T01\n';
      const { status, json } = await t.call('POST', `/api/events/${t.eventId}/agents/import`, text, csv);
      expect(status).toBe(422);
      expect(json.error.details).toEqual([{ line: 3, field: 'primary_queue', message: expect.stringContaining('vip') }]);
      expect((await t.call('GET', `/api/events/${t.eventId}/agents`)).json).toEqual(before);
    });

    it('reads a GBK forecast file', async () => {
      // "hour_start,queue,inquiries" then rows; the header comment column holds 售前 in GBK bytes.
      const ascii = (s: string) => [...s].map((ch) => ch.charCodeAt(0));
      const bytes = new Uint8Array([
        ...ascii('hour_start,queue,inquiries\n2026-11-08T00:00:00+08:00,pre_sale,7\n2026-11-08T01:00:00+08:00,pre_sale,'),
        ...ascii('8\n'),
      ]);
      const gbkBad = new Uint8Array([...ascii('hour_start,queue,inquiries\n2026-11-08T00:00:00+08:00,'), 0xca, 0xdb, 0xc7, 0xb0, ...ascii(',7\n')]);
      const rejected = await t.call('POST', `/api/events/${t.eventId}/forecast/import`, gbkBad, csv);
      expect(rejected.status).toBe(422);
      expect(rejected.json.error.details[0]).toMatchObject({ line: 2, field: 'queue', message: expect.stringContaining('售前') });
      const ok = await t.call('POST', `/api/events/${t.eventId}/forecast/import`, bytes, csv);
      expect(ok.json).toEqual({ rows: 2 });
      const forecast = (await t.call('GET', `/api/events/${t.eventId}/forecast`)).json;
      expect(forecast).toEqual([
        { hourStart: '2026-11-08T00:00:00+08:00', queue: 'pre_sale', inquiries: 7 },
        { hourStart: '2026-11-08T01:00:00+08:00', queue: 'pre_sale', inquiries: 8 },
      ]);
      await t.call('POST', `/api/events/${t.eventId}/forecast/import`, readFileSync('server/demo/double11-forecast.csv'), csv);
    });

    it('rejects a wrong content type and an oversize body with clear errors', async () => {
      const json = await t.call('POST', `/api/events/${t.eventId}/forecast/import`, { rows: [] });
      expect(json.status).toBe(400);
      expect(json.json.error.message).toContain('text/csv');
      const big = 'hour_start,queue,inquiries\n' + '2026-11-08T00:00:00+08:00,pre_sale,1\n'.repeat(40_000);
      const tooBig = await t.call('POST', `/api/events/${t.eventId}/forecast/import`, big, csv);
      expect(tooBig.status).toBe(413);
      expect(tooBig.json.error.code).toBe('LIMIT_EXCEEDED');
      expect((await t.call('GET', `/api/events/${t.eventId}/forecast`)).json).toHaveLength(1296);
    });

    it('generates a forecast with peaks and stores it only when asked', async () => {
      const body = { eventDate: '2026-11-11', firstDate: '2026-11-08', days: 3, dailyTotals: { pre_sale: 10000, after_sale: 3000 } };
      const preview = await t.call('POST', `/api/events/${t.eventId}/forecast/generate`, body);
      expect(preview.status).toBe(200);
      expect(preview.json).toHaveLength(3 * 24 * 2);
      expect((await t.call('GET', `/api/events/${t.eventId}/forecast`)).json).toHaveLength(1296);
      const bad = await t.call('POST', `/api/events/${t.eventId}/forecast/generate`, { ...body, dailyTotals: { vip: 1 } });
      expect(bad.status).toBe(400);
      expect(bad.json.error.details[0].field).toContain('dailyTotals');
    });

    it('computes the requirement for a parameter set', async () => {
      const { status, json } = await t.call('POST', `/api/events/${t.eventId}/requirement`, { defaults: { concurrencyCap: 2 } });
      expect(status).toBe(200);
      const midnight = json.find((r: { hourStart: string; queue: string }) => r.hourStart === '2026-11-11T00:00:00+08:00' && r.queue === 'pre_sale');
      const atCap = async (cap?: number) =>
        (await t.call('POST', `/api/events/${t.eventId}/requirement`, cap === undefined ? {} : { defaults: { concurrencyCap: cap } })).json.find(
          (r: { hourStart: string; queue: string }) => r.hourStart === '2026-11-11T00:00:00+08:00' && r.queue === 'pre_sale',
        );
      const [atCap4, atCap8] = [await atCap(), await atCap(8)];
      expect(midnight.requiredAgents).toBeGreaterThan(atCap4.requiredAgents);
      // Past cap 4 the first reply behind the agent's other chats binds, not the slots: cap 8 needs no fewer (MODEL.md).
      expect(atCap8.requiredAgents).toBe(atCap4.requiredAgents);
      const bad = await t.call('POST', `/api/events/${t.eventId}/requirement`, { defaults: { concurrencyCap: 0 } });
      expect(bad.status).toBe(400);
      expect(bad.json.error.details[0].field).toBe('defaults.concurrencyCap');
    });
  });
}
