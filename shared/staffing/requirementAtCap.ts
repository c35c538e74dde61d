import { QUEUE_CODES, type ForecastRow, type QueueCode, type RequirementRow } from '../types.ts';
import { requirement, type RequirementParams } from './requirement.ts';

/** The requirement with every queue's per-agent cap set to `cap` and all other params kept (for "what cap would close it"). */
export function requirementAtCap(forecast: readonly ForecastRow[], params: RequirementParams, cap: number): RequirementRow[] {
  return requirement(forecast, {
    ...params,
    defaults: { ...params.defaults, concurrencyCap: cap },
    queues: Object.fromEntries(QUEUE_CODES.map((q) => [q, { ...params.queues?.[q], concurrencyCap: cap }])),
  });
}

/** The params with each named queue's per-agent cap replaced; other queues and fields kept. */
export function paramsWithCaps(params: RequirementParams, caps: Partial<Record<QueueCode, number>>): RequirementParams {
  const named = QUEUE_CODES.filter((q) => caps[q] !== undefined);
  if (named.length === 0) return params;
  return { ...params, queues: { ...params.queues, ...Object.fromEntries(named.map((q) => [q, { ...params.queues?.[q], concurrencyCap: caps[q] }])) } };
}
