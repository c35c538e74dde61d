import { createRoute, z } from '@hono/zod-openapi';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { declareRules, enforceAccess, type Access } from '../../server/http/access.ts';
import { newRouter } from '../../server/http/router.ts';
import type { AppEnv } from '../../server/http/env.ts';
import { renderError } from '../../server/http/errors.ts';
import { createCalendarToken } from '../../server/db/repositories/calendarTokens.ts';
import { storeRoster } from '../../server/db/repositories/rosters.ts';
import { jsonb } from '../../server/db/jsonb.ts';
import { claimJobRun, finishJobRun, insertJobRun } from '../../server/db/repositories/jobRuns.ts';
import { publishRoster } from '../../server/services/publishRoster.ts';
import { DATABASES } from '../db/setup.ts';
import { rosterResult } from './fixtures.ts';
import { openTestApp, PASSWORD, type TestApp } from './harness.ts';
import { dumpFingerprint } from './reliability/dump.ts';

const ALLOWED: Record<string, Access[]> = {
  anonymous: ['public'],
  agent1: ['public', 'signed-in'],
  sup: ['public', 'signed-in', 'supervisor'],
  boss: ['public', 'signed-in', 'supervisor', 'admin'],
};

function registeredRoutes(t: TestApp): string[] {
  return [...new Set(t.api.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`))].sort();
}

for (const kind of DATABASES) {
  describe(`access control on ${kind}`, () => {
    let t: TestApp;
    let params: Record<string, string>;
    let queries: Record<string, string>;
    beforeAll(async () => {
      // A stub simulation job: the walk submits one, and it need not run the real simulator.
      t = await openTestApp(kind, { simulate: async () => ({}) });
      const { db } = t.database;
      const baseline = (await t.call('GET', `/api/events/${t.eventId}/scenarios`)).json[0];
      const other = (await t.call('POST', `/api/events/${t.eventId}/scenarios`, { name: 'other', fromScenarioId: baseline.id })).json;
      // Every id the routes take names something that exists, so a GET by an allowed caller can be held to 2xx.
      const shift = { agentId: 'A001', queue: 'pre_sale' as const, template: 'E', start: '2026-11-10T08:00:00+08:00', end: '2026-11-10T16:00:00+08:00' };
      const rosterId = await storeRoster(db, { eventId: t.eventId, scenarioId: baseline.id, scenarioVersion: baseline.version, timeZone: 'Asia/Shanghai', result: rosterResult([shift]) });
      await publishRoster(db, rosterId, { expectedPublishedRosterId: null });
      await db.insertInto('simulations').values({ scenario_id: baseline.id, roster_id: rosterId, spec: jsonb({}), result: jsonb({}) }).execute();
      const jobId = '00000000-0000-4000-8000-000000000001';
      await insertJobRun(db, { id: jobId, kind: 'simulate', payload: {}, eventId: t.eventId, scenarioId: baseline.id });
      await finishJobRun(db, jobId, (await claimJobRun(db, jobId))!.attempt, { status: 'succeeded', result: {} });
      const { record: token } = await createCalendarToken(db, t.eventId, 'event', String(t.eventId));
      const agentUser = (await t.call('GET', '/api/users', undefined, { as: 'boss' })).json.find((u: { username: string }) => u.username === 'agent1');
      params = { eventId: String(t.eventId), scenarioId: String(baseline.id), rosterId: String(rosterId), agentId: 'A002', userId: String(agentUser.id), jobId, tokenId: String(token.id) };
      queries = { 'GET /scenarios/compare': `?ids=${baseline.id},${other.id}` };
    });
    afterAll(() => t.close());

    /** The rule the app enforces for a registered route, keyed `METHOD /path`. */
    const ruleOf = (route: string): Access | undefined => t.rules.find((r) => `${r.method} ${r.path}` === route)?.access;

    /** The request path of a route with every parameter filled in, or undefined when the walk has no id for one of them. */
    const pathOf = (route: string): string | undefined => {
      const template = route.split(' ')[1];
      const names = [...template.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]);
      if (names.some((name) => params[name] === undefined)) return undefined;
      return `/api${template.replace(/:([A-Za-z]+)/g, (_, name: string) => params[name])}${queries[route] ?? ''}`;
    };

    it('declares a rule for every registered route, and no rule for a route that does not exist', () => {
      const routes = registeredRoutes(t);
      const declared = t.rules.map((r) => `${r.method} ${r.path}`);
      expect(routes.filter((r) => !declared.includes(r))).toEqual([]);
      expect(declared.filter((r) => !routes.includes(r))).toEqual([]);
      expect(new Set(declared).size).toBe(declared.length);
    });

    for (const who of ['anonymous', 'agent1', 'sup', 'boss'] as const) {
      it(`answers ${who} as each route declares`, async () => {
        const mismatches: string[] = [];
        for (const route of registeredRoutes(t)) {
          if (route === 'POST /auth/logout' || route === 'POST /auth/login') continue;
          const method = route.split(' ')[0];
          const path = pathOf(route) ?? `/api${route.split(' ')[1].replace(/:[A-Za-z]+/g, '999999')}`;
          const body = method === 'GET' || method === 'DELETE' ? undefined : {};
          const { status } = await t.call(method, path, body, { as: who === 'anonymous' ? null : who });
          const allowed = ALLOWED[who].includes(ruleOf(route)!);
          if (!allowed) {
            const refused = who === 'anonymous' ? 401 : 403;
            if (status !== refused) mismatches.push(`${route}: expected ${refused}, got ${status}`);
          } else if (status === 401 || status === 403 || status >= 500) {
            mismatches.push(`${route}: expected to be allowed, got ${status}`);
          } else if (method === 'GET' && pathOf(route) !== undefined) {
            // Reads with ids that exist succeed; only an account without an agent has no schedule of its own.
            const expected = route === 'GET /me/roster' && who !== 'agent1' ? 404 : 200;
            if (status !== expected) mismatches.push(`${route}: expected ${expected}, got ${status}`);
          }
        }
        expect(mismatches).toEqual([]);
      });
    }

    it('refuses every state-changing route cross-site, with a valid session, before any handler runs', async () => {
      const before = await dumpFingerprint(t.database);
      const mismatches: string[] = [];
      for (const route of registeredRoutes(t)) {
        const method = route.split(' ')[0];
        if (!['POST', 'PUT', 'PATCH', 'DELETE'].includes(method)) continue;
        const path = pathOf(route) ?? `/api${route.split(' ')[1].replace(/:[A-Za-z]+/g, '999999')}`;
        const as = ruleOf(route) === 'admin' ? 'boss' : 'sup';
        const body = method === 'DELETE' ? undefined : route === 'POST /auth/login' ? { username: 'sup', password: PASSWORD } : {};
        const crossSite: Record<string, string>[] = [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }, { 'sec-fetch-site': 'same-site' }];
        for (const headers of crossSite) {
          const { status, json } = await t.call(method, path, body, { as, headers });
          // Only the CSRF check words its refusal this way: a handler or the access rules would answer otherwise.
          if (status !== 403 || !/^Cross-site request/.test(json?.error?.message ?? '')) mismatches.push(`${route} ${JSON.stringify(headers)}: got ${status} ${json?.error?.message}`);
        }
      }
      expect(mismatches).toEqual([]);
      expect(await dumpFingerprint(t.database)).toEqual(before);
      // The sessions survived the refused cross-site logouts.
      expect((await t.call('GET', '/api/auth/me', undefined, { as: 'sup' })).status).toBe(200);
    });

    it('refuses a registered route that has no rule, to everyone, before its handler runs', async () => {
      let ran = 0;
      const api = new Hono<AppEnv>()
        .get('/throwaway/:id', (c) => (ran++, c.json({ ok: true })))
        .post('/throwaway', (c) => (ran++, c.json({ ok: true })));
      const app = new Hono<AppEnv>();
      app.use('*', async (c, next) => {
        c.set('database', t.database);
        await next();
      });
      app.use('/api/*', enforceAccess(async () => 'test-secret-test-secret', () => [], () => api.routes));
      app.route('/api', api);
      app.onError(renderError);
      const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
      try {
        for (const who of [null, 'agent1', 'sup', 'boss']) {
          const headers = { 'content-type': 'application/json', ...(who ? { cookie: t.cookies.get(who)! } : {}) };
          expect((await app.request('/api/throwaway/1', { headers })).status, `GET as ${who}`).toBe(403);
          expect((await app.request('/api/throwaway', { method: 'POST', headers, body: '{}' })).status, `POST as ${who}`).toBe(403);
        }
        expect(logged).toHaveBeenCalledWith(expect.stringContaining('GET /throwaway/1 has no rule'));
      } finally {
        logged.mockRestore();
      }
      expect(ran).toBe(0);
      // A path that no route serves is still not found, not forbidden.
      expect((await app.request('/api/nothing-here')).status).toBe(404);
    });

    it('does not let path tricks bypass the rules', async () => {
      for (const path of [`//api/events`, `/api//events`, `/api/events/%2E%2E/events`, `/api/%65vents`]) {
        const { status } = await t.call('GET', path, undefined, { as: null });
        expect([401, 404]).toContain(status);
      }
    });
  });
}

