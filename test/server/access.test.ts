import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { enforceAccess, ROUTE_ACCESS, type Access } from '../../server/http/access.ts';
import type { AppEnv } from '../../server/http/env.ts';
import { renderError } from '../../server/http/errors.ts';
import { DATABASES } from '../db/setup.ts';
import { openTestApp, type TestApp } from './harness.ts';

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
    beforeAll(async () => {
      t = await openTestApp(kind);
      const scenario = (await t.call('GET', `/api/events/${t.eventId}/scenarios`)).json[0];
      params = { eventId: String(t.eventId), scenarioId: String(scenario.id), rosterId: '999999', agentId: 'A002', userId: '999999', jobId: '00000000-0000-0000-0000-000000000000' };
    });
    afterAll(() => t.close());

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
          const [method, template] = route.split(' ');
          const path = `/api${template.replace(/:([A-Za-z]+)/g, (_, name: string) => params[name])}`;
          const body = method === 'GET' || method === 'DELETE' ? undefined : {};
          const { status } = await t.call(method, path, body, { as: who === 'anonymous' ? null : who });
          const allowed = ALLOWED[who].includes(ROUTE_ACCESS[route]);
          const expected = allowed ? 'allowed' : who === 'anonymous' ? 401 : 403;
          const got = status === 401 || status === 403 ? status : 'allowed';
          if (got !== expected || status >= 500) mismatches.push(`${route}: expected ${expected}, got ${status}`);
        }
        expect(mismatches).toEqual([]);
      });
    }

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
