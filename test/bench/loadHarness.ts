import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

const PASSWORD = 'load-test-admin-password';

/** A real server process on loopback, signed in as the first admin. */
export interface ServerProcess {
  port: number;
  cookie: string;
  /** The first admin's password: the one given, or the random one the server printed. */
  adminPassword: string;
  /** What the process printed on stdout up to "running at". */
  output: string;
  /** GET (or the given method) as the admin, parsed JSON. */
  call(path: string, init?: RequestInit): Promise<any>;
  /** SIGTERM and wait for the exit. */
  close(): Promise<void>;
  /** SIGKILL: the process dies on the spot, as in a crash or an OOM kill. */
  kill(): Promise<void>;
}

/**
 * Starts `server/main.ts` as `npm start` would: on embedded PGlite in `dataDir`, or on `databaseUrl`. The first
 * admin gets `adminPassword` through PEAK_ROSTER_ADMIN_PASSWORD, or with null none, so the server prints a random one.
 */
export async function startServer(options: { databaseUrl?: string; dataDir?: string; adminPassword?: string | null } = {}): Promise<ServerProcess> {
  const { DATABASE_URL: _unused, PEAK_ROSTER_ADMIN_PASSWORD: _unset, ...env } = process.env;
  const given = options.adminPassword === undefined ? PASSWORD : options.adminPassword;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...env,
      ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
      PORT: '0',
      DATA_DIR: options.dataDir ?? join(mkdtempSync(join(tmpdir(), 'load-')), 'data'),
      ...(given !== null ? { PEAK_ROSTER_ADMIN_PASSWORD: given } : {}),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const match = /running at http:\/\/localhost:(\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
  const base = `http://127.0.0.1:${port}`;
  // As main.ts prints it: First admin created: username "admin", password "<random>" (shown once; ...)
  const adminPassword = given ?? /First admin created: username "admin", password "([^"]+)"/.exec(output)?.[1] ?? '';
  const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: adminPassword }) });
  if (!login.ok) throw new Error(`the first admin cannot sign in: HTTP ${login.status}`);
  const cookie = login.headers.get('set-cookie')!.split(';')[0];
  const call = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`${base}${path}`, { ...init, headers: { cookie, ...(init.body ? { 'content-type': 'application/json' } : {}), ...(init.headers ?? {}) } });
    const text = await response.text();
    return text ? JSON.parse(text) : undefined;
  };
  return { port, cookie, adminPassword, output, call, close: () => stop(child, 'SIGTERM'), kill: () => stop(child, 'SIGKILL') };
}

/** Solves the first event's baseline through the API and waits for the job; returns the new roster's id. */
export async function solveBaseline(server: ServerProcess): Promise<{ eventId: number; rosterId: number }> {
  const eventId = (await server.call('/api/events'))[0].id;
  const scenarioId = (await server.call(`/api/events/${eventId}/scenarios`))[0].id;
  const job = await server.call(`/api/scenarios/${scenarioId}/solve`, { method: 'POST' });
  let state = job;
  while (!['succeeded', 'failed', 'cancelled'].includes(state.status)) {
    await new Promise((r) => setTimeout(r, 250));
    state = await server.call(`/api/jobs/${job.id}`);
  }
  if (state.status !== 'succeeded') throw new Error(`solve ${state.status}: ${JSON.stringify(state.error)}`);
  return { eventId, rosterId: state.result.rosterId };
}

/** A real server process on loopback with the demo solved and published and a team feed issued, for load runs: on embedded PGlite, or on `databaseUrl`. */
export async function startLoadTarget(databaseUrl?: string): Promise<{ port: number; cookie: string; eventId: number; rosterId: number; teamFeed: string; close(): Promise<void> }> {
  const server = await startServer({ databaseUrl });
  const { eventId, rosterId } = await solveBaseline(server);
  await server.call(`/api/rosters/${rosterId}/publish`, { method: 'POST', body: JSON.stringify({ expectedPublishedRosterId: null }) });
  const feed = await server.call(`/api/events/${eventId}/calendar-tokens`, { method: 'POST', body: JSON.stringify({ scope: 'team', subject: 'T01' }) });
  return { port: server.port, cookie: server.cookie, eventId, rosterId, teamFeed: feed.url, close: server.close };
}

function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

export interface LoadReport {
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  p50: number;
  p99: number;
  rps: number;
}

/**
 * How the requests of each second arrive. autocannon's rate limiter lets each connection send its
 * per-second quota back to back when the second starts, so `burst` (20 connections at rate/20 each)
 * is a burst of `rate` requests at the top of every second, 20 at a time. `spread` runs 20
 * single-connection autocannon clients at rate/20 each, started 1/20 s apart, so the second's
 * requests arrive spread over it, as a crowd of supervisors' browsers would send them.
 */
export type Pacing = 'burst' | 'spread';

const CLIENTS = 20;

/** A bounded autocannon run against loopback only: fixed rate, fixed duration, then it stops. Sends Accept-Encoding: gzip, as browsers do. */
export async function runLoad(options: { port: number; paths: string[]; cookie: string; rate: number; seconds: number; pacing?: Pacing }): Promise<LoadReport> {
  const latencies: number[] = [];
  if ((options.pacing ?? 'burst') === 'burst') return summarise([await autocannonRun(options, CLIENTS, options.rate, latencies)], latencies, options.seconds);
  const runs = Array.from(
    { length: CLIENTS },
    (_, i) => new Promise<autocannon.Result>((resolve, reject) => setTimeout(() => autocannonRun(options, 1, options.rate / CLIENTS, latencies).then(resolve, reject), (i * 1000) / CLIENTS)),
  );
  return summarise(await Promise.all(runs), latencies, options.seconds);
}

/** One autocannon run; every response's time (ms from request to response) is pushed to `latencies`. */
function autocannonRun(options: { port: number; paths: string[]; cookie: string; seconds: number }, connections: number, rate: number, latencies: number[]): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${options.port}`,
        connections,
        overallRate: rate,
        duration: options.seconds,
        headers: { cookie: options.cookie, 'accept-encoding': 'gzip' },
        requests: options.paths.map((path) => ({ method: 'GET', path })),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  });
}

/** One report over several runs, with exact percentiles of every response time (autocannon's own would need its histograms merged). */
function summarise(results: autocannon.Result[], latencies: number[], seconds: number): LoadReport {
  const requests = results.reduce((sum, r) => sum + r.requests.total, 0);
  const sorted = Float64Array.from(latencies).sort();
  const at = (q: number) => (sorted.length === 0 ? Number.NaN : Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] * 10) / 10);
  return {
    requests,
    errors: results.reduce((sum, r) => sum + r.errors, 0),
    timeouts: results.reduce((sum, r) => sum + r.timeouts, 0),
    non2xx: results.reduce((sum, r) => sum + r.non2xx, 0),
    p50: at(0.5),
    p99: at(0.99),
    rps: Math.round((requests / seconds) * 10) / 10,
  };
}
