/**
 * The simulate command's file format (documented in the README, example in server/cli/simulate-spec.example.json):
 * a start and a number of hours, per queue its hourly arrivals and agents, session and patience; and the
 * result shape scripts read. Translated to and from the engine's own spec and sweep.
 */
import { z } from 'zod';
import { capListSchema } from '../../shared/chat/caps.ts';
import { DomainError } from '../../shared/errors.ts';
import { QUEUE_CODES } from '../../shared/types.ts';
import { MIN_RECOMMENDATION_SEEDS } from '../../shared/simulate/recommendCap.ts';
import { breakShareSchema, MAX_AGENTS_ON_DUTY, MAX_ARRIVALS_PER_HOUR, MAX_HOURS, MAX_MEAN_SECONDS, parseSimulationSpec, patienceSchema, seedSchema, slaSchema, type SimulationSpecInput } from '../../shared/simulate/spec.ts';
import type { QueueOutcome } from '../../shared/simulate/statistics.ts';
import type { SweepResult } from '../../shared/simulate/sweep.ts';

const durationDist = (mean: number) =>
  z.object({ dist: z.enum(['exponential', 'fixed']), mean: z.number().positive().max(MAX_MEAN_SECONDS) }).strict().default({ dist: 'exponential', mean });

const cliQueueSchema = z
  .object({
    id: z.enum(QUEUE_CODES),
    arrivalsPerHour: z.array(z.number().min(0).max(MAX_ARRIVALS_PER_HOUR)),
    agentsPerHour: z.array(z.number().int().min(0).max(MAX_AGENTS_ON_DUTY)),
    session: z
      .object({
        messages: z.object({ dist: z.enum(['fixed', 'geometric']), mean: z.number().min(1).max(1000) }).strict().default({ dist: 'geometric', mean: 4 }),
        replySeconds: durationDist(30),
        thinkSeconds: durationDist(90),
      })
      .strict()
      .optional(),
    patienceSeconds: patienceSchema.optional(),
  })
  .strict();

export const cliSpecSchema = z
  .object({
    seed: seedSchema.default(1),
    /** Seeds per cap: the recommended cap needs intervals, so never fewer than MIN_RECOMMENDATION_SEEDS. */
    seeds: z.number().int().min(MIN_RECOMMENDATION_SEEDS).max(20).default(MIN_RECOMMENDATION_SEEDS),
    start: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/, 'expected ISO 8601 with offset, e.g. 2026-11-11T00:00:00+08:00'),
    hours: z.number().int().min(1).max(MAX_HOURS),
    slaSeconds: slaSchema.default(45),
    caps: capListSchema,
    breakShare: breakShareSchema.default(0),
    queues: z.array(cliQueueSchema).min(1).max(QUEUE_CODES.length),
  })
  .strict()
  .superRefine((spec, ctx) => {
    spec.queues.forEach((q, i) => {
      const first = spec.queues.findIndex((other) => other.id === q.id);
      if (first < i) ctx.addIssue({ code: 'custom', path: ['queues', i, 'id'], message: `duplicate queue id "${q.id}" (queues.${first}.id has it already); each queue appears once` });
      for (const field of ['arrivalsPerHour', 'agentsPerHour'] as const) {
        if (q[field].length !== spec.hours) ctx.addIssue({ code: 'custom', path: ['queues', i, field], message: `expected ${spec.hours} values (one per hour), got ${q[field].length}` });
      }
    });
  });

/** Validates a simulate file and turns it into the engine's spec; INVALID_INPUT names each bad field by its path. */
export function parseCliSpec(input: unknown): SimulationSpecInput {
  const result = cliSpecSchema.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.map((i) => ({ field: i.path.map(String).join('.') || '(root)', message: i.message }));
    throw new DomainError('INVALID_INPUT', `invalid simulation spec: field ${problems[0].field}: ${problems[0].message}`, problems);
  }
  const spec = result.data;
  const engineSpec: SimulationSpecInput = {
    horizonStart: spec.start,
    seed: spec.seed,
    seeds: spec.seeds,
    slaSeconds: spec.slaSeconds,
    caps: spec.caps,
    breakShare: spec.breakShare,
    queues: spec.queues.map((q) => ({
      queue: q.id,
      arrivalsPerHour: q.arrivalsPerHour,
      agentsOnDuty: q.agentsPerHour,
      ...(q.session
        ? {
            session: {
              messages: { mean: q.session.messages.mean, distribution: q.session.messages.dist },
              replySeconds: { mean: q.session.replySeconds.mean, distribution: q.session.replySeconds.dist },
              thinkSeconds: { mean: q.session.thinkSeconds.mean, distribution: q.session.thinkSeconds.dist },
            },
          }
        : {}),
      ...(q.patienceSeconds !== undefined ? { patienceSeconds: q.patienceSeconds } : {}),
    })),
  };
  // The engine's own limits (most chats per run) still apply.
  parseSimulationSpec(engineSpec);
  return engineSpec;
}

function queueFigures(o: QueueOutcome) {
  return {
    arrivals: o.arrivals,
    served: o.served,
    abandoned: o.abandoned,
    openAtEnd: o.openAtEnd,
    wait: o.admissionWait,
    firstResponse: o.firstResponse,
    serviceLevel: o.withinSla,
    utilization: o.utilisation,
    meanOpenChatsPerAgent: o.meanOpenChatsPerAgent,
    maxQueueLength: o.maxQueueLength,
  };
}

/** The sweep in the simulate command's result shape: per cap, per queue (with the same figures per hour) and overall; times in seconds. */
export function cliResult(sweep: SweepResult) {
  return {
    results: sweep.caps.map((c) => ({
      cap: c.cap,
      queues: Object.entries(c.byQueue).map(([id, o]) => ({
        id,
        ...queueFigures(o!),
        perHour: c.byHour.filter((h) => h.queue === id).map((h) => ({ hourStart: h.hourStart, ...queueFigures(h) })),
      })),
      overall: queueFigures(c.overall),
    })),
    // Per queue: the recommended cap, its criterion, and every cap's means with 95 % intervals over the seeds.
    recommended: sweep.recommended ?? {},
  };
}
