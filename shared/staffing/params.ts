import { z } from 'zod';
import { DomainError } from '../errors.ts';
import { QUEUE_CODES, type QueueCode } from '../types.ts';

/** Every input of the requirement model for one queue, all set. */
export interface QueueParams {
  /** Share of inquiries the shop's chatbot answers, in [0, 1]. */
  botShare: number;
  /** Session length of one chat when the agent holds no other chat, in seconds. */
  ahtSeconds: number;
  /** Maximum concurrent chats per agent (Qianniu's 最大接待量). */
  concurrencyCap: number;
  /** Mean customer messages per session (the chat model, shared/chat/chatModel.ts). */
  messagesPerSession: number;
  /** Mean agent seconds per reply; the think time between messages is derived from ahtSeconds. */
  replySeconds: number;
  /** Mean patience while waiting for an agent, in seconds; null: nobody leaves. */
  patienceSeconds: number | null;
  /** Mean patience while waiting for a reply inside a chat, in seconds; null: nobody leaves. */
  replyPatienceSeconds: number | null;
  /** Share of customers whose first message is answered within `targetSeconds`, in (0, 1). */
  serviceShare: number;
  /** The shop's first-response target in seconds (shared/chat/serviceMeasures.ts). */
  targetSeconds: number;
  /** Share of rostered time not spent answering chats (breaks, meetings), in [0, 0.9]. */
  shrinkage: number;
}

/**
 * Defaults, from DOMAIN.md unless noted:
 * - botShare 0.35: the Double 12 practice note keeps bot handling at 30-40 %; we take the middle so
 *   neither the optimistic nor the pessimistic end is built into the plan.
 * - ahtSeconds 480: about 8 min of agent time per chat.
 * - concurrencyCap 4: Alibaba Cloud's contact-center example limit, and Koole's 3-4 chats per agent.
 * - 80 % of first replies within 45 s: the Double 12 practice note's first-response target (DOMAIN.md);
 *   80 % is the usual service-level share, our assumption.
 * - shrinkage 0.3.
 * - The chat (our assumptions, to calibrate per shop): 4 customer messages per session, 20 s per agent
 *   reply, so the customer thinks (480 − 80) / 3 ≈ 133 s between messages; patience 180 s waiting for
 *   an agent (waits over 120 s draw negative reviews, DOMAIN.md) and 300 s waiting for a reply. The slowdown
 *   as an agent holds more chats follows from one reply at a time (shared/chat/agentChats.ts).
 */
export const DEFAULT_QUEUE_PARAMS: Readonly<QueueParams> = Object.freeze({
  botShare: 0.35,
  ahtSeconds: 480,
  concurrencyCap: 4,
  messagesPerSession: 4,
  replySeconds: 20,
  patienceSeconds: 180,
  replyPatienceSeconds: 300,
  serviceShare: 0.8,
  targetSeconds: 45,
  shrinkage: 0.3,
});

/** The per-agent concurrent-chat caps (最大接待量) any input may name: the requirement's, the cap lever's candidates. */
export const CONCURRENCY_CAP_RANGE = Object.freeze({ min: 1, max: 1000 });

/** One per-agent cap, inside CONCURRENCY_CAP_RANGE. */
export const concurrencyCapSchema = z.number().int().min(CONCURRENCY_CAP_RANGE.min).max(CONCURRENCY_CAP_RANGE.max);

/** One queue's params, every field required; the single home of each field's valid range. */
const queueParamsShape = z
  .object({
    botShare: z.number().min(0).max(1),
    ahtSeconds: z.number().min(1).max(4 * 3600),
    concurrencyCap: concurrencyCapSchema,
    messagesPerSession: z.number().min(1).max(100),
    replySeconds: z.number().min(1).max(3600),
    patienceSeconds: z.number().min(1).max(86_400).nullable(),
    replyPatienceSeconds: z.number().min(1).max(86_400).nullable(),
    serviceShare: z.number().gt(0).lt(1),
    targetSeconds: z.number().min(0).max(3600),
    shrinkage: z.number().min(0).max(0.9),
  })
  .strict();

export const queueParamsSchema = queueParamsShape;

const partialQueueParamsSchema = queueParamsShape.partial();

/** Params for the requirement: `defaults` for every queue, then per-queue overrides; all optional. */
export const requirementParamsSchema = z
  .object({
    defaults: partialQueueParamsSchema.optional(),
    queues: z.object({ pre_sale: partialQueueParamsSchema, after_sale: partialQueueParamsSchema, logistics: partialQueueParamsSchema }).partial().strict().optional(),
  })
  .strict();

export type RequirementParams = z.infer<typeof requirementParamsSchema>;

/** Validates params from a file or request body; throws INVALID_INPUT naming each bad field by its JSON path. */
export function parseRequirementParams(input: unknown): RequirementParams {
  const result = requirementParamsSchema.safeParse(input);
  if (result.success) return result.data;
  throw invalidParams(result.error.issues);
}

/** Fills one queue's missing params with the defaults and checks every field; throws INVALID_INPUT naming the field. */
export function completeQueueParams(partial?: Partial<QueueParams>): QueueParams {
  const result = queueParamsSchema.safeParse({ ...DEFAULT_QUEUE_PARAMS, ...definedOnly(partial) });
  if (result.success) return result.data;
  throw invalidParams(result.error.issues);
}

function invalidParams(issues: z.core.$ZodIssue[]): DomainError {
  const problems = issues.map((issue) => ({ field: issue.path.map(String).join('.') || '(root)', message: issue.message }));
  const first = problems[0];
  return new DomainError('INVALID_INPUT', `invalid requirement params: field ${first.field}: ${first.message}`, problems);
}

/** The full params of one queue: built-in defaults, overridden by `defaults`, overridden by the queue's own. */
export function resolveQueueParams(params: RequirementParams, queue: QueueCode): QueueParams {
  return { ...DEFAULT_QUEUE_PARAMS, ...definedOnly(params.defaults), ...definedOnly(params.queues?.[queue]) };
}

function definedOnly(values: Partial<QueueParams> | undefined): Partial<QueueParams> {
  return Object.fromEntries(Object.entries(values ?? {}).filter(([, v]) => v !== undefined));
}

/** The full params of every queue. */
export function resolveAllQueueParams(params: RequirementParams): Record<QueueCode, QueueParams> {
  const validated = parseRequirementParams(params);
  return Object.fromEntries(QUEUE_CODES.map((q) => [q, resolveQueueParams(validated, q)])) as Record<QueueCode, QueueParams>;
}
