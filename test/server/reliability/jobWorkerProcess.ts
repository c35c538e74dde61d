// A separate job-worker process for orphanedJob.test.ts: takes solve jobs from the shared queue and works on each
// until killed. Prints "ready" once it polls the queue. Run with WORKER_DATABASE_URL and WORKER_SCHEMA set.
import { openDatabase } from '../../../server/db/connect.ts';
import { createJobService } from '../../../server/jobs/jobService.ts';

const database = await openDatabase({ url: process.env.WORKER_DATABASE_URL!, schema: process.env.WORKER_SCHEMA, maxConnections: 3 });
const service = createJobService(
  database,
  {
    solve: async (_payload, context) => {
      await context.progress(10, 'solving');
      return new Promise((_, reject) => context.signal.addEventListener('abort', () => reject(context.signal.reason), { once: true }));
    },
  },
  { pollingIntervalSeconds: 0.5, maintenanceIntervalSeconds: 1, cancelPollMs: 100, heartbeatSeconds: 0.5 },
);
await service.start();
console.log('ready');
