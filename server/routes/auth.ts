import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie';
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE_SECONDS, deviceFor, newDeviceCookie } from '../auth/knownDevice.ts';
import { destroySession, SESSION_COOKIE, SESSION_TTL_MS } from '../auth/sessions.ts';
import { clientAddress, requestIsTls } from '../http/clientInfo.ts';
import type { AppEnv } from '../http/env.ts';
import { signIn, SignInThrottled } from '../services/signIn.ts';
import { errorResponses, jsonBody, jsonResponse, newRouter } from '../http/router.ts';

export const userSchema = z.object({ id: z.number(), username: z.string(), role: z.enum(['admin', 'supervisor', 'agent']), agentId: z.number().nullable(), disabled: z.boolean() }).openapi('User');
const loginSchema = z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) }).strict().openapi('Login');

/** Cookie options: `Secure` exactly when the request came over TLS (directly or through a trusted proxy). */
const cookieOptions = (c: Context<AppEnv>, maxAge: number, path: string) => ({ httpOnly: true, sameSite: 'Strict' as const, path, secure: requestIsTls(c), maxAge });

/** Sign in and out; sessions live in signed, HttpOnly, SameSite=Strict cookies. */
export function authRoutes(secret: () => Promise<string>) {
  return newRouter()
    .openapi(
      createRoute({
        method: 'post',
        path: '/auth/login',
        'x-access': 'public',
        tags: ['auth'],
        request: { body: jsonBody(loginSchema) },
        responses: { 200: jsonResponse(userSchema, 'Signed in'), ...errorResponses(400, 401) },
      }),
      async (c) => {
        const { username, password } = c.req.valid('json');
        const key = await secret();
        const device = deviceFor(await getSignedCookie(c, key, DEVICE_COOKIE), username);
        const previousSessionId = (await getSignedCookie(c, key, SESSION_COOKIE)) || undefined;
        try {
          const { user, sessionId } = await signIn(c.var.database.db, { username, password, ip: clientAddress(c), device, previousSessionId }, new Date());
          await setSignedCookie(c, SESSION_COOKIE, sessionId, key, cookieOptions(c, Math.floor(SESSION_TTL_MS / 1000), '/'));
          // A known device keeps its cookie; a browser that just proved the password gets one for this name.
          if (!device) await setSignedCookie(c, DEVICE_COOKIE, newDeviceCookie(username), key, cookieOptions(c, DEVICE_COOKIE_MAX_AGE_SECONDS, '/api/auth'));
          return c.json(user, 200);
        } catch (error) {
          if (error instanceof SignInThrottled) c.header('Retry-After', String(error.retryAfterSeconds));
          throw error;
        }
      },
    )
    .openapi(
      createRoute({ method: 'post', path: '/auth/logout', 'x-access': 'signed-in', tags: ['auth'], responses: { 204: { description: 'Signed out' }, ...errorResponses(401) } }),
      async (c) => {
        const id = await getSignedCookie(c, await secret(), SESSION_COOKIE);
        if (id) await destroySession(c.var.database.db, id);
        deleteCookie(c, SESSION_COOKIE, { path: '/' });
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({ method: 'get', path: '/auth/me', 'x-access': 'signed-in', tags: ['auth'], responses: { 200: jsonResponse(userSchema, 'The signed-in user'), ...errorResponses(401) } }),
      async (c) => c.json(c.var.user!, 200),
    );
}