describe('access rules declared beside their routes', () => {
  const documented = (access?: unknown) =>
    newRouter().openapi(
      createRoute({ method: 'get', path: '/things/{thingId}', ...(access === undefined ? {} : { 'x-access': access }), responses: { 200: { description: 'A thing' } } }),
      (c) => c.body(null, 200),
    );

  it('reads each route\'s x-access, with the path as Hono registers it', () => {
    expect(declareRules(documented('admin'))).toEqual([{ method: 'GET', path: '/things/:thingId', access: 'admin' }]);
    // A sub-router mounted under a prefix keeps its rule under the mounted path.
    expect(declareRules(newRouter().route('/shop', documented('signed-in')))).toEqual([{ method: 'GET', path: '/shop/things/:thingId', access: 'signed-in' }]);
  });

  it('refuses to build an app with a route that declares no rule, or an unknown one, naming the route', () => {
    expect(() => declareRules(documented())).toThrow(/GET \/things\/:thingId declares no access rule \(add x-access to its createRoute\)/);
    expect(() => declareRules(documented('everyone'))).toThrow(/GET \/things\/:thingId declares x-access "everyone"; expected one of public, signed-in, supervisor, admin/);
    const plain = documented('admin');
    plain.post('/things', (c) => c.body(null, 201));
    expect(() => declareRules(plain)).toThrow(/POST \/things declares no access rule/);
    // A route outside the OpenAPI document is fine when its rule is given beside it.
    expect(declareRules(plain, [{ method: 'POST', path: '/things', access: 'supervisor' }])).toHaveLength(2);
  });
});
