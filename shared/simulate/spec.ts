import { z } from 'zod';
import { DomainError } from '../errors.ts';
import { CAPS_TO_TRY, capListSchema, capSchema } from '../chat/caps.ts';
import { chatModelOf } from '../chat/chatModel.ts';
import { DEFAULT_QUEUE_PARAMS } from '../staffing/params.ts';
import { QUEUE_CODES } from '../types.ts';

/** The simulator's defaults are the requirement's: one chat model (shared/chat/chatModel.ts), never defaulted twice. */
const DEFAULT_CHAT = chatModelOf(DEFAULT_QUEUE_PARAMS);
const DEFAULT_SESSION = {
  messages: { mean: DEFAULT_CHAT.messagesPerSession, distribution: 'geometric' },
  thinkSeconds: { mean: DEFAULT_CHAT.thinkSeconds, distribution: 'exponential' },
  replySeconds: { mean: DEFAULT_CHAT.replySeconds, distribution: 'exponential' },
} as const;

/** Longest mean reply or think time, in seconds. */
export const MAX_MEAN_SECONDS = 36_000;
/** Most human chats one queue may receive in one simulated hour. */
export const MAX_ARRIVALS_PER_HOUR = 1_000_000;
/** Most agents one queue may have on duty in one simulated hour. */
export const MAX_AGENTS_ON_DUTY = 100_000;
/** Longest horizon one simulation covers, in hours (62 days). */
export const MAX_HOURS = 24 * 62;

const distribution = (mean: number, kinds: readonly [string, ...string[]], least = z.number().positive()) => z.object({ mean: least.max(MAX_MEAN_SECONDS).default(mean), distribution: z.enum(kinds).default(kinds[0]) }).strict();

const sessionSchema = z
  .object({
    messages: distribution(DEFAULT_SESSION.messages.mean, ['geometric', 'fixed']).default(DEFAULT_SESSION.messages),
    // Zero think time is a session of one message: nobody thinks between replies.
    thinkSeconds: distribution(DEFAULT_SESSION.thinkSeconds.mean, ['exponential', 'fixed'], z.number().min(0)).default(DEFAULT_SESSION.thinkSeconds),
    replySeconds: distribution(DEFAULT_SESSION.replySeconds.mean, ['exponential', 'fixed']).default(DEFAULT_SESSION.replySeconds),
  })
  .strict();
/** A mean patience in seconds; null: nobody leaves. */
export const patienceSchema = z.number().positive().max(86_400).nullable();
/** A first-response target in seconds. */
export const slaSchema = z.number().positive().max(3600);
/** The share of on-duty agents on a break at any time. */
export const breakShareSchema = z.number().min(0).max(0.9);
/** A run's random seed. */
export const seedSchema = z.number().int().min(0).max(2 ** 31);

/**
 * A simulation of chat intake, hour by hour from a named horizon start. Defaults are the requirement's
 * chat model (shared/staffing/params.ts): 4 messages a session, 20 s per agent reply and about 133 s of
 * customer thinking between them, so a session alone with its agent lasts 8 minutes (DOMAIN.md); customers
 * give up after 3 minutes in the queue and 5 minutes waiting for a reply, on average.
 */
export const simulationSpecSchema = z
  .object({
    horizonStart: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/, 'expected ISO 8601 with offset'),
    queues: z
      .array(
        z
          .object({
            queue: z.enum(QUEUE_CODES),
            /** Human chats arriving in each hour. */
            arrivalsPerHour: z.array(z.number().min(0).max(MAX_ARRIVALS_PER_HOUR)).min(1).max(MAX_HOURS),
            /** Agents on duty in each hour (the roster's count). */
            agentsOnDuty: z.array(z.number().int().min(0).max(MAX_AGENTS_ON_DUTY)).min(1).max(MAX_HOURS),
            /** This queue's own session and patience, when they differ from the spec-wide ones. */
            session: sessionSchema.optional(),
            patienceSeconds: patienceSchema.optional(),
            /** Mean patience while waiting for a reply inside a chat (exponential); null: nobody leaves a chat. */
            replyPatienceSeconds: patienceSchema.optional(),
            /** This queue's own first-response target and break share (its shrinkage), when they differ from the spec-wide ones. */
            slaSeconds: slaSchema.optional(),
            /** The queue's own cap, as the requirement plans it: a run "as planned" simulates each queue at its own. */
            cap: capSchema.optional(),
            breakShare: breakShareSchema.optional(),
          })
          .strict()
          .refine((q) => q.arrivalsPerHour.length === q.agentsOnDuty.length, { message: 'arrivalsPerHour and agentsOnDuty must cover the same hours' }),
      )
      .min(1)
      .max(QUEUE_CODES.length)
      .superRefine((queues, ctx) => {
        queues.forEach((q, i) => {
          const first = queues.findIndex((other) => other.queue === q.queue);
          if (first < i) ctx.addIssue({ code: 'custom', path: [i, 'queue'], message: `duplicate queue "${q.queue}" (queues.${first}.queue has it already); each queue appears once` });
        });
      }),
    caps: capListSchema.default([...CAPS_TO_TRY]),
    session: sessionSchema.default(DEFAULT_SESSION),
    /** Mean patience in the queue (exponential); null: nobody leaves. */
    patienceSeconds: patienceSchema.default(DEFAULT_CHAT.patienceSeconds),
    /** Mean patience while waiting for a reply inside a chat (exponential); null: nobody leaves a chat. */
    replyPatienceSeconds: patienceSchema.default(DEFAULT_CHAT.replyPatienceSeconds),
    /**
     * Share of on-duty agents on a staggered break at any time (the resting group rotates every quarter hour):
     * they take no new chats and reply to none, handing their chats to colleagues with room.
     */
    breakShare: breakShareSchema.default(0),
    /** First response within this many seconds counts as on time (DOMAIN.md: at most 45 s). */
    slaSeconds: slaSchema.default(DEFAULT_QUEUE_PARAMS.targetSeconds),
    seed: seedSchema.default(1),
    /** Seeds per cap (seed, seed + 1, ...); from 5 on, each queue gets a recommended cap with 95 % intervals (recommendCap.ts). */
    seeds: z.number().int().min(1).max(20).default(1),
  })
  .strict();

export type SimulationSpec = z.infer<typeof simulationSpecSchema>;
export type SimulationSpecInput = z.input<typeof simulationSpecSchema>;

/** Most customers one simulation may draw; past it the run would take minutes and gigabytes. */
export const MAX_CUSTOMERS = 3_000_000;

/** Validates a spec; throws INVALID_INPUT naming each bad field by its JSON path. */
export function parseSimulationSpec(input: unknown): SimulationSpec {
  const result = simulationSpecSchema.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.map((i) => ({ field: i.path.map(String).join('.') || '(root)', message: i.message }));
    throw new DomainError('INVALID_INPUT', `invalid simulation spec: field ${problems[0].field}: ${problems[0].message}`, problems);
  }
  const expected = result.data.queues.reduce((sum, q) => sum + q.arrivalsPerHour.reduce((s, x) => s + x, 0), 0);
  if (expected > MAX_CUSTOMERS) throw new DomainError('LIMIT_EXCEEDED', `the spec expects ${Math.round(expected)} chats; one simulation handles at most ${MAX_CUSTOMERS}`);
  return result.data;
}
