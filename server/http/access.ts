import type { MiddlewareHandler } from 'hono';
import { getSignedCookie } from 'hono/cookie';
import { DomainError } from '../../shared/errors.ts';
import { SESSION_COOKIE, sessionUser } from '../auth/sessions.ts';
import type { UserRole } from '../db/schema.ts';
import type { AppEnv } from './env.ts';

/** Who may call a route: anyone, any signed-in user, or a role (admins may do all a supervisor may). */
export type Access = 'public' | 'signed-in' | 'supervisor' | 'admin';

/**
 * Every /api route with its rule, keyed `METHOD /path` as Hono registers it. A route missing here is
 * refused (403) and fails the access test, so a new route cannot ship without a rule.
 */
export const ROUTE_ACCESS: Record<string, Access> = {
  'GET /health': 'public',
  'GET /openapi.json': 'public',
  'POST /auth/login': 'public',
  'POST /auth/logout': 'signed-in',
  'GET /auth/me': 'signed-in',
  'GET /auth/session': 'public',
  'GET /me/roster': 'signed-in',
  'POST /me/calendar-token': 'signed-in',
  'GET /users': 'admin',
  'POST /users': 'admin',
  'PATCH /users/:userId': 'admin',
  'GET /events': 'supervisor',
  'POST /events': 'supervisor',
  'GET /events/:eventId': 'supervisor',
  'GET /events/:eventId/status': 'supervisor',
  'GET /events/:eventId/queues': 'supervisor',
  'GET /events/:eventId/templates': 'supervisor',
  'PUT /events/:eventId/templates': 'supervisor',
  'GET /events/:eventId/agents': 'supervisor',
  'POST /events/:eventId/agents/import': 'supervisor',
  'PATCH /events/:eventId/agents/:agentId': 'supervisor',
  'GET /events/:eventId/forecast': 'supervisor',
  'POST /events/:eventId/forecast/import': 'supervisor',
  'POST /events/:eventId/forecast/generate': 'supervisor',
  'GET /events/:eventId/actuals': 'supervisor',
  'POST /events/:eventId/actuals': 'supervisor',
  'POST /events/:eventId/actuals/import': 'supervisor',
  'GET /events/:eventId/reforecast': 'supervisor',
  'POST /events/:eventId/replan': 'supervisor',
  'POST /events/:eventId/requirement': 'supervisor',
  'GET /events/:eventId/scenarios': 'supervisor',
  'POST /events/:eventId/scenarios': 'supervisor',
  'GET /scenarios/compare': 'supervisor',
  'GET /scenarios/:scenarioId': 'supervisor',
  'PATCH /scenarios/:scenarioId': 'supervisor',
  'DELETE /scenarios/:scenarioId': 'supervisor',
  'GET /scenarios/:scenarioId/requirement': 'supervisor',
  'POST /scenarios/:scenarioId/solve': 'supervisor',
  'GET /scenarios/:scenarioId/roster': 'supervisor',
  'POST /scenarios/:scenarioId/simulate': 'supervisor',
  'GET /scenarios/:scenarioId/simulation': 'supervisor',
  'GET /events/:eventId/roster': 'supervisor',
  'GET /rosters/:rosterId': 'supervisor',
  'GET /rosters/:rosterId/legal-excess': 'supervisor',
  'POST /rosters/:rosterId/publish': 'supervisor',
  'PATCH /rosters/:rosterId/assignments/:assignmentId': 'supervisor',
  'GET /jobs/:jobId': 'supervisor',
  'POST /jobs/:jobId/cancel': 'supervisor',
  'GET /jobs/:jobId/events': 'supervisor',
  'GET /rosters/:rosterId/export.xlsx': 'supervisor',
  'GET /rosters/:rosterId/export.csv': 'supervisor',
  'GET /events/:eventId/calendar-tokens': 'supervisor',
  'POST /events/:eventId/calendar-tokens': 'supervisor',
  'POST /events/:eventId/calendar-tokens/agents': 'supervisor',
  'DELETE /calendar-tokens/:tokenId': 'supervisor',
  'POST /calendar-tokens/:tokenId/rotate': 'supervisor',
};

const RANK: Record<UserRole, number> = { agent: 1, supervisor: 2, admin: 3 };
const pathPattern = (path: string) => new RegExp(`^${path.replace(/[.]/g, '\\.').replace(/:[A-Za-z]+/g, '[^/]+')}$`);
const compiled = Object.entries(ROUTE_ACCESS).map(([key, access]) => {
  const [method, path] = key.split(' ');
  return { method, path, pattern: pathPattern(path), access };
});

/** The rule for a request under /api, or undefined when no route matches. */
export function accessFor(method: string, apiPath: string): Access | undefined {
  const verb = method === 'HEAD' ? 'GET' : method;
  // Exact paths first, so /scenarios/compare is not read as /scenarios/:scenarioId.
  const exact = compiled.find((r) => r.method === verb && r.path === apiPath);
  return (exact ?? compiled.find((r) => r.method === verb && r.pattern.test(apiPath)))?.access;
}

/** A route as Hono lists it (`app.routes`), paths relative to /api. */
export interface RegisteredRoute {
  method: string;
  path: string;
}

/**
 * Resolves the session and enforces ROUTE_ACCESS on every /api request. A registered route without a rule
 * is refused (403) and logged as a programming error; a path no route serves falls through to 404.
 */
export function enforceAccess(secret: () => Promise<string>, registered: () => readonly RegisteredRoute[]): MiddlewareHandler<AppEnv> {
  let routes: { method: string; pattern: RegExp }[] | undefined;
  const isRegistered = (method: string, apiPath: string) => {
    routes ??= registered()
      .filter((r) => r.method !== 'ALL')
      .map((r) => ({ method: r.method, pattern: pathPattern(r.path) }));
    const verb = method === 'HEAD' ? 'GET' : method;
    return routes.some((r) => r.method === verb && r.pattern.test(apiPath));
  };
  return async (c, next) => {
    const apiPath = c.req.path.replace(/^\/api/, '') || '/';
    const access = accessFor(c.req.method, apiPath);
    if (access === undefined) {
      if (!isRegistered(c.req.method, apiPath)) return next();
      console.error(`Programming error: ${c.req.method} ${apiPath} has no rule in ROUTE_ACCESS (server/http/access.ts); refused`);
      throw new DomainError('FORBIDDEN', 'This route declares no access rule');
    }
    const sessionId = await getSignedCookie(c, await secret(), SESSION_COOKIE);
    const user = sessionId ? await sessionUser(c.var.database.db, sessionId, new Date()) : undefined;
    c.set('user', user);
    if (access === 'public') return next();
    if (!user) throw new DomainError('UNAUTHENTICATED', 'Sign in first');
    if (access === 'supervisor' && RANK[user.role] < RANK.supervisor) throw new DomainError('FORBIDDEN', 'This needs a supervisor account');
    if (access === 'admin' && user.role !== 'admin') throw new DomainError('FORBIDDEN', 'This needs an admin account');
    return next();
  };
}
