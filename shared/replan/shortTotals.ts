/** Shortfall of the remaining hours in agent-hours and CNY, for the re-plan's "before" and "after". */
import type { ShortTotals } from './types.ts';

/** CNY lost by `missing` agents (fractional when temps cover part of an agent) under nondecreasing marginals. */
export function lostGmvAt(marginals: readonly number[], missing: number): number {
  let sum = 0;
  const whole = Math.floor(missing + 1e-9);
  for (let k = 0; k < Math.min(whole, marginals.length); k++) sum += marginals[k];
  const part = missing - whole;
  if (part > 1e-9 && whole < marginals.length) sum += part * marginals[whole];
  return sum;
}

/** Agent-hours short and the GMV at risk over every cell, from required and staffed agents and each cell's loss curve. */
export function shortTotals(required: Float64Array, staffed: Float64Array, curves: readonly (readonly number[])[]): ShortTotals {
  let hours = 0;
  let lost = 0;
  for (let c = 0; c < required.length; c++) {
    const missing = Math.max(0, required[c] - staffed[c]);
    hours += missing;
    lost += lostGmvAt(curves[c] ?? [], missing);
  }
  return { shortAgentHours: Math.round(hours * 100) / 100, lostGmvCny: Math.round(lost * 100) / 100 };
}
