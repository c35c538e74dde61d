import { createRoute, z } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import { DomainError } from '../../shared/errors.ts';
import { errorResponses, jsonResponse, newRouter } from '../http/router.ts';
import type { JobRecord } from '../jobs/jobService.ts';
import type { JobResult } from '../services/jobHandlers.ts';
import { jobResultSchema } from './resultSchemas.ts';

export const jobSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['solve', 'simulate']),
    status: z.enum(['queued', 'running', 'succeeded', 'failed', 'cancelled']),
    progress: z.number(),
    phase: z.string(),
    eventId: z.number().nullable(),
    scenarioId: z.number().nullable(),
    result: jobResultSchema,
    error: z.object({ code: z.string(), message: z.string() }).nullable(),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
  })
  .openapi('Job');

const jobIdParams = z.object({ jobId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/).openapi({ param: { name: 'jobId', in: 'path' } }) });
const FINISHED = new Set(['succeeded', 'failed', 'cancelled']);
const STREAM_POLL_MS = 500;

/** Jobs: read, stream progress, cancel. */
export const jobRoutes = newRouter()
  .openapi(
    createRoute({ method: 'get', path: '/jobs/{jobId}', 'x-access': 'supervisor', tags: ['jobs'], request: { params: jobIdParams }, responses: { 200: jsonResponse(jobSchema, 'The job'), ...errorResponses(404) } }),
    async (c) => c.json(jobBody(await requireJob(c.var.jobs.get(c.req.valid('param').jobId), c.req.valid('param').jobId)), 200),
  )
  .openapi(
    createRoute({ method: 'post', path: '/jobs/{jobId}/cancel', 'x-access': 'supervisor', tags: ['jobs'], request: { params: jobIdParams }, responses: { 200: jsonResponse(jobSchema, 'The job, cancelled or already finished'), ...errorResponses(404) } }),
    async (c) => {
      const { jobId } = c.req.valid('param');
      await requireJob(c.var.jobs.get(jobId), jobId);
      return c.json(jobBody(await c.var.jobs.cancel(jobId)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/jobs/{jobId}/events',
      'x-access': 'supervisor',
      tags: ['jobs'],
      description: 'Server-sent events: one `job` event per change until the job finishes. Closing the stream does not cancel the job.',
      request: { params: jobIdParams },
      responses: { 200: { description: 'text/event-stream of Job records' }, ...errorResponses(404) },
    }),
    async (c) => {
      const { jobId } = c.req.valid('param');
      await requireJob(c.var.jobs.get(jobId), jobId);
      return streamSSE(c, async (stream) => {
        let last = '';
        while (!stream.aborted) {
          const job = await c.var.jobs.get(jobId);
          const text = JSON.stringify(job);
          if (text !== last) await stream.writeSSE({ event: 'job', data: text });
          last = text;
          if (!job || FINISHED.has(job.status)) break;
          await stream.sleep(STREAM_POLL_MS);
        }
      }) as never;
    },
  );

/** A job as the API sends it: the stored result is what the job kind's handler returned (null until it succeeds). */
export function jobBody(job: JobRecord): Omit<JobRecord, 'result'> & { result: JobResult | null } {
  return { ...job, result: job.result as JobResult | null };
}

async function requireJob(pending: Promise<JobRecord | undefined>, id: string): Promise<JobRecord> {
  const job = await pending;
  if (!job) throw new DomainError('NOT_FOUND', `Job ${id} does not exist`);
  return job;
}
