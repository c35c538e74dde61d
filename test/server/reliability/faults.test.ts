import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_URL } from '../../db/setup.ts';
import { shiftOn as shift, storeBaselineRoster } from '../fixtures.ts';
import { openTestApp, type TestApp } from '../harness.ts';
import { dumpFingerprint } from './dump.ts';

describe.runIf(DATABASE_URL)('faults on PostgreSQL', () => {
  let t: TestApp;
  let admin: postgres.Sql;
  let first: number;
  let second: number;
  beforeAll(async () => {
    t = await openTestApp('postgres');
    admin = postgres(DATABASE_URL!, { max: 2, onnotice: () => {} });
    first = await storeBaselineRoster(t, [shift('A001', 10), shift('A002', 10)]);
    second = await storeBaselineRoster(t, [shift('A003', 11), shift('A004', 11), shift('A005', 11)]);
    expect((await t.call('POST', `/api/rosters/${first}/publish`, { expectedPublishedRosterId: null })).status).toBe(200);
  });
  afterAll(async () => {
    await admin.end();
    await t.close();
  });

  it('a publish whose backend is killed fails cleanly, leaves the old roster published, and the server keeps serving', async () => {
    const before = await dumpFingerprint(t.database);
    const schema = t.database.schema!;
    const locker = await admin.reserve();
    await locker.unsafe('begin');
    await locker.unsafe(`select id from ${schema}.events where id = ${t.eventId} for update`);
    const publishing = t.call('POST', `/api/rosters/${second}/publish`, { expectedPublishedRosterId: first });
    let victim: number | undefined;
    for (let i = 0; i < 50 && victim === undefined; i++) {
      const rows = await admin`select pid from pg_stat_activity where application_name = ${`peak-roster/${schema}`} and wait_event_type = 'Lock' and query ilike ${'%for update%'}`;
      victim = rows[0]?.pid;
      if (victim === undefined) await new Promise((r) => setTimeout(r, 100));
    }
    expect(victim).toBeDefined();
    await admin`select pg_terminate_backend(${victim!})`;
    const response = await publishing;
    await locker.unsafe('rollback');
    locker.release();
    expect(response.status).toBe(503);
    expect(response.json.error.code).toBe('UNAVAILABLE');
    expect(await dumpFingerprint(t.database)).toEqual(before);
    expect((await t.call('GET', `/api/events/${t.eventId}/roster`)).json.id).toBe(first);
    const retry = await t.call('POST', `/api/rosters/${second}/publish`, { expectedPublishedRosterId: first });
    expect(retry.status).toBe(200);
    expect((await t.call('GET', `/api/events/${t.eventId}/roster`)).json.id).toBe(second);
  });

  it('a held row lock makes an edit fail within the lock timeout instead of hanging, and the pool recovers', async () => {
    const schema = t.database.schema!;
    const scenario = (await t.call('GET', `/api/events/${t.eventId}/scenarios`)).json[0];
    const locker = await admin.reserve();
    await locker.unsafe('begin');
    await locker.unsafe(`select id from ${schema}.scenarios where id = ${scenario.id} for update`);
    const response = await t.call('PATCH', `/api/scenarios/${scenario.id}`, { version: scenario.version, name: 'blocked' });
    await locker.unsafe('rollback');
    locker.release();
    expect(response.status).toBe(503);
    const after = await t.call('PATCH', `/api/scenarios/${scenario.id}`, { version: scenario.version, name: 'unblocked' });
    expect(after.status).toBe(200);
  });
});
