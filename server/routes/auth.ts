import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie';
import { DomainError } from '../../shared/errors.ts';
import { beginLoginAttempt, markLoginSucceeded } from '../auth/loginThrottle.ts';
import { verifyPassword } from '../auth/password.ts';
import { createSession, destroySession, SESSION_COOKIE, SESSION_TTL_MS } from '../auth/sessions.ts';
import type { AppEnv } from '../http/env.ts';
import { errorResponses, jsonBody, jsonResponse, newRouter } from '../http/router.ts';

export const userSchema = z.object({ id: z.number(), username: z.string(), role: z.enum(['admin', 'supervisor', 'agent']), agentId: z.number().nullable(), disabled: z.boolean() }).openapi('User');
const loginSchema = z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) }).strict().openapi('Login');

// A hash to compare against when the user does not exist, so timing does not reveal valid usernames.
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

function clientIp(c: Context<AppEnv>): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}

/** Sign in and out; sessions live in signed, HttpOnly, SameSite=Strict cookies. */
export function authRoutes(secret: () => Promise<string>) {
  return newRouter()
    .openapi(
      createRoute({
        method: 'post',
        path: '/auth/login',
        tags: ['auth'],
        request: { body: jsonBody(loginSchema) },
        responses: { 200: jsonResponse(userSchema, 'Signed in'), ...errorResponses(400, 401) },
      }),
      async (c) => {
        const { db } = c.var.database;
        const { username, password } = c.req.valid('json');
        const ip = clientIp(c);
        const attempt = await beginLoginAttempt(db, username, ip, new Date());
        if (!attempt.allowed) {
          c.header('Retry-After', String(attempt.retryAfterSeconds));
          throw new DomainError('RATE_LIMITED', `Too many failed sign-ins; try again in ${Math.ceil(attempt.retryAfterSeconds / 60)} minutes`);
        }
        const row = await db.selectFrom('users').select(['id', 'username', 'role', 'agent_id', 'disabled', 'password_hash']).where('username', '=', username).executeTakeFirst();
        const ok = (await verifyPassword(password, row?.password_hash ?? DUMMY_HASH)) && row !== undefined && !row.disabled;
        if (!ok || !row) throw new DomainError('UNAUTHENTICATED', 'Wrong username or password');
        await markLoginSucceeded(db, attempt.attemptId);
        const previous = await getSignedCookie(c, await secret(), SESSION_COOKIE);
        if (previous) await destroySession(db, previous);
        const session = await createSession(db, row.id, new Date());
        await setSignedCookie(c, SESSION_COOKIE, session.id, await secret(), {
          httpOnly: true,
          sameSite: 'Strict',
          path: '/',
          secure: new URL(c.req.url).protocol === 'https:',
          maxAge: Math.floor(SESSION_TTL_MS / 1000),
        });
        return c.json({ id: row.id, username: row.username, role: row.role, agentId: row.agent_id, disabled: row.disabled }, 200);
      },
    )
    .openapi(
      createRoute({ method: 'post', path: '/auth/logout', tags: ['auth'], responses: { 204: { description: 'Signed out' }, ...errorResponses(401) } }),
      async (c) => {
        const id = await getSignedCookie(c, await secret(), SESSION_COOKIE);
        if (id) await destroySession(c.var.database.db, id);
        deleteCookie(c, SESSION_COOKIE, { path: '/' });
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({ method: 'get', path: '/auth/me', tags: ['auth'], responses: { 200: jsonResponse(userSchema, 'The signed-in user'), ...errorResponses(401) } }),
      async (c) => c.json(c.var.user!, 200),
    );
}
