import { createServer } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { readConfig } from './config.ts';
import { ConfigError, describeHost, openDatabase } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';
import { ensureFirstAdmin } from './auth/users.ts';
import { seedDemo } from './demo/seedDemo.ts';
import { createJobService } from './jobs/jobService.ts';
import { jobHandlers } from './services/jobHandlers.ts';
import { ensureWebBuild, WEB_ROOT } from './webBuild.ts';

const log = (line: string) => console.log(line);

async function start(): Promise<void> {
  const config = readConfig();
  // Fail on a taken port before touching the data directory: two servers must never share one PGlite folder.
  await assertPortFree(config.port);
  await ensureWebBuild(log);
  log(config.databaseUrl ? `Database: PostgreSQL at ${describeHost(config.databaseUrl)}` : `Database: embedded PGlite in ${config.dataDir}`);
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  const applied = await migrateToLatest(database);
  if (applied.length > 0) log(`Migrations applied: ${applied.join(', ')}`);
  const demo = await seedDemo(database.db);
  log(demo.created ? `Demo event created: ${demo.event.name} (id ${demo.event.id})` : `Demo event present: ${demo.event.name} (id ${demo.event.id})`);
  const admin = await ensureFirstAdmin(database.db, process.env.PEAK_ROSTER_ADMIN_PASSWORD);
  if (admin?.password) log(`First admin created: username "${admin.username}", password "${admin.password}" (shown once; change it after signing in)`);
  else if (admin) log(`First admin created: username "${admin.username}" with the password from PEAK_ROSTER_ADMIN_PASSWORD`);
  const jobs = createJobService(database, jobHandlers(database.db));
  await jobs.start();
  const { app } = createApp({ database, jobs, webRoot: WEB_ROOT, trustProxy: config.trustProxy });
  const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
    log(`Peak Roster is running at http://localhost:${info.port}`);
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') console.error(`Configuration error: ${portInUse(config.port).message}`);
    else console.error(`Cannot listen on port ${config.port}: ${error.message}`);
    void database.close().finally(() => process.exit(1));
  });
  const shutdown = () => {
    server.close();
    void jobs
      .stop()
      .then(() => database.close())
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

function portInUse(port: number): ConfigError {
  return new ConfigError(`Port ${port} is already in use. Stop the other process or set PORT, e.g. PORT=3001 npm start.`);
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE' ? portInUse(port) : error));
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

start().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
