import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/connect.ts';
import type { JobHandler } from '../../../server/jobs/jobService.ts';
import { runInWorker } from '../../../server/jobs/runInWorker.ts';
import { DomainError } from '../../../shared/errors.ts';
import { DATABASES, openTestDatabase } from '../../db/setup.ts';
import { aborted, gate, serviceTracker, until } from './helpers.ts';

const TASK = fileURLToPath(new URL('../../fixtures/jobs-busyTask.ts', import.meta.url));

/** The real path: a CPU-bound task in a worker thread, as the roster solve runs. */
const inWorker: JobHandler = (payload, context) =>
  runInWorker({ module: TASK, export: 'busy', input: payload }, { signal: context.signal, timeoutMs: 60_000, onProgress: (p, phase) => void context.progress(p, phase) });

for (const kind of DATABASES) {
  describe(`job service on ${kind}`, () => {
    let database: Database;
    const services = serviceTracker(() => database);
    beforeAll(async () => {
      database = await openTestDatabase(kind);
    });
    afterEach(() => services.stopAll());
    afterAll(() => database.close());

    it('runs a job in a worker thread to success and stores its result', async () => {
      const jobs = await services.start({ solve: inWorker });
      const submitted = await jobs.submit('solve', { spins: 3 }, { eventId: undefined });
      expect(submitted).toMatchObject({ kind: 'solve', status: 'queued', progress: 0, result: null, error: null, startedAt: null });
      const done = await until(jobs, submitted.id, (job) => expect(job.status).toBe('succeeded'));
      expect(done).toMatchObject({ progress: 100, phase: 'done', error: null, result: { total: 3 * 4999950000 } });
      expect(done.startedAt).not.toBeNull();
      expect(done.finishedAt).not.toBeNull();
    });

    it('shows progress and phase while the job runs', async () => {
      const release = gate();
      const jobs = await services.start({
        simulate: async (_payload, context) => {
          await context.progress(40, 'simulating day 1');
          await release.promise;
          return { ok: true };
        },
      });
      const { id } = await jobs.submit('simulate', {});
      await until(jobs, id, (job) => expect(job).toMatchObject({ status: 'running', progress: 40, phase: 'simulating day 1' }));
      release.open();
      expect(await until(jobs, id, (job) => expect(job.status).toBe('succeeded'))).toMatchObject({ result: { ok: true }, progress: 100 });
    });

    it('records a domain error thrown in the worker by its code', async () => {
      const jobs = await services.start({ simulate: inWorker });
      const { id } = await jobs.submit('simulate', { fail: true });
      const done = await until(jobs, id, (job) => expect(job.status).toBe('failed'));
      expect(done.error).toEqual({ code: 'INFEASIBLE', message: 'no roster satisfies these rules' });
      expect(done.result).toBeNull();
    });

    it('records any other error without its internals', async () => {
      const jobs = await services.start({ solve: () => Promise.reject(new TypeError('x is undefined')) });
      const { id } = await jobs.submit('solve', {});
      expect((await until(jobs, id, (job) => expect(job.status).toBe('failed'))).error).toEqual({ code: 'INTERNAL', message: 'The job failed unexpectedly; the server log has the details' });
    });

    it('cancels a running job by terminating its worker', async () => {
      const jobs = await services.start({ solve: inWorker });
      const { id } = await jobs.submit('solve', { forever: true });
      await until(jobs, id, (job) => expect(job.phase).toBe('spinning'));
      await jobs.cancel(id);
      expect(await until(jobs, id, (job) => expect(job.status).toBe('cancelled'))).toMatchObject({ phase: 'cancelled', result: null });
    });

    it('cancels from another process: the running one sees the flag in the database', async () => {
      const jobs = await services.start({ solve: inWorker });
      const submitter = await services.start({}, { work: false });
      const { id } = await submitter.submit('solve', { forever: true });
      await until(jobs, id, (job) => expect(job.phase).toBe('spinning'));
      await submitter.cancel(id);
      await until(submitter, id, (job) => expect(job.status).toBe('cancelled'));
    });

    it('never ends a cancelled job as succeeded, even when its handler ignores the signal', async () => {
      const release = gate();
      const jobs = await services.start({ solve: async () => (await release.promise, { done: true }) });
      const { id } = await jobs.submit('solve', {});
      await until(jobs, id, (job) => expect(job.status).toBe('running'));
      await jobs.cancel(id);
      release.open();
      expect(await until(jobs, id, (job) => expect(job.status).toBe('cancelled'))).toMatchObject({ result: null });
    });

    it('cancels a queued job so that no process runs it', async () => {
      const submitter = await services.start({}, { work: false });
      const { id } = await submitter.submit('solve', {});
      expect(await submitter.cancel(id)).toMatchObject({ status: 'cancelled', finishedAt: expect.any(String) });
      let ran = false;
      const worker = await services.start({ solve: async () => (ran = true) });
      const later = await submitter.submit('solve', {});
      await until(worker, later.id, (job) => expect(job.status).toBe('succeeded'));
      expect(ran).toBe(true);
      expect(await worker.get(id)).toMatchObject({ status: 'cancelled', startedAt: null });
    });

    it('returns a finished job unchanged on cancel, and NOT_FOUND for an unknown id', async () => {
      const jobs = await services.start({ simulate: async () => 7 });
      const { id } = await jobs.submit('simulate', {});
      await until(jobs, id, (job) => expect(job.status).toBe('succeeded'));
      expect(await jobs.cancel(id)).toMatchObject({ status: 'succeeded', result: 7 });
      await expect(jobs.cancel('00000000-0000-4000-8000-000000000000')).rejects.toThrow(new DomainError('NOT_FOUND', 'Job 00000000-0000-4000-8000-000000000000 does not exist'));
      expect(await jobs.get('nope')).toBeUndefined();
    });

    it('stops a job at its deadline and fails it with LIMIT_EXCEEDED', async () => {
      const jobs = await services.start({ solve: (_payload, context) => aborted(context.signal) }, { expireInSeconds: 2 });
      const { id } = await jobs.submit('solve', {});
      const done = await until(jobs, id, (job) => expect(job.status).toBe('failed'));
      expect(done.error).toEqual({ code: 'LIMIT_EXCEEDED', message: 'The solve job took longer than 2 s and was stopped' });
    });

    it('lists jobs, newest first, by scenario', async () => {
      const jobs = await services.start({}, { work: false });
      const scenarioId = await demoScenario(database);
      const first = await jobs.submit('solve', { n: 1 }, { scenarioId });
      const second = await jobs.submit('simulate', { n: 2 }, { scenarioId });
      await jobs.submit('solve', {});
      const listed = await jobs.list({ scenarioId });
      expect(listed.map((job) => job.id).sort()).toEqual([first.id, second.id].sort());
      expect(listed.every((job) => job.scenarioId === scenarioId)).toBe(true);
      expect((await jobs.list()).length).toBeGreaterThanOrEqual(3);
    });
  });
}

async function demoScenario(database: Database): Promise<number> {
  const event = await database.db
    .insertInto('events')
    .values({ slug: `jobs-${Math.random().toString(36).slice(2)}`, name: 'jobs', horizon_start: '2026-11-08T00:00:00Z', horizon_end: '2026-11-09T00:00:00Z', window_start: '2026-11-08T00:00:00Z', window_end: '2026-11-08T02:00:00Z' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const scenario = await database.db.insertInto('scenarios').values({ event_id: event.id, name: 'baseline', is_baseline: true }).returning('id').executeTakeFirstOrThrow();
  return scenario.id;
}
