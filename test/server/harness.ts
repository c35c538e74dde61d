import type { DatabaseKind } from '../../server/db/connect.ts';
import { createApp } from '../../server/app.ts';
import { createUser } from '../../server/auth/users.ts';
import { seedDemo } from '../../server/demo/seedDemo.ts';
import { createJobService, type JobHandler } from '../../server/jobs/jobService.ts';
import { jobHandlers } from '../../server/services/jobHandlers.ts';
import { openTestDatabase } from '../db/setup.ts';

export const PASSWORD = 'correct horse battery';

export interface CallOptions {
  headers?: Record<string, string>;
  /** Whose session to send: a username created by the harness, or null for none. Default: the supervisor. */
  as?: string | null;
}

/** A fresh database with the demo event, users of every role, a job service and an app over it. */
export async function openTestApp(kind: DatabaseKind, options: { maxBodyBytes?: number; simulate?: JobHandler; databaseUrl?: string } = {}) {
  const database = await openTestDatabase(kind, options.databaseUrl);
  const { event } = await seedDemo(database.db);
  const jobs = createJobService(database, { ...jobHandlers(database.db), ...(options.simulate ? { simulate: options.simulate } : {}) }, {
    schema: database.schema ? `${database.schema}_boss` : undefined,
    pollingIntervalSeconds: 0.5,
    cancelPollMs: 100,
  });
  await jobs.start();
  const { app, api, rules } = createApp({ database, jobs, maxBodyBytes: options.maxBodyBytes, sessionSecret: 'test-secret-test-secret' });
  const agentRow = await database.db.selectFrom('agents').select('id').where('external_id', '=', 'A001').executeTakeFirstOrThrow();
  await createUser(database.db, { username: 'boss', password: PASSWORD, role: 'admin' });
  await createUser(database.db, { username: 'sup', password: PASSWORD, role: 'supervisor' });
  await createUser(database.db, { username: 'agent1', password: PASSWORD, role: 'agent', agentId: agentRow.id });
  const cookies = new Map<string, string>();
  const login = async (username: string, password = PASSWORD) => {
    const response = await app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
    const cookie = response.headers.get('set-cookie');
    if (response.ok && cookie) cookies.set(username, cookie.split(';')[0]);
    return response;
  };
  for (const username of ['boss', 'sup', 'agent1']) await login(username);

  const call = async (method: string, path: string, body?: unknown, options: CallOptions | Record<string, string> = {}) => {
    const opts: CallOptions = 'as' in options || 'headers' in options ? (options as CallOptions) : { headers: options as Record<string, string> };
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    const as = opts.as === undefined ? 'sup' : opts.as;
    if (as !== null) headers.cookie = cookies.get(as) ?? '';
    const init: RequestInit = { method, headers };
    if (body !== undefined) {
      if (typeof body === 'string' || body instanceof Uint8Array) init.body = body as BodyInit;
      else {
        init.body = JSON.stringify(body);
        headers['content-type'] ??= 'application/json';
      }
    }
    const response = await app.request(path, init);
    const text = await response.text();
    let json: any;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, json, text };
  };
  const close = async () => {
    await jobs.stop();
    await database.close();
  };
  return { app, api, rules, database, jobs, eventId: event.id, call, login, cookies, close };
}

export type TestApp = Awaited<ReturnType<typeof openTestApp>>;
