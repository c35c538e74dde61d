import { existsSync } from 'node:fs';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { secureHeaders } from 'hono/secure-headers';
import type { Database } from './db/connect.ts';
import type { AppEnv } from './http/env.ts';
import { renderError } from './http/errors.ts';
import { healthRoutes } from './routes/health.ts';

export interface AppOptions {
  database: Database;
  /** Folder of the built web app; when absent or missing, only the API is served. */
  webRoot?: string;
}

/** Builds the Hono app: the JSON API under /api and the Solid app for every other path. */
export function createApp(options: AppOptions) {
  const api = new Hono<AppEnv>().route('/', healthRoutes);

  const app = new Hono<AppEnv>();
  app.use('*', secureHeaders());
  app.use('*', async (c, next) => {
    c.set('database', options.database);
    await next();
  });
  app.route('/api', api);
  app.all('/api/*', (c) => c.json({ error: { code: 'NOT_FOUND', message: `No API route ${c.req.method} ${c.req.path}` } }, 404));
  if (options.webRoot && existsSync(options.webRoot)) {
    const root = options.webRoot;
    app.use('/*', serveStatic({ root }));
    // Client-side routes: any other GET gets the SPA shell.
    app.get('*', serveStatic({ root, path: 'index.html' }));
  }
  app.notFound((c) => c.json({ error: { code: 'NOT_FOUND', message: `Nothing at ${c.req.path}` } }, 404));
  app.onError(renderError);
  return app;
}

export type AppType = ReturnType<typeof createApp>;
