import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES } from '../db/setup.ts';
import { openTestApp, type TestApp } from './harness.ts';

const csv = { 'content-type': 'text/csv' };

for (const kind of DATABASES) {
  describe(`actuals and the re-forecast on ${kind}`, () => {
    let t: TestApp;
    let forecast: { hourStart: string; queue: string; inquiries: number }[];
    beforeAll(async () => {
      t = await openTestApp(kind);
      forecast = (await t.call('GET', `/api/events/${t.eventId}/forecast`)).json;
    });
    afterAll(() => t.close());

    const planned = (hourStart: string, queue = 'pre_sale') => forecast.find((r) => r.hourStart === hourStart && r.queue === queue)?.inquiries ?? NaN;

    it('stores a CSV of hours all or nothing, naming every bad line', async () => {
      const bad = 'hour_start,queue,inquiries\n2026-11-10T20:00:00+08:00,pre_sale,10\n2026-11-10T21:00:00+08:00,vip,10\n2026-11-10T21:30:00+08:00,pre_sale,4\n';
      const refused = await t.call('POST', `/api/events/${t.eventId}/actuals/import`, bad, csv);
      expect(refused.status).toBe(422);
      expect(refused.json.error.details.map((d: { line: number; field: string }) => [d.line, d.field])).toEqual([[3, 'queue'], [4, 'hour_start']]);
      expect((await t.call('GET', `/api/events/${t.eventId}/actuals`)).json).toEqual([]);

      const hours = ['2026-11-10T18:00:00+08:00', '2026-11-10T19:00:00+08:00', '2026-11-10T20:00:00+08:00', '2026-11-10T21:00:00+08:00'];
      const text = `hour_start,queue,inquiries\n${hours.map((h) => `${h},pre_sale,${planned(h)}`).join('\n')}\n`;
      const stored = await t.call('POST', `/api/events/${t.eventId}/actuals/import`, text, csv);
      expect(stored.json).toEqual({ stored: 4 });
    });

    it('re-forecasts nothing when actuals equal the forecast', async () => {
      const { status, json } = await t.call('GET', `/api/events/${t.eventId}/reforecast`);
      expect(status).toBe(200);
      expect(json.now).toBe('2026-11-10T22:00:00+08:00');
      expect(json.factors.find((f: { queue: string }) => f.queue === 'pre_sale')).toMatchObject({ factor: 1, source: 'measured', observedHours: 4 });
      const midnight = json.rows.find((r: { hourStart: string; queue: string }) => r.hourStart === '2026-11-11T00:00:00+08:00' && r.queue === 'pre_sale');
      expect(midnight.expected).toBe(planned('2026-11-11T00:00:00+08:00'));
    });

    it('takes quarter hours from a script, replacing the hour they overlap, and raises the night ahead', async () => {
      const hour = '2026-11-10T21:00:00+08:00';
      const quarter = Math.round((planned(hour) * 1.5) / 4);
      const counts = [0, 1, 2, 3].map((q) => ({ start: `2026-11-10T21:${String(q * 15).padStart(2, '0')}:00+08:00`, queue: 'pre_sale', inquiries: quarter, minutes: 15 }));
      const posted = await t.call('POST', `/api/events/${t.eventId}/actuals`, { counts });
      expect(posted.json).toEqual({ stored: 4 });
      const stored = (await t.call('GET', `/api/events/${t.eventId}/actuals`)).json as { start: string; minutes: number }[];
      expect(stored.filter((s) => s.start.startsWith('2026-11-10T21'))).toHaveLength(4);
      expect(stored.every((s) => s.start !== hour || s.minutes === 15)).toBe(true);
      const { json } = await t.call('GET', `/api/events/${t.eventId}/reforecast`);
      const factor = json.factors.find((f: { queue: string }) => f.queue === 'pre_sale').factor;
      expect(factor).toBeGreaterThan(1.1);
      const midnight = json.rows.find((r: { hourStart: string; queue: string }) => r.hourStart === '2026-11-11T00:00:00+08:00' && r.queue === 'pre_sale');
      expect(midnight.expected).toBeGreaterThan(planned('2026-11-11T00:00:00+08:00') * 1.05);
      const overridden = (await t.call('GET', `/api/events/${t.eventId}/reforecast?pre_sale=1`)).json;
      expect(overridden.factors.find((f: { queue: string }) => f.queue === 'pre_sale')).toMatchObject({ factor: 1, source: 'override' });
    });

    it('refuses a bad JSON count naming counts[i].field, and a bad override or now, storing nothing', async () => {
      const before = (await t.call('GET', `/api/events/${t.eventId}/actuals`)).json;
      const bad = await t.call('POST', `/api/events/${t.eventId}/actuals`, { counts: [{ start: '2026-11-10T22:00:00+08:00', queue: 'pre_sale', inquiries: 5 }, { start: '2026-11-10T22:05:00+08:00', queue: 'pre_sale', inquiries: 5, minutes: 15 }] });
      expect(bad.status).toBe(400);
      expect(bad.json.error.details[0].field).toBe('counts[1].start');
      expect((await t.call('GET', `/api/events/${t.eventId}/actuals`)).json).toEqual(before);
      expect((await t.call('GET', `/api/events/${t.eventId}/reforecast?pre_sale=99`)).status).toBe(400);
      expect((await t.call('GET', `/api/events/${t.eventId}/reforecast?now=tomorrow`)).status).toBe(400);
      expect((await t.call('GET', `/api/events/999999/actuals`)).status).toBe(404);
    });
  });
}
