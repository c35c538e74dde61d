import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../server/db/connect.ts';
import type { JobHandler } from '../../../server/jobs/jobService.ts';
import { DATABASE_URL, DATABASES, openTestDatabase } from '../../db/setup.ts';
import { aborted, gate, serviceTracker, until } from './helpers.ts';

/** Reports that it started, then runs until its signal aborts: a long solve. */
const untilStopped: JobHandler = async (_payload, context) => {
  await context.progress(10, 'solving');
  return aborted(context.signal);
};

const attempts = async (database: Database, id: string) =>
  (await database.db.selectFrom('job_runs').select('attempts').where('id', '=', id).executeTakeFirstOrThrow()).attempts;

for (const kind of DATABASES) {
  describe(`job recovery on ${kind}`, () => {
    let database: Database;
    const services = serviceTracker(() => database);
    beforeAll(async () => {
      database = await openTestDatabase(kind);
    });
    afterEach(() => services.stopAll());
    afterAll(() => database.close());

    it('picks up a job whose process died once pg-boss expires it', async () => {
      const doomed = await services.start({ solve: untilStopped }, { expireInSeconds: 3 });
      const { id } = await doomed.submit('solve', { scenario: 1 });
      await until(doomed, id, (job) => expect(job).toMatchObject({ status: 'running', phase: 'solving' }));
      // As if the process died: its worker stops and nothing is written, so the job stays active in pg-boss.
      await doomed.stop({ graceful: false });
      const survivor = await services.start({ solve: async (payload) => ({ solvedAgain: payload }) });
      const done = await until(survivor, id, (job) => expect(job.status).toBe('succeeded'));
      expect(done.result).toEqual({ solvedAgain: { scenario: 1 } });
      expect(await attempts(database, id)).toBe(2);
    });

    it('hands running jobs back at once on a graceful stop', async () => {
      const stopping = await services.start({ solve: untilStopped }, { expireInSeconds: 600 });
      const { id } = await stopping.submit('solve', {});
      await until(stopping, id, (job) => expect(job.status).toBe('running'));
      await stopping.stop({ graceful: true, timeoutMs: 50 });
      expect(await stopping.get(id)).toMatchObject({ status: 'queued', phase: 'waiting for another server' });
      // Expiry is ten minutes away: only the release lets another process finish the job in this test.
      const next = await services.start({ solve: async () => 'done' });
      expect(await until(next, id, (job) => expect(job.status).toBe('succeeded'))).toMatchObject({ result: 'done' });
    });

    it('keeps pg-boss in its own schema next to ours', async () => {
      await services.start({}, { work: false });
      const { rows } = await sql<{ schema: string; current: string }>`
        select n.nspname as schema, current_schema() as current from pg_namespace n where n.nspname like '%boss'`.execute(database.db);
      const current = rows[0]?.current;
      expect(rows.map((r) => r.schema)).toContain(current === 'public' ? 'pgboss' : `${current}_boss`);
    });
  });
}

// PGlite is one in-process database, so only PostgreSQL can show two processes sharing a queue.
for (const kind of DATABASES.filter((k) => k === 'postgres')) {
  describe(`two job services on one ${kind} database`, () => {
    let database: Database & { schema?: string };
    let second: Database;
    const services = serviceTracker(() => database);
    const others = serviceTracker(() => second);
    beforeAll(async () => {
      database = await openTestDatabase(kind);
      // A second connection pool on the same schema stands in for a second server process.
      second = await openDatabase({ url: DATABASE_URL, schema: database.schema, maxConnections: 5 });
    });
    afterEach(async () => {
      await services.stopAll();
      await others.stopAll();
    });
    afterAll(async () => {
      await second.close();
      await database.close();
    });

    it('share the queue and run each job exactly once', async () => {
      const runs = new Map<string, string[]>();
      const bothBusy = gate();
      let concurrent = 0;
      const handler = (name: string): JobHandler => async (_payload, context) => {
        runs.set(context.jobId, [...(runs.get(context.jobId) ?? []), name]);
        // Each service runs one solve at a time: two at once means both services took a job.
        if (++concurrent === 2) bothBusy.open();
        await bothBusy.promise;
        concurrent--;
        return name;
      };
      const a = await services.start({ solve: handler('a') });
      await others.start({ solve: handler('b') });
      const ids = await Promise.all(Array.from({ length: 6 }, () => a.submit('solve', {})));
      const done = await Promise.all(ids.map(({ id }) => until(a, id, (job) => expect(job.status).toBe('succeeded'))));
      expect([...runs.keys()].sort()).toEqual(ids.map(({ id }) => id).sort());
      expect([...runs.values()].every((ran) => ran.length === 1)).toBe(true);
      expect(new Set(done.map((job) => job.result))).toEqual(new Set(['a', 'b']));
    });
  });
}
