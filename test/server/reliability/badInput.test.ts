import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES } from '../../db/setup.ts';
import { openTestApp, type TestApp } from '../harness.ts';
import { dumpFingerprint } from './dump.ts';

const csv = { 'content-type': 'text/csv' };
const FORECAST_HEADER = 'hour_start,queue,inquiries\n';

for (const kind of DATABASES) {
  describe(`bad input leaves the database unchanged on ${kind}`, () => {
    let t: TestApp;
    let before: Record<string, string>;
    beforeAll(async () => {
      t = await openTestApp(kind);
      before = await dumpFingerprint(t.database);
    });
    afterAll(() => t.close());

    const rejects = async (label: string, request: () => Promise<{ status: number; json: any }>, status: number, mentions: RegExp) => {
      const response = await request();
      expect(response.status, label).toBe(status);
      expect(`${response.json?.error?.message} ${JSON.stringify(response.json?.error?.details ?? [])}`, label).toMatch(mentions);
      expect(await dumpFingerprint(t.database), label).toEqual(before);
    };
    const importForecast = (body: string | Uint8Array) => () => t.call('POST', `/api/events/${t.eventId}/forecast/import`, body, csv);
    const importAgents = (body: string | Uint8Array) => () => t.call('POST', `/api/events/${t.eventId}/agents/import`, body, csv);

    it('rejects malformed, truncated and encoded-wrong CSV files', async () => {
      await rejects('unclosed quote', importForecast(`${FORECAST_HEADER}"2026-11-08T00:00:00+08:00,pre_sale,1\n`), 422, /line|quote|fields/i);
      const demo = readFileSync('server/demo/double11-forecast.csv', 'utf8');
      await rejects('truncated mid-row', importForecast(demo.slice(0, demo.length - 20)), 422, /line \d+/);
      const gbkQueue = new Uint8Array([...new TextEncoder().encode(`${FORECAST_HEADER}2026-11-08T00:00:00+08:00,`), 0xca, 0xdb, 0xc7, 0xb0, ...new TextEncoder().encode(',7\n')]);
      await rejects('GBK queue name', importForecast(gbkQueue), 422, /售前/);
      await rejects('BOM then bad header', importForecast(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('time,queue,n\n1,2,3\n')])), 422, /hour_start/);
      await rejects('empty file', importForecast(''), 422, /empty/);
    });

    it('rejects a 50 MB upload with 413, never 500 or a hang', async () => {
      const big = new Uint8Array(50 * 1024 * 1024).fill(0x41);
      await rejects('50 MB', importForecast(big), 413, /larger than/);
    });

    it('rejects negative, non-numeric and absurd volumes', async () => {
      await rejects('negative', importForecast(`${FORECAST_HEADER}2026-11-08T00:00:00+08:00,pre_sale,-5\n`), 422, /-5/);
      await rejects('NaN', importForecast(`${FORECAST_HEADER}2026-11-08T00:00:00+08:00,pre_sale,NaN\n`), 422, /NaN/);
      await rejects('1e12', importForecast(`${FORECAST_HEADER}2026-11-08T00:00:00+08:00,pre_sale,1000000000000\n`), 422, /limit/);
      const generate = (dailyTotals: unknown) => () => t.call('POST', `/api/events/${t.eventId}/forecast/generate?store=true`, { eventDate: '2026-11-11', firstDate: '2026-11-08', days: 3, dailyTotals });
      await rejects('generator 1e12', generate({ pre_sale: 1e12 }), 400, /dailyTotals/);
      await rejects('generator string', generate({ pre_sale: 'NaN' }), 400, /dailyTotals/);
      await rejects('requirement NaN cap', () => t.call('POST', `/api/events/${t.eventId}/requirement`, { defaults: { concurrencyCap: 'NaN' } }), 400, /concurrencyCap/);
    });

    it('rejects impossible rules and absurd horizons', async () => {
      await rejects('rest longer than the horizon', () => t.call('POST', `/api/events/${t.eventId}/scenarios`, { name: 'x', params: { rules: { minRestHours: 24 * 400 } } }), 400, /minRestHours/);
      const tenMillionHours = new Date(Date.parse('2026-11-08T00:00:00+08:00') + 1e7 * 3600e3).toISOString();
      await rejects('10^7-hour event', () => t.call('POST', '/api/events', { name: 'x', horizonStart: '2026-11-08T00:00:00+08:00', horizonEnd: tenMillionHours, windowStart: '2026-11-10T00:00:00+08:00', windowEnd: '2026-11-11T00:00:00+08:00' }), 400, /horizon/);
      await rejects('10^7-day generator', () => t.call('POST', `/api/events/${t.eventId}/forecast/generate?store=true`, { eventDate: '2026-11-11', firstDate: '2026-11-08', days: 1e7, dailyTotals: { pre_sale: 1 } }), 400, /days/);
    });

    it('rejects a staff file with one bad row among good ones, and keeps hostile names verbatim when valid', async () => {
      const good = readFileSync('server/demo/agents.csv', 'utf8').trimEnd().split('\n');
      const bad = [...good.slice(0, 100), 'A999,x,pre_sale,,intern,T01', ...good.slice(100)].join('\n');
      await rejects('contract at line 101', importAgents(bad), 422, /"line":101.*contract|contract.*line 101/);
    });

    it('stores SQL metacharacters as plain text', async () => {
      const name = `Robert'); DROP TABLE events; -- "x" \\ ; 售前`;
      const created = await t.call('POST', `/api/events/${t.eventId}/scenarios`, { name });
      expect(created.status).toBe(201);
      expect((await t.call('GET', `/api/scenarios/${created.json.id}`)).json.name).toBe(name);
      expect((await t.call('GET', '/api/events')).status).toBe(200);
      await t.call('DELETE', `/api/scenarios/${created.json.id}`);
      expect(await dumpFingerprint(t.database)).toEqual(before);
    });
  });
}
