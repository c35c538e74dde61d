import type { MiddlewareHandler } from 'hono';
import { getSignedCookie } from 'hono/cookie';
import { DomainError } from '../../shared/errors.ts';
import { SESSION_COOKIE, sessionUser } from '../auth/sessions.ts';
import type { UserRole } from '../db/schema.ts';
import type { AppEnv } from './env.ts';

/** Who may call a route: anyone, any signed-in user, or a role (admins may do all a supervisor may). */
export const ACCESS_RULES = ['public', 'signed-in', 'supervisor', 'admin'] as const;
export type Access = (typeof ACCESS_RULES)[number];

/**
 * The OpenAPI extension field in which each route declares its rule, beside its path:
 * `createRoute({ method, path, 'x-access': 'supervisor', ... })`. It stays in the OpenAPI document, where it tells
 * a client who may call the operation.
 */
export const ACCESS_FIELD = 'x-access';

/** A route's rule, the path as Hono registers it relative to /api (`/events/:eventId`). */
export interface RouteRule {
  method: string;
  path: string;
  access: Access;
}

/** A route as Hono lists it (`app.routes`), paths relative to /api. */
export interface RegisteredRoute {
  method: string;
  path: string;
}

/** What declareRules reads: the router's routes and its OpenAPI registry. */
export interface DocumentedRouter {
  routes: readonly RegisteredRoute[];
  openAPIRegistry: { definitions: readonly { type: string; route?: { method: string; path: string; [field: string]: unknown } }[] };
}

/**
 * Every registered route's rule, read from the `x-access` of its OpenAPI definition; `undocumented` names the
 * rules of routes that have no definition (the OpenAPI document's own route). Throws naming every route
 * without a rule, or with an unknown one, so an app with such a route does not start.
 */
export function declareRules(router: DocumentedRouter, undocumented: readonly RouteRule[] = []): RouteRule[] {
  const problems: string[] = [];
  const rules = [...undocumented];
  for (const definition of router.openAPIRegistry.definitions) {
    if (definition.type !== 'route' || !definition.route) continue;
    const { method, path } = definition.route;
    const rule = { method: method.toUpperCase(), path: path.replace(/\{([^}]+)\}/g, ':$1') };
    const access = definition.route[ACCESS_FIELD];
    if (access === undefined) problems.push(`${rule.method} ${rule.path} declares no access rule (add ${ACCESS_FIELD} to its createRoute)`);
    else if (!ACCESS_RULES.includes(access as Access)) problems.push(`${rule.method} ${rule.path} declares ${ACCESS_FIELD} ${JSON.stringify(access)}; expected one of ${ACCESS_RULES.join(', ')}`);
    else rules.push({ ...rule, access: access as Access });
  }
  for (const route of router.routes) {
    if (route.method === 'ALL' || rules.some((r) => r.method === route.method && r.path === route.path)) continue;
    problems.push(`${route.method} ${route.path} declares no access rule (add ${ACCESS_FIELD} to its createRoute)`);
  }
  if (problems.length > 0) throw new Error(`Routes without a valid access rule:\n${[...new Set(problems)].join('\n')}`);
  return rules;
}

const RANK: Record<UserRole, number> = { agent: 1, supervisor: 2, admin: 3 };
const pathPattern = (path: string) => new RegExp(`^${path.replace(/[.]/g, '\\.').replace(/:[A-Za-z]+/g, '[^/]+')}$`);

/** Finds the rule for a request under /api among `rules`, or undefined when none matches. */
function ruleFinder(rules: readonly RouteRule[]): (method: string, apiPath: string) => Access | undefined {
  const compiled = rules.map((r) => ({ ...r, pattern: pathPattern(r.path) }));
  return (method, apiPath) => {
    const verb = method === 'HEAD' ? 'GET' : method;
    // Exact paths first, so /scenarios/compare is not read as /scenarios/:scenarioId.
    const exact = compiled.find((r) => r.method === verb && r.path === apiPath);
    return (exact ?? compiled.find((r) => r.method === verb && r.pattern.test(apiPath)))?.access;
  };
}

/**
 * Resolves the session and enforces each route's rule on every /api request. A registered route without a rule
 * is refused (403) and logged as a programming error; a path no route serves falls through to 404.
 */
export function enforceAccess(secret: () => Promise<string>, rules: () => readonly RouteRule[], registered: () => readonly RegisteredRoute[]): MiddlewareHandler<AppEnv> {
  let accessFor: ReturnType<typeof ruleFinder> | undefined;
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
    accessFor ??= ruleFinder(rules());
    const access = accessFor(c.req.method, apiPath);
    if (access === undefined) {
      if (!isRegistered(c.req.method, apiPath)) return next();
      console.error(`Programming error: ${c.req.method} ${apiPath} has no rule (no x-access in its createRoute); refused`);
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
