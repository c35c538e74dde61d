// A solve whose database backends are killed while it runs: the job ends cleanly (done or failed with a
// reason, never stuck), the published roster is untouched, and the same server goes on serving and solving.
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getBaseline } from '../../../server/db/repositories/scenarios.ts';
import { DATABASE_URL } from '../../db/setup.ts';
import { shiftOn, storeBaselineRoster, waitForJob } from '../fixtures.ts';
import { openTestApp, type TestApp } from '../harness.ts';

describe.runIf(DATABASE_URL)('a solve on PostgreSQL whose backends are killed', () => {
  let t: TestApp;
  let admin: postgres.Sql;
  let scenarioId: number;
  beforeAll(async () => {
    t = await openTestApp('postgres');
    admin = postgres(DATABASE_URL!, { max: 2, onnotice: () => {} });
    scenarioId = (await getBaseline(t.database.db, t.eventId)).id;
    const published = await storeBaselineRoster(t, [shiftOn('A001', 10)]);
    expect((await t.call('POST', `/api/rosters/${published}/publish`, { expectedPublishedRosterId: null })).status).toBe(200);
  });
  afterAll(async () => {
    await admin.end();
    await t.close();
  });

  /** Ends every backend of this suite's app (its own application_name), as a DBA or a failover would. */
  const killBackends = async () => {
    const rows = await admin`select pg_terminate_backend(pid) from pg_stat_activity where application_name = ${`peak-roster/${t.database.schema}`}`;
    return rows.length;
  };

  it('ends the job cleanly, keeps the published roster, and serves and solves again without a restart', async () => {
    const before = await t.call('GET', `/api/events/${t.eventId}/roster`);
    const submitted = await t.call('POST', `/api/scenarios/${scenarioId}/solve`);
    expect(submitted.status).toBe(202);
    let state = submitted.json;
    for (let i = 0; i < 400 && state.status === 'queued'; i++) {
      await new Promise((r) => setTimeout(r, 25));
      state = (await t.call('GET', `/api/jobs/${submitted.json.id}`)).json ?? state;
    }
    expect(state.status).toBe('running');
    let killed = await killBackends();
    await new Promise((r) => setTimeout(r, 300));
    killed += await killBackends();
    expect(killed).toBeGreaterThan(0);

    const ended = await waitForJob(t, submitted.json.id);
    console.log(`solve with its backends killed ${killed} times: ${ended.status}${ended.error ? ` (${ended.error.message})` : ''}`);
    expect(['succeeded', 'failed']).toContain(ended.status);
    if (ended.status === 'failed') expect(ended.error.message).toEqual(expect.any(String));
    else expect(ended.result.rosterId).toEqual(expect.any(Number));

    const after = await t.call('GET', `/api/events/${t.eventId}/roster`);
    expect(after.status).toBe(200);
    expect(after.json).toEqual(before.json);
    expect((await t.call('GET', '/api/health')).status).toBe(200);
    const again = await waitForJob(t, (await t.call('POST', `/api/scenarios/${scenarioId}/solve`)).json.id);
    expect(again.status).toBe('succeeded');
    expect((await t.call('GET', `/api/rosters/${again.result.rosterId}`)).json.diagnostics.violations).toEqual([]);
  }, 240_000);
});
