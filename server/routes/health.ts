import { createRoute, z } from '@hono/zod-openapi';
import { pingDatabase } from '../db/repositories/health.ts';
import { jsonResponse, newRouter } from '../http/router.ts';

const healthSchema = z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) });

/** Liveness and which database answers. */
export const healthRoutes = newRouter().openapi(
  createRoute({ method: 'get', path: '/health', 'x-access': 'public', tags: ['health'], responses: { 200: jsonResponse(healthSchema, 'The server and its database answer') } }),
  async (c) => {
    const { db, kind } = c.var.database;
    await pingDatabase(db);
    return c.json({ status: 'ok' as const, database: kind }, 200);
  },
);
