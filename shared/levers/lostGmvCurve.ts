/** GMV at risk per missing agent in one hour of one queue, from the queue model's served share (issue 15, "Money"). */
import type { QueueParams } from '../staffing/params.ts';
import { servedShare } from './servedShare.ts';

/** Answering agents among `rostered` after shrinkage; the epsilon absorbs float noise as in the requirement. */
function onlineOf(rostered: number, shrinkage: number): number {
  return Math.floor(rostered * (1 - shrinkage) + 1e-9);
}

/**
 * Pool-adjacent-violators: the nondecreasing sequence closest to `values` with the same sum. Applied to
 * marginal losses it gives the greatest convex minorant of the loss curve, which an LP can price with
 * one bounded segment per missing agent.
 */
export function nondecreasing(values: number[]): number[] {
  const blocks: { sum: number; size: number }[] = [];
  for (const v of values) {
    blocks.push({ sum: v, size: 1 });
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1];
      const prev = blocks[blocks.length - 2];
      if (prev.sum / prev.size <= last.sum / last.size) break;
      blocks.splice(-2, 2, { sum: prev.sum + last.sum, size: prev.size + last.size });
    }
  }
  return blocks.flatMap((b) => new Array<number>(b.size).fill(b.sum / b.size));
}

/**
 * CNY lost by the 1st, 2nd, ... missing rostered agent against `required`: lost chats = chats x (served
 * share at required - served share with fewer), times the value of an answered chat. Served share is
 * taken as never falling when an agent is added, and the marginals are made nondecreasing (convex loss),
 * so the first missing agent never costs more than the next one.
 */
export function marginalLostGmv(required: number, humanChatsPerHour: number, params: QueueParams, valuePerChatCny: number): number[] {
  const n = Math.max(0, Math.ceil(required - 1e-9));
  if (valuePerChatCny <= 0 || humanChatsPerHour <= 0 || n === 0) return new Array<number>(n).fill(0);
  const byOnline = new Map<number, number>();
  const share = (rostered: number) => {
    const online = onlineOf(rostered, params.shrinkage);
    let s = byOnline.get(online);
    if (s === undefined) byOnline.set(online, (s = servedShare(online, humanChatsPerHour, params)));
    return s;
  };
  const served: number[] = [];
  for (let k = 0; k <= n; k++) served.push(Math.max(share(k), served[k - 1] ?? 0));
  const perShare = humanChatsPerHour * valuePerChatCny;
  const marginals = Array.from({ length: n }, (_, k) => perShare * (served[n - k] - served[n - k - 1]));
  return nondecreasing(marginals);
}

/** CNY lost by `missing` agents (a fraction when temps cover part of an agent) under the marginals of marginalLostGmv. */
export function lostGmvOf(marginals: readonly number[], missing: number): number {
  let sum = 0;
  for (let k = 0; k < marginals.length && k < missing; k++) sum += marginals[k] * Math.min(1, missing - k);
  return sum;
}
