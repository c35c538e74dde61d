// The server process killed (SIGKILL) in the middle of a publish: after a restart on the same database the
// old roster is published exactly as it was and the new one is an untouched draft, never a mix; publishing
// it again then works.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { solveBaseline, startServer, type ServerProcess } from '../../bench/loadHarness.ts';
import { DATABASE_URL } from '../../db/setup.ts';
import { freshPostgresDatabase } from './freshDatabase.ts';

describe.runIf(DATABASE_URL)('the server killed mid-publish on PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof freshPostgresDatabase>>;
  let server: ServerProcess | undefined;
  beforeAll(async () => {
    database = await freshPostgresDatabase(DATABASE_URL!, 'crash');
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  /** Every roster's status and every assignment's calendar identity, to compare before and after. */
  const rosterState = async () => {
    const rosters = await database.admin`select id, status, published_at from rosters order by id`;
    const [assignments] = await database.admin`select count(*)::int as n, md5(string_agg(concat_ws('|', id, roster_id, shift_uid, sequence, status, note), ',' order by id)) as digest from assignments`;
    return { rosters: rosters.map((r) => ({ ...r })), assignments: { ...assignments } };
  };

  it('leaves the old roster published and the new one a draft, then publishes it after a restart', async () => {
    server = await startServer({ databaseUrl: database.url });
    const { eventId, rosterId: first } = await solveBaseline(server);
    await server.call(`/api/rosters/${first}/publish`, { method: 'POST', body: JSON.stringify({ expectedPublishedRosterId: null }) });
    const published = await server.call(`/api/events/${eventId}/roster`);
    const { rosterId: second } = await solveBaseline(server);
    const before = await rosterState();

    // Hold the new roster's row so the publish stops at its last statement, after superseding the old one.
    const locker = await database.admin.reserve();
    await locker.unsafe('begin');
    await locker`select id from rosters where id = ${second} for update`;
    const publishing = server.call(`/api/rosters/${second}/publish`, { method: 'POST', body: JSON.stringify({ expectedPublishedRosterId: first }) }).catch((error: Error) => error);
    let blocked = false;
    for (let i = 0; i < 100 && !blocked; i++) {
      const waiting = await database.admin`select pid from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and query ilike ${'update "rosters" set "status"%'}`;
      blocked = waiting.length > 0;
      if (!blocked) await new Promise((r) => setTimeout(r, 50));
    }
    expect(blocked).toBe(true);
    await server.kill();
    expect(await publishing).toBeInstanceOf(Error);
    await locker.unsafe('rollback');
    locker.release();
    server = undefined;

    server = await startServer({ databaseUrl: database.url });
    expect(await rosterState()).toEqual(before);
    expect(await server.call(`/api/events/${eventId}/roster`)).toEqual(published);
    expect((await server.call(`/api/rosters/${second}`)).status).toBe('draft');
    const republished = await server.call(`/api/rosters/${second}/publish`, { method: 'POST', body: JSON.stringify({ expectedPublishedRosterId: first }) });
    expect(republished.status).toBe('published');
    expect((await server.call(`/api/events/${eventId}/roster`)).id).toBe(second);
    expect((await server.call(`/api/rosters/${first}`)).status).toBe('superseded');
  }, 240_000);
});
