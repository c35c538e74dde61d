import { createRoute, z } from '@hono/zod-openapi';
import { createUser, listUsers, updateUser } from '../auth/users.ts';
import { errorResponses, idParam, jsonBody, jsonResponse, newRouter } from '../http/router.ts';
import { userSchema } from './auth.ts';

const role = z.enum(['admin', 'supervisor', 'agent']);
const newUserSchema = z
  .object({ username: z.string().regex(/^[A-Za-z0-9_.@-]{3,60}$/, '3-60 letters, digits or _ . @ -'), password: z.string().min(10).max(200), role, agentId: z.number().int().positive().nullable().optional() })
  .strict()
  .openapi('NewUser');
const patchSchema = z.object({ role: role.optional(), password: z.string().min(10).max(200).optional(), disabled: z.boolean().optional(), agentId: z.number().int().positive().nullable().optional() }).strict().openapi('UserPatch');

/** Accounts, for admins. */
export const userRoutes = newRouter()
  .openapi(createRoute({ method: 'get', path: '/users', 'x-access': 'admin', tags: ['users'], responses: { 200: jsonResponse(z.array(userSchema), 'All users'), ...errorResponses(401, 403) } }), async (c) =>
    c.json(await listUsers(c.var.database.db), 200),
  )
  .openapi(
    createRoute({ method: 'post', path: '/users', 'x-access': 'admin', tags: ['users'], request: { body: jsonBody(newUserSchema) }, responses: { 201: jsonResponse(userSchema, 'Created'), ...errorResponses(400, 401, 403, 409) } }),
    async (c) => c.json(await createUser(c.var.database.db, c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/users/{userId}',
      'x-access': 'admin',
      tags: ['users'],
      description: 'Disabling a user, changing the role or the password ends the user\'s sessions at once.',
      request: { params: z.object({ userId: idParam('userId') }), body: jsonBody(patchSchema) },
      responses: { 200: jsonResponse(userSchema, 'Updated'), ...errorResponses(400, 401, 403, 404) },
    }),
    async (c) => c.json(await updateUser(c.var.database.db, c.req.valid('param').userId, c.req.valid('json')), 200),
  );
