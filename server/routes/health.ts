import { newRouter } from "../http/router.ts";
import { sql } from 'kysely';
import type { AppEnv } from '../http/env.ts';

/** Liveness and which database answers. */
export const healthRoutes = newRouter().get('/health', async (c) => {
  const { db, kind } = c.var.database;
  await sql`select 1`.execute(db);
  return c.json({ status: 'ok' as const, database: kind });
});
