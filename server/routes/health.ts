import { pingDatabase } from '../db/repositories/health.ts';
import { newRouter } from '../http/router.ts';

/** Liveness and which database answers. */
export const healthRoutes = newRouter().get('/health', async (c) => {
  const { db, kind } = c.var.database;
  await pingDatabase(db);
  return c.json({ status: 'ok' as const, database: kind });
});
