import { createRoute, z } from '@hono/zod-openapi';
import { jsonResponse, newRouter } from '../http/router.ts';
import { userSchema } from './auth.ts';

/**
 * Who is signed in, if anyone: `{ user: null }` rather than a 401, because a sign-in page asking is expected
 * to find nobody and a browser logs every 4xx as a console error. GET /auth/me keeps its 401 for API clients.
 */
export const sessionRoutes = newRouter().openapi(
  createRoute({
    method: 'get',
    path: '/auth/session',
    'x-access': 'public',
    tags: ['auth'],
    responses: { 200: jsonResponse(z.object({ user: userSchema.nullable() }).openapi('Session'), 'The signed-in user, or null when nobody is signed in') },
  }),
  (c) => {
    const user = c.var.user;
    return c.json({ user: user ? { id: user.id, username: user.username, role: user.role, agentId: user.agentId, disabled: user.disabled } : null }, 200);
  },
);
