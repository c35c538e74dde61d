import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { enforceAccess, ROUTE_ACCESS, type Access } from '../../server/http/access.ts';
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

    /** The request path of a route with every parameter filled in, or undefined when the walk has no id for one of them. */
    const pathOf = (route: string): string | undefined => {
      const template = route.split(' ')[1];
      const names = [...template.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]);
      if (names.some((name) => params[name] === undefined)) return undefined;
      return `/api${template.replace(/:([A-Za-z]+)/g, (_, name: string) => params[name])}${queries[route] ?? ''}`;
    };

    it('declares a rule for every registered route, and no rule for a route that does not exist', () => {
      const routes = registeredRoutes(t);
      expect(routes.filter((r) => !(r in ROUTE_ACCESS))).toEqual([]);
      expect(Object.keys(ROUTE_ACCESS).filter((r) => !routes.includes(r))).toEqual([]);
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
          const allowed = ALLOWED[who].includes(ROUTE_ACCESS[route]);
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
        const as = ROUTE_ACCESS[route] === 'admin' ? 'boss' : 'sup';
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
      app.use('/api/*', enforceAccess(async () => 'test-secret-test-secret', () => api.routes));
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
