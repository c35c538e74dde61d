// PostgreSQL restarted while a publish waits inside its transaction: the request fails cleanly, the old roster
// stays published, and the same app (no restart of its own) reads and publishes again once the server is back.
// Runs on a private cluster so the machine's shared server is never restarted under other suites.
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shiftOn as shift, storeBaselineRoster } from '../fixtures.ts';
import { openTestApp, type TestApp } from '../harness.ts';
import { canRunPrivateCluster, startPrivateCluster } from './privateCluster.ts';

describe.runIf(canRunPrivateCluster)('PostgreSQL restarted during a publish', () => {
  let cluster: Awaited<ReturnType<typeof startPrivateCluster>>;
  let t: TestApp;
  let admin: postgres.Sql;
  let first: number;
  let second: number;
  beforeAll(async () => {
    cluster = await startPrivateCluster();
    t = await openTestApp('postgres', { databaseUrl: cluster.url });
    admin = postgres(cluster.url, { max: 2, onnotice: () => {} });
    first = await storeBaselineRoster(t, [shift('A001', 10), shift('A002', 10)]);
    second = await storeBaselineRoster(t, [shift('A003', 11)]);
    expect((await t.call('POST', `/api/rosters/${first}/publish`, { expectedPublishedRosterId: null })).status).toBe(200);
  }, 120_000);
  afterAll(async () => {
    await admin?.end({ timeout: 1 });
    await t?.close();
    cluster?.stop();
  });

  it('fails the publish cleanly, keeps the old roster, and serves again without restarting the app', async () => {
    const published = (await t.call('GET', `/api/events/${t.eventId}/roster`)).json;
    const locker = await admin.reserve();
    await locker.unsafe('begin');
    await locker.unsafe(`select id from ${t.database.schema}.events where id = ${t.eventId} for update`);
    const publishing = t.call('POST', `/api/rosters/${second}/publish`, { expectedPublishedRosterId: first });
    let waiting = false;
    for (let i = 0; i < 100 && !waiting; i++) {
      waiting = (await admin`select 1 from pg_stat_activity where application_name = ${`peak-roster/${t.database.schema}`} and wait_event_type = 'Lock'`).length > 0;
      if (!waiting) await new Promise((r) => setTimeout(r, 50));
    }
    expect(waiting).toBe(true);
    cluster.restart();
    const response = await publishing;
    expect(response.status).toBe(503);
    expect(response.json.error.code).toBe('UNAVAILABLE');

    // The same app, its pools reconnecting on their own.
    let health = await t.call('GET', '/api/health');
    for (let i = 0; i < 50 && health.status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 200));
      health = await t.call('GET', '/api/health');
    }
    expect(health.status).toBe(200);
    // A connection broken by the restart may still answer one read with a 503 (never a 500): a client tries again.
    const read = async (path: string) => {
      let response = await t.call('GET', path);
      for (let i = 0; i < 5 && response.status === 503; i++) response = await t.call('GET', path);
      expect(response.status, path).toBe(200);
      return response.json;
    };
    expect(await read(`/api/events/${t.eventId}/roster`)).toEqual(published);
    expect((await read(`/api/rosters/${second}`)).status).toBe('draft');
    expect((await t.call('POST', `/api/rosters/${second}/publish`, { expectedPublishedRosterId: first })).status).toBe(200);
    expect((await t.call('GET', `/api/events/${t.eventId}/roster`)).json.id).toBe(second);
  }, 120_000);
});
