// Issue 18, points 4 and 5: input PostgreSQL cannot store (NUL, lone surrogates), an agentId that names no
// agent, JSON nested thousands deep, unknown rule names and oversize params all get a 4xx naming the field, and
// the database fingerprint is unchanged.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES } from '../../db/setup.ts';
import { shiftOn, storeBaselineRoster } from '../fixtures.ts';
import { openTestApp, PASSWORD, type TestApp } from '../harness.ts';
import { dumpFingerprint } from './dump.ts';
// After the harness: the app's zod-openapi must extend zod before shared schemas are built.
import { MAX_SCENARIO_PARAMS_BYTES } from '../../../shared/scenario/params.ts';

const NUL = 'a\u0000b';
const LONE_SURROGATE = 'a\ud800b';

for (const kind of DATABASES) {
  describe(`unstorable and unbounded input is refused by name on ${kind}`, () => {
    let t: TestApp;
    let before: Record<string, string>;
    let rosterId: number;
    let assignmentId: number;
    let agentUserId: number;
    beforeAll(async () => {
      t = await openTestApp(kind);
      rosterId = await storeBaselineRoster(t, [shiftOn('A003', 10)]);
      assignmentId = (await t.call('GET', `/api/rosters/${rosterId}`)).json.assignments[0].id;
      agentUserId = (await t.call('GET', '/api/users', undefined, { as: 'boss' })).json.find((u: { username: string }) => u.username === 'agent1').id;
      before = await dumpFingerprint(t.database);
    });
    afterAll(() => t.close());

    const refuses = async (label: string, response: { status: number; json: any }, status: number, field: RegExp) => {
      expect(response.status, `${label}: ${JSON.stringify(response.json)}`).toBe(status);
      const named = [response.json?.error?.message, ...(response.json?.error?.details ?? []).map((d: { field?: string }) => d.field)].join(' ');
      expect(named, label).toMatch(field);
      expect(await dumpFingerprint(t.database), label).toEqual(before);
    };

    it('refuses NUL and lone surrogates in every JSON text field, naming it', async () => {
      for (const bad of [NUL, LONE_SURROGATE]) {
        await refuses('scenario name', await t.call('POST', `/api/events/${t.eventId}/scenarios`, { name: bad }), 400, /\bname\b/);
        await refuses(
          'event name',
          await t.call('POST', '/api/events', { name: bad, horizonStart: '2026-06-10T00:00:00+08:00', horizonEnd: '2026-06-20T00:00:00+08:00', windowStart: '2026-06-17T00:00:00+08:00', windowEnd: '2026-06-19T00:00:00+08:00' }),
          400,
          /\bname\b/,
        );
        await refuses('agent name', await t.call('PATCH', `/api/events/${t.eventId}/agents/A002`, { name: bad }), 400, /\bname\b/);
        await refuses('agent team', await t.call('PATCH', `/api/events/${t.eventId}/agents/A002`, { team: bad }), 400, /\bteam\b/);
        await refuses('shift note', await t.call('PATCH', `/api/rosters/${rosterId}/assignments/${assignmentId}`, { note: bad }), 400, /\bnote\b/);
        await refuses('feed subject', await t.call('POST', `/api/events/${t.eventId}/calendar-tokens`, { scope: 'team', subject: bad }), 400, /\bsubject\b/);
        const login = await t.login(bad, 'not the password');
        await refuses('sign-in name', { status: login.status, json: await login.json() }, 400, /\busername\b/);
        await refuses('a key', await t.call('PATCH', `/api/scenarios/1`, { version: 1, params: { rules: { [bad]: 1 } } }), 400, /params\.rules/);
        const templates = (await t.call('GET', `/api/events/${t.eventId}/templates`)).json;
        await refuses('template name', await t.call('PUT', `/api/events/${t.eventId}/templates`, [{ ...templates[0], nameEn: bad }, ...templates.slice(1)]), 400, /0\.nameEn/);
      }
    });

    it('refuses a NUL in a path or query parameter', async () => {
      await refuses('agent id in the path', await t.call('PATCH', `/api/events/${t.eventId}/agents/A%00`, { name: 'x' }), 400, /path/);
      await refuses('query', await t.call('GET', `/api/events/${t.eventId}/agents?includeInactive=%00`), 400, /includeInactive/);
    });

    it('refuses NUL bytes in uploaded CSV files by line and column', async () => {
      const staff = readFileSync('server/demo/agents.csv', 'utf8').trimEnd().split('\n');
      staff[5] = staff[5].replace(/^([^,]*),([^,]*)/, `$1,${NUL}`);
      await refuses('staff name', await t.call('POST', `/api/events/${t.eventId}/agents/import`, staff.join('\n'), { 'content-type': 'text/csv' }), 422, /line 6, field name/);
      const forecast = `hour_start,queue,inquiries\n2026-11-08T00:00:00+08:00,pre_sale${NUL},5\n`;
      const response = await t.call('POST', `/api/events/${t.eventId}/forecast/import`, forecast, { 'content-type': 'text/csv' });
      await refuses('forecast queue', response, 422, /queue/);
      expect(JSON.stringify(response.json.error.details)).toMatch(/"line":2/);
    });

    it('refuses an agentId that names no agent, creating or editing a user', async () => {
      await refuses('create', await t.call('POST', '/api/users', { username: 'ghost', password: PASSWORD, role: 'agent', agentId: 999_999 }, { as: 'boss' }), 400, /agentId/);
      await refuses('edit', await t.call('PATCH', `/api/users/${agentUserId}`, { agentId: 999_999 }, { as: 'boss' }), 400, /agentId/);
    });

    it('refuses JSON nested 5,000 deep without a stack overflow', async () => {
      let deep = '1';
      for (let i = 0; i < 5000; i++) deep = `{"a":${deep}}`;
      const body = `{"name":"deep","params":{"rules":${deep}}}`;
      await refuses('nested rules', await t.call('POST', `/api/events/${t.eventId}/scenarios`, body, { 'content-type': 'application/json' }), 400, /params\.rules/);
      const array = `${'['.repeat(5000)}${']'.repeat(5000)}`;
      await refuses('nested array', await t.call('PUT', `/api/events/${t.eventId}/templates`, array, { 'content-type': 'application/json' }), 400, /nested/);
    });

    it('refuses unknown rule names, naming the key, on clone and on edit', async () => {
      await refuses('typo on clone', await t.call('POST', `/api/events/${t.eventId}/scenarios`, { name: 'typo', params: { rules: { maxConsecutiveDay: 1 } } }), 400, /params\.rules\.maxConsecutiveDay/);
      const baseline = (await t.call('GET', `/api/events/${t.eventId}/scenarios`)).json[0];
      await refuses('typo on edit', await t.call('PATCH', `/api/scenarios/${baseline.id}`, { version: baseline.version, params: { rules: { maxConsecutiveDay: 1 } } }), 400, /params\.rules\.maxConsecutiveDay/);
      await refuses('templates as a rule', await t.call('PATCH', `/api/scenarios/${baseline.id}`, { version: baseline.version, params: { rules: { templates: [] } } }), 400, /params\.rules\.templates/);
      const manyKeys = Object.fromEntries(Array.from({ length: 300_000 }, (_, i) => [`k${i}`, i]));
      const huge = await t.call('POST', `/api/events/${t.eventId}/scenarios`, { name: 'huge', params: { rules: manyKeys } });
      await refuses('300,000 keys', huge, 400, /params\.rules\.k0/);
      expect(huge.json.error.details.length).toBeLessThanOrEqual(10);
    });

    it(`refuses params over ${MAX_SCENARIO_PARAMS_BYTES} bytes and still stores a known rule`, async () => {
      const removeAgentIds = Array.from({ length: 5000 }, (_, i) => `X${String(i).padStart(39, '0')}`);
      await refuses('oversize params', await t.call('POST', `/api/events/${t.eventId}/scenarios`, { name: 'big', params: { headcount: { removeAgentIds } } }), 400, /params.*limit|limit.*params/);
      const ok = await t.call('POST', `/api/events/${t.eventId}/scenarios`, { name: 'ok', params: { rules: { maxConsecutiveDays: 5 } } });
      expect(ok.status).toBe(201);
      expect(ok.json.params.rules).toEqual({ maxConsecutiveDays: 5 });
    });
  });
}
