import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

const PASSWORD = 'load-test-admin-password';

/** A real server process on loopback with the demo solved and published, for load runs. */
export async function startLoadTarget(): Promise<{ port: number; cookie: string; eventId: number; rosterId: number; close(): Promise<void> }> {
  const { DATABASE_URL: _unused, ...env } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...env, PORT: '0', DATA_DIR: join(mkdtempSync(join(tmpdir(), 'load-')), 'data'), PEAK_ROSTER_ADMIN_PASSWORD: PASSWORD },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const match = /running at http:\/\/localhost:(\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
  const base = `http://127.0.0.1:${port}`;
  const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: PASSWORD }) });
  const cookie = login.headers.get('set-cookie')!.split(';')[0];
  const get = async (path: string, init: RequestInit = {}) => (await fetch(`${base}${path}`, { ...init, headers: { cookie, ...(init.headers ?? {}) } })).json();
  const eventId = (await get('/api/events'))[0].id;
  const scenarioId = (await get(`/api/events/${eventId}/scenarios`))[0].id;
  const job = await get(`/api/scenarios/${scenarioId}/solve`, { method: 'POST' });
  let state = job;
  while (!['succeeded', 'failed', 'cancelled'].includes(state.status)) {
    await new Promise((r) => setTimeout(r, 250));
    state = await get(`/api/jobs/${job.id}`);
  }
  const rosterId = state.result.rosterId;
  await get(`/api/rosters/${rosterId}/publish`, { method: 'POST' });
  return { port, cookie, eventId, rosterId, close: () => stop(child) };
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
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

/** A bounded autocannon run against loopback only: fixed rate, fixed duration, then it stops. */
export function runLoad(options: { port: number; paths: string[]; cookie: string; rate: number; seconds: number }): Promise<LoadReport> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: `http://127.0.0.1:${options.port}`,
        connections: 20,
        overallRate: options.rate,
        duration: options.seconds,
        headers: { cookie: options.cookie },
        requests: options.paths.map((path) => ({ method: 'GET', path })),
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({ requests: result.requests.total, errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average });
      },
    );
  });
}
