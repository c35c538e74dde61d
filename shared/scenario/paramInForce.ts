import { DEFAULT_QUEUE_PARAMS, type QueueParams, type RequirementParams } from '../staffing/params.ts';
import type { QueueCode } from '../types.ts';

/** Where a parameter's value comes from: the event's default, the scenario's value for every queue, or a per-queue override in it. */
export type ParamSource = 'event' | 'scenario' | 'queues';

/**
 * The value of one requirement parameter in force for every queue, and where it comes from. When the scenario
 * overrides it for some queues, `byQueue` lists their values, so a single number never hides a queue's own.
 */
export function paramInForce<K extends keyof QueueParams>(params: RequirementParams | undefined, key: K): { value: QueueParams[K]; source: ParamSource; byQueue: Partial<Record<QueueCode, QueueParams[K]>> } {
  const scenarioValue = params?.defaults?.[key];
  const byQueue: Partial<Record<QueueCode, QueueParams[K]>> = {};
  for (const [queue, own] of Object.entries(params?.queues ?? {}) as [QueueCode, Partial<QueueParams> | undefined][]) {
    const value = own?.[key];
    if (value !== undefined) byQueue[queue] = value as QueueParams[K];
  }
  const value = (scenarioValue ?? DEFAULT_QUEUE_PARAMS[key]) as QueueParams[K];
  const source: ParamSource = Object.keys(byQueue).length > 0 ? 'queues' : scenarioValue !== undefined ? 'scenario' : 'event';
  return { value, source, byQueue };
}
