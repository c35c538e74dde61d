import { existsSync } from 'node:fs';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { sessionSecret } from './auth/sessions.ts';
import type { Database } from './db/connect.ts';
import type { JobService } from './jobs/jobService.ts';
import { declareRules, enforceAccess, type RouteRule } from './http/access.ts';
import { rejectUnstorableInput } from './http/bodyCheck.ts';
import { requestIsTls } from './http/clientInfo.ts';
import { rejectCrossSite } from './http/csrf.ts';
import type { AppEnv } from './http/env.ts';
import { renderError } from './http/errors.ts';
import { newRouter } from './http/router.ts';
import { agentFeedRoutes } from './routes/agentFeeds.ts';
import { agentRoutes } from './routes/agents.ts';
import { calendarTokenRoutes } from './routes/calendarTokens.ts';
import { exportRoutes } from './routes/exports.ts';
import { feedRoutes } from './routes/feeds.ts';
import { authRoutes } from './routes/auth.ts';
import { eventRoutes } from './routes/events.ts';
import { actualRoutes } from './routes/actuals.ts';
import { replanRoutes } from './routes/replan.ts';
import { eventStatusRoutes } from './routes/eventStatus.ts';
import { forecastRoutes } from './routes/forecasts.ts';
import { healthRoutes } from './routes/health.ts';
import { jobRoutes } from './routes/jobs.ts';
import { meRoutes } from './routes/me.ts';
import { rosterRoutes } from './routes/rosters.ts';
import { queueRoutes } from './routes/queues.ts';
import { scenarioRoutes } from './routes/scenarios.ts';
import { simulationRoutes } from './routes/simulations.ts';
import { sessionRoutes } from './routes/session.ts';
import { userRoutes } from './routes/users.ts';

export interface AppOptions {
  database: Database;
  jobs: JobService;
  /** Folder of the built web app; when absent or missing, only the API is served. */
  webRoot?: string;
  /** Largest accepted request body in bytes. */
  maxBodyBytes?: number;
  /** Signs session cookies; by default SESSION_SECRET or a secret kept in the database. */
  sessionSecret?: string;
  /** Believe X-Forwarded-For/-Proto from one reverse proxy (TRUST_PROXY); off by default. */
  trustProxy?: boolean;
}

/** HSTS for a year, sent only on TLS: over plain HTTP browsers ignore it, and it would only advertise a promise not kept. */
const HSTS = 'max-age=31536000; includeSubDomains';

/** 16 MB: a forecast CSV of a year of hours for three queues is under 2 MB. */
export const DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;

/** The OpenAPI document's own route, the one route the document does not describe. */
const OPENAPI_DOCUMENT: RouteRule = { method: 'GET', path: '/openapi.json', access: 'public' };

/** The JSON API under /api; its OpenAPI document is generated from the same zod schemas that validate requests. */
function createApi(secret: () => Promise<string>) {
  const api = newRouter()
    .route('/', healthRoutes)
    .route('/', authRoutes(secret))
    .route('/', sessionRoutes)
    .route('/', meRoutes)
    .route('/', userRoutes)
    .route('/', eventRoutes)
    .route('/', eventStatusRoutes)
    .route('/', queueRoutes)
    .route('/', agentRoutes)
    .route('/', forecastRoutes)
    .route('/', actualRoutes)
    .route('/', replanRoutes)
    .route('/', scenarioRoutes)
    .route('/', rosterRoutes)
    .route('/', simulationRoutes)
    .route('/', jobRoutes)
    .route('/', exportRoutes)
    .route('/', calendarTokenRoutes)
    .route('/', agentFeedRoutes);
  api.doc31(OPENAPI_DOCUMENT.path, {
    openapi: '3.1.0',
    info: {
      title: 'Peak Roster API',
      version: '0.1.0',
      description:
        'Shift scheduling and capacity planning for big-sale customer service. Each operation\'s `x-access` says who may call it: `public` (anyone), `signed-in` (any account), `supervisor` (supervisors and admins) or `admin`.',
    },
  });
  return api;
}

/** Builds the Hono app: the JSON API under /api and the Solid app for every other path. */
export function createApp(options: AppOptions) {
  let secret: Promise<string> | undefined;
  const getSecret = () => (secret ??= sessionSecret(options.database.db, options.sessionSecret ?? process.env.SESSION_SECRET));
  const app = new Hono<AppEnv>();
  app.use(
    '*',
    secureHeaders({
      // Only our own scripts and API; inline style attributes are allowed because Solid sets them, inline scripts are not.
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
      strictTransportSecurity: false,
    }),
  );
  app.use('*', async (c, next) => {
    c.set('database', options.database);
    c.set('jobs', options.jobs);
    c.set('trustProxy', options.trustProxy ?? false);
    await next();
    if (requestIsTls(c)) c.header('Strict-Transport-Security', HSTS);
  });
  const maxSize = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  app.use(
    '/api/*',
    bodyLimit({
      maxSize,
      onError: (c) => c.json({ error: { code: 'LIMIT_EXCEEDED', message: `The request body is larger than ${Math.round(maxSize / 1024 / 1024)} MB` } }, 413),
    }),
  );
  app.use('/api/*', rejectCrossSite());
  const api = createApi(getSecret);
  // Every route declares its rule beside its path; one that does not stops the app here, before it serves.
  const rules = declareRules(api, [OPENAPI_DOCUMENT]);
  app.use('/api/*', enforceAccess(getSecret, () => rules, () => api.routes));
  app.use('/api/*', rejectUnstorableInput());
  app.route('/api', api);
  app.route('/', feedRoutes);
  app.all('/api/*', (c) => c.json({ error: { code: 'NOT_FOUND', message: `No API route ${c.req.method} ${c.req.path}` } }, 404));
  if (options.webRoot && existsSync(options.webRoot)) {
    const root = options.webRoot;
    app.use('/*', serveStatic({ root }));
    // Client-side routes: any other GET gets the SPA shell.
    app.get('*', serveStatic({ root, path: 'index.html' }));
  }
  app.notFound((c) => c.json({ error: { code: 'NOT_FOUND', message: `Nothing at ${c.req.path}` } }, 404));
  app.onError(renderError);
  return { app, api, rules };
}

/** The API's type for the web app's typed client (hc<ApiType>). */
export type ApiType = ReturnType<typeof createApi>;
