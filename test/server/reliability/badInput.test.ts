import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES } from '../../db/setup.ts';
import { shiftOn, storeBaselineRoster } from '../fixtures.ts';
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
      const surge = (surge: unknown, decayDays: number) => () => t.call('POST', `/api/events/${t.eventId}/forecast/generate`, { eventDate: '2026-11-11', firstDate: '2026-11-08', days: 3, dailyTotals: { after_sale: 100 }, surge, decayDays });
      await rejects('surge peaking after its decay', surge({ after_sale: { peak: 2, peakDay: 20 } }, 14), 400, /surge\.after_sale\.peakDay/);
      await rejects('surge decaying in a day', surge({ after_sale: { peak: 2, peakDay: 1 } }, 1), 400, /decayDays/);
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

    it('stores SQL metacharacters verbatim in every text field the API accepts, changing only what each write is for', async () => {
      // A quote, a statement end, a comment, dollar quoting, a backslash and a double quote, in at most 40 characters.
      const HOSTILE = `a'); DROP TABLE users; -- $$ \\ "x"; 售`;
      expect(HOSTILE.length).toBeLessThanOrEqual(40);
      const csvField = (text: string) => `"${text.replaceAll('"', '""')}"`;
      /** The tables whose fingerprint a write changed. */
      const changedBy = async <T,>(write: () => Promise<T>): Promise<{ result: T; changed: string[] }> => {
        const a = await dumpFingerprint(t.database);
        const result = await write();
        const b = await dumpFingerprint(t.database);
        return { result, changed: Object.keys(b).filter((table) => a[table] !== b[table]).sort() };
      };

      const scenario = await changedBy(() => t.call('POST', `/api/events/${t.eventId}/scenarios`, { name: HOSTILE }));
      expect(scenario.result.status).toBe(201);
      expect(scenario.changed).toEqual(['scenarios']);
      expect((await t.call('GET', `/api/scenarios/${scenario.result.json.id}`)).json.name).toBe(HOSTILE);

      const event = await changedBy(() =>
        t.call('POST', '/api/events', { name: HOSTILE, horizonStart: '2026-06-10T00:00:00+08:00', horizonEnd: '2026-06-20T00:00:00+08:00', windowStart: '2026-06-17T00:00:00+08:00', windowEnd: '2026-06-19T00:00:00+08:00' }),
      );
      expect(event.result.status).toBe(201);
      expect(event.changed).toEqual(['events', 'queues', 'scenarios', 'shift_templates']);
      expect((await t.call('GET', `/api/events/${event.result.json.id}`)).json.name).toBe(HOSTILE);

      const staff = readFileSync('server/demo/agents.csv', 'utf8').trimEnd().split('\n');
      const a001 = staff.findIndex((line) => line.startsWith('A001,'));
      staff[a001] = `A001,${csvField(HOSTILE)},pre_sale,after_sale,full_time,${csvField(HOSTILE)}`;
      const others = async () => (await t.call('GET', `/api/events/${t.eventId}/agents`)).json.filter((x: { id: string }) => x.id !== 'A001');
      const othersBefore = await others();
      const imported = await changedBy(() => importAgents(staff.join('\n'))());
      expect(imported.result.json).toMatchObject({ inserted: 0, deactivated: 0 });
      expect(imported.changed).toEqual(['agents', 'events']);
      expect(await others()).toEqual(othersBefore);
      const patched = await changedBy(() => t.call('PATCH', `/api/events/${t.eventId}/agents/A002`, { name: HOSTILE }));
      expect(patched.result.status).toBe(200);
      expect(patched.changed).toEqual(['agents', 'events']);
      const agents = (await t.call('GET', `/api/events/${t.eventId}/agents`)).json;
      expect(agents.find((x: { id: string }) => x.id === 'A001')).toMatchObject({ name: HOSTILE, team: HOSTILE });
      expect(agents.find((x: { id: string }) => x.id === 'A002')).toMatchObject({ name: HOSTILE });

      const templates = (await t.call('GET', `/api/events/${t.eventId}/templates`)).json;
      const renamed = await changedBy(() => t.call('PUT', `/api/events/${t.eventId}/templates`, [{ ...templates[0], nameZh: HOSTILE, nameEn: HOSTILE }, ...templates.slice(1)]));
      expect(renamed.result.status).toBe(200);
      expect(renamed.changed).toEqual(['shift_templates']);
      expect((await t.call('GET', `/api/events/${t.eventId}/templates`)).json[0]).toMatchObject({ nameZh: HOSTILE, nameEn: HOSTILE });

      const token = await changedBy(() => t.call('POST', `/api/events/${t.eventId}/calendar-tokens`, { scope: 'team', subject: HOSTILE }));
      expect(token.result.status).toBe(201);
      expect(token.changed).toEqual(['calendar_tokens']);
      expect((await t.call('GET', `/api/events/${t.eventId}/calendar-tokens`)).json.map((x: { subject: string }) => x.subject)).toContain(HOSTILE);

      const rosterId = await storeBaselineRoster(t, [shiftOn('A003', 10)]);
      const assignmentId = (await t.call('GET', `/api/rosters/${rosterId}`)).json.assignments[0].id;
      const noted = await changedBy(() => t.call('PATCH', `/api/rosters/${rosterId}/assignments/${assignmentId}`, { note: HOSTILE }));
      expect(noted.result.status).toBe(200);
      expect(noted.changed).toEqual(['assignments', 'rosters']);
      expect((await t.call('GET', `/api/rosters/${rosterId}`)).json.assignments[0].note).toBe(HOSTILE);

      // User names are restricted to letters, digits and _ . @ -: refused by name, and nothing is written.
      const user = await changedBy(() => t.call('POST', '/api/users', { username: HOSTILE, password: 'correct horse battery', role: 'supervisor' }, { as: 'boss' }));
      expect(user.result.status).toBe(400);
      expect(user.result.json.error.message).toMatch(/username/);
      expect(user.changed).toEqual([]);
      // A sign-in takes any name: it fails, and the attempt is recorded with the name as typed.
      const login = await changedBy(() => t.login(HOSTILE, 'not the password'));
      expect(login.result.status).toBe(401);
      expect(login.changed).toEqual(['login_attempts']);
      expect((await t.database.db.selectFrom('login_attempts').select('username').where('username', '=', HOSTILE).execute()).map((r) => r.username)).toEqual([HOSTILE]);

      // Every table is still there and still answers.
      expect(Object.keys(await dumpFingerprint(t.database))).toEqual(Object.keys(before));
      expect((await t.call('GET', '/api/users', undefined, { as: 'boss' })).json.map((u: { username: string }) => u.username).sort()).toEqual(['agent1', 'boss', 'sup']);
    });
  });
}
