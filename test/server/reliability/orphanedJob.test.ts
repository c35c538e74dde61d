// Issue 18, point 3: a job whose worker process is gone is found within seconds by its stale heartbeat and shown
// requeued (or failed, with no retries left) with the reason, then finished by a live process.
import { spawn } from 'node:child_process';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../../server/db/connect.ts';
import type { JobHandler } from '../../../server/jobs/jobService.ts';
import { DATABASE_URL, DATABASES, openTestDatabase } from '../../db/setup.ts';
import { aborted, serviceTracker, until } from '../jobs/helpers.ts';
import { finishJobRun } from '../../../server/db/repositories/jobRuns.ts';

const untilStopped: JobHandler = async (_payload, context) => {
  await context.progress(10, 'solving');
  return aborted(context.signal);
};
/** Beats twice a second and calls a job stale after two silent seconds: short, so the suite is quick. */
const QUICK = { heartbeatSeconds: 0.5, staleAfterSeconds: 2 };

const heartbeatOf = async (database: Database, id: string) =>
  (await database.db.selectFrom('job_runs').select('heartbeat_at').where('id', '=', id).executeTakeFirstOrThrow()).heartbeat_at?.getTime() ?? null;

for (const kind of DATABASES) {
  describe(`a job orphaned by its process on ${kind}`, () => {
    let database: Database & { schema?: string };
    const services = serviceTracker(() => database);
    beforeAll(async () => {
      database = await openTestDatabase(kind);
    });
    afterEach(() => services.stopAll());
    afterAll(() => database.close());

    it('keeps beating while alive, is requeued with the reason once its process stops, and is finished elsewhere', async () => {
      const doomed = await services.start({ solve: untilStopped }, { ...QUICK, expireInSeconds: 600 });
      const { id } = await doomed.submit('solve', {});
      await until(doomed, id, (job) => expect(job).toMatchObject({ status: 'running', phase: 'solving' }));
      const first = await heartbeatOf(database, id);
      await vi.waitFor(async () => expect(await heartbeatOf(database, id)).not.toBe(first), { timeout: 30_000, interval: 100 });
      // As if the process died: its worker stops and writes nothing more, not even a heartbeat.
      await doomed.stop({ graceful: false });
      const watcher = await services.start({}, { ...QUICK, work: false });
      const requeued = await until(watcher, id, (job) => expect(job.status).toBe('queued'));
      expect(requeued.phase).toMatch(/requeued: the server running it stopped responding \(no heartbeat for 2 s\)/);
      const survivor = await services.start({ solve: async () => 'solved again' }, QUICK);
      expect(await until(survivor, id, (job) => expect(job.status).toBe('succeeded'))).toMatchObject({ result: 'solved again' });
    });

    it('fails a stale job with the reason when no retries are left, and a late write of the dead attempt changes nothing', async () => {
      const doomed = await services.start({ solve: untilStopped }, { ...QUICK, retryLimit: 0, expireInSeconds: 600 });
      const { id } = await doomed.submit('solve', {});
      await until(doomed, id, (job) => expect(job.status).toBe('running'));
      await doomed.stop({ graceful: false });
      const watcher = await services.start({}, { ...QUICK, work: false });
      const failed = await until(watcher, id, (job) => expect(job.status).toBe('failed'));
      expect(failed.error).toMatchObject({ code: 'WORKER_LOST', message: expect.stringMatching(/no heartbeat for 2 s.*no retries are left/) });
      expect(await finishJobRun(database.db, id, 1, { status: 'succeeded', result: 'too late' })).toBe(false);
      expect(await watcher.get(id)).toEqual(failed);
    });
  });
}

// Only PostgreSQL can be shared with another process: a real worker process, killed with SIGKILL mid-solve.
describe.runIf(DATABASE_URL)('a job whose worker process is killed on PostgreSQL', () => {
  let database: Database & { schema?: string };
  const services = serviceTracker(() => database);
  beforeAll(async () => {
    database = await openTestDatabase('postgres');
  });
  afterEach(() => services.stopAll());
  afterAll(() => database.close());

  it('is requeued within seconds with the reason and finished by a live process', async () => {
    const front = await services.start({}, { ...QUICK, work: false });
    await front.submit('solve', {}).then((job) => front.cancel(job.id)); // creates pg-boss's queues before the worker polls them
    const worker = spawn(process.execPath, ['--import', 'tsx', 'test/server/reliability/jobWorkerProcess.ts'], {
      env: { ...process.env, WORKER_DATABASE_URL: DATABASE_URL, WORKER_SCHEMA: database.schema },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    try {
      await new Promise<void>((resolve, reject) => {
        worker.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
        worker.once('exit', (code) => reject(new Error(`the worker process exited with ${code}`)));
      });
      const { id } = await front.submit('solve', {});
      await until(front, id, (job) => expect(job).toMatchObject({ status: 'running', phase: 'solving' }));
      worker.kill('SIGKILL');
      await exited;
      const requeued = await until(front, id, (job) => expect(job.status).toBe('queued'));
      expect(requeued.phase).toMatch(/no heartbeat for 2 s/);
      const survivor = await services.start({ solve: async () => 'after the crash' }, QUICK);
      expect(await until(survivor, id, (job) => expect(job.status).toBe('succeeded'))).toMatchObject({ result: 'after the crash' });
    } finally {
      worker.kill('SIGKILL');
    }
  });
});
