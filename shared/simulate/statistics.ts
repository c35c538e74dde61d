import type { RunStats } from './runStats.ts';
import { COARSE, FINE, quantile, shareAtMost, type HistogramScale } from './histogram.ts';

/** Distribution of a duration in seconds; percentiles are nearest-rank over histogram buckets (within 0.25 %). */
export interface DurationStats {
  mean: number | null;
  p50: number | null;
  p90: number | null;
  p99: number | null;
  max: number | null;
}

export interface QueueOutcome {
  arrivals: number;
  /** Chats closed after their last reply. */
  served: number;
  /** Left while waiting for an agent or, of those `abandonedInChat`, inside a chat waiting for a reply. */
  abandoned: number;
  abandonedInChat: number;
  /** Still waiting or in a chat when the horizon ends, counted apart: arrivals = served + abandoned + openAtEnd. */
  openAtEnd: number;
  admissionWait: DurationStats;
  /** Customers who never got a reply count as unanswered (infinite), so abandonment cannot flatter it. */
  firstResponse: DurationStats;
  withinSla: number;
  utilisation: number | null;
  meanOpenChatsPerAgent: number | null;
  maxQueueLength: number;
}

/**
 * Statistics of `total` values of which `counts` (from `offset`) holds the finite ones; the others are
 * "never". Percentiles that fall among the nevers are null; mean and max are over the finite values.
 */
export function durationStats(counts: Uint32Array, offset: number, scale: HistogramScale, total: number, finite: { count: number; sum: number; max: number }): DurationStats {
  if (total === 0) return { mean: null, p50: null, p90: null, p99: null, max: null };
  const at = (p: number) => {
    const v = quantile(counts, offset, scale, total, p);
    // A bucket's midpoint may lie past the largest value seen; never report more than that.
    return v === null ? null : round(Math.min(v, finite.max));
  };
  return {
    mean: finite.count ? round(finite.sum / finite.count) : null,
    p50: at(0.5),
    p90: at(0.9),
    p99: at(0.99),
    max: finite.count ? round(finite.max) : null,
  };
}

/** Outcome of the given queues of a run (one queue, or all of them merged). */
export function outcome(stats: RunStats, queues: number[]): QueueOutcome {
  const total = (column: Float64Array) => sum(queues.map((q) => column[q]));
  const merged = (hist: Uint32Array) => {
    const out = new Uint32Array(FINE.buckets);
    for (const q of queues) for (let b = 0; b < FINE.buckets; b++) out[b] += hist[q * FINE.buckets + b];
    return out;
  };
  const arrivals = total(stats.arrivals);
  const served = total(stats.served);
  const abandoned = total(stats.abandoned);
  const admitted = total(stats.admitted);
  const answered = total(stats.answered);
  const duty = total(stats.dutySeconds);
  return {
    arrivals,
    served,
    abandoned,
    abandonedInChat: total(stats.abandonedInChat),
    openAtEnd: total(stats.openAtEnd),
    admissionWait: durationStats(merged(stats.waitHist), 0, FINE, admitted, { count: admitted, sum: total(stats.waitSum), max: Math.max(0, ...queues.map((q) => stats.waitMax[q])) }),
    firstResponse: durationStats(merged(stats.firstHist), 0, FINE, arrivals, { count: answered, sum: total(stats.firstSum), max: Math.max(0, ...queues.map((q) => stats.firstMax[q])) }),
    withinSla: arrivals ? round(total(stats.onTime) / arrivals, 4) : 1,
    utilisation: duty > 0 ? round(total(stats.busySeconds) / duty, 4) : null,
    meanOpenChatsPerAgent: duty > 0 ? round(total(stats.openChatSeconds) / duty, 3) : null,
    maxQueueLength: Math.max(0, ...queues.map((q) => stats.maxQueue[q])),
  };
}

/**
 * Outcome of one (hour, queue) cell: counts, waits and service level of the customers who arrived in that
 * hour (COARSE buckets, so percentiles are within 2.5 %); utilisation, open chats and the longest queue
 * by the clock within the hour.
 */
export function hourOutcome(stats: RunStats, cell: number): QueueOutcome {
  const arrivals = stats.hourArrivals[cell];
  const admitted = stats.hourAdmitted[cell];
  const answered = stats.hourAnswered[cell];
  const duty = stats.hourDutySeconds[cell];
  return {
    arrivals,
    served: stats.hourServed[cell],
    abandoned: stats.hourAbandoned[cell],
    abandonedInChat: stats.hourAbandonedInChat[cell],
    openAtEnd: stats.hourOpenAtEnd[cell],
    admissionWait: durationStats(stats.hourWaitHist, cell * COARSE.buckets, COARSE, admitted, { count: admitted, sum: stats.hourWaitSum[cell], max: stats.hourWaitMax[cell] }),
    firstResponse: durationStats(stats.hourFirstHist, cell * COARSE.buckets, COARSE, arrivals, { count: answered, sum: stats.hourFirstSum[cell], max: stats.hourFirstMax[cell] }),
    withinSla: arrivals ? round(stats.hourOnTime[cell] / arrivals, 4) : 1,
    utilisation: duty > 0 ? round(stats.hourBusySeconds[cell] / duty, 4) : null,
    meanOpenChatsPerAgent: duty > 0 ? round(stats.hourOpenChatSeconds[cell] / duty, 3) : null,
    maxQueueLength: stats.hourMaxQueue[cell],
  };
}

/** Share of a queue's admitted customers assigned within `seconds` of arriving (to the histogram's precision). */
export function admittedWithin(stats: RunStats, queue: number, seconds: number): number {
  return shareAtMost(stats.waitHist, queue * FINE.buckets, FINE, stats.admitted[queue], seconds);
}

function sum(values: number[]): number {
  return values.reduce((s, v) => s + v, 0);
}

/** Rounds to `digits` decimals. */
export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
