import { vi } from 'vitest';
import type { Database } from '../../../server/db/connect.ts';
import { createJobService, type JobHandler, type JobRecord, type JobService, type JobServiceOptions } from '../../../server/jobs/jobService.ts';

/** Short intervals keep the suites fast; they change how soon things happen, never what is asserted. */
export const FAST: JobServiceOptions = { pollingIntervalSeconds: 0.5, maintenanceIntervalSeconds: 1, cancelPollMs: 100 };

export interface Gate {
  promise: Promise<void>;
  open(): void;
}

export function gate(): Gate {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

/** Resolves when the signal aborts, as a handler waiting on a worker would. */
export function aborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));
}

/** Services started by a suite, stopped (as if their process died) after each test. */
export function serviceTracker(database: () => Database) {
  const services: JobService[] = [];
  return {
    async start(handlers: Partial<Record<'solve' | 'simulate', JobHandler>>, options: JobServiceOptions = {}): Promise<JobService> {
      const unused: JobHandler = () => Promise.reject(new Error('no handler for this kind in this test'));
      const service = createJobService(database(), { solve: handlers.solve ?? unused, simulate: handlers.simulate ?? unused }, { ...FAST, ...options });
      services.push(service);
      await service.start();
      return service;
    },
    async stopAll(): Promise<void> {
      await Promise.all(services.splice(0).map((service) => service.stop({ graceful: false })));
    },
  };
}

/** Polls the job until `check` passes (vitest's timeout bounds the wait; nothing here measures time). */
export function until(service: JobService, id: string, check: (job: JobRecord) => void): Promise<JobRecord> {
  return vi.waitFor(
    async () => {
      const job = await service.get(id);
      if (!job) throw new Error(`job ${id} not found`);
      check(job);
      return job;
    },
    { timeout: 60_000, interval: 50 },
  );
}
