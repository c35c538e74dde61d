import type { DatabaseKind } from '../../server/db/connect.ts';
import { createApp } from '../../server/app.ts';
import { seedDemo } from '../../server/demo/seedDemo.ts';
import { openTestDatabase } from '../db/setup.ts';

/** A fresh database with the demo event and an app over it, for API tests. */
export async function openTestApp(kind: DatabaseKind, options: { maxBodyBytes?: number } = {}) {
  const database = await openTestDatabase(kind);
  const { event } = await seedDemo(database.db);
  const { app } = createApp({ database, maxBodyBytes: options.maxBodyBytes });
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const init: RequestInit = { method, headers: { ...headers } };
    if (body !== undefined) {
      if (typeof body === 'string' || body instanceof Uint8Array) init.body = body as BodyInit;
      else {
        init.body = JSON.stringify(body);
        (init.headers as Record<string, string>)['content-type'] = 'application/json';
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
  return { app, database, eventId: event.id, call, close: () => database.close() };
}

export type TestApp = Awaited<ReturnType<typeof openTestApp>>;
