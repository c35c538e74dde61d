import { CUSTOMER_STATUS, type RunRecord } from './engine.ts';

/** Distribution of a duration in seconds; percentiles are nearest-rank. */
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
  abandoned: number;
  /** Still waiting or in a chat when the horizon ends: arrivals = served + abandoned + openAtEnd. */
  openAtEnd: number;
  admissionWait: DurationStats;
  /** Customers who never got a reply count as unanswered (infinite), so abandonment cannot flatter it. */
  firstResponse: DurationStats;
  withinSla: number;
  utilisation: number | null;
  meanOpenChatsPerAgent: number | null;
  maxQueueLength: number;
}

/** Nearest-rank statistics of the values; Infinity stands for "never". */
export function durationStats(values: Float64Array): DurationStats {
  if (values.length === 0) return { mean: null, p50: null, p90: null, p99: null, max: null };
  const sorted = Float64Array.from(values).sort();
  const finite = sorted.filter(Number.isFinite);
  const at = (p: number) => {
    const v = sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
    return Number.isFinite(v) ? round(v) : null;
  };
  return {
    mean: finite.length ? round(finite.reduce((s, v) => s + v, 0) / finite.length) : null,
    p50: at(0.5),
    p90: at(0.9),
    p99: at(0.99),
    max: finite.length ? round(finite[finite.length - 1]) : null,
  };
}

/** Outcome of the customers selected by `include` (a queue, an hour, or all). */
export function outcome(rec: RunRecord, slaSeconds: number, include: (c: number) => boolean, queues: number[]): QueueOutcome {
  const waits: number[] = [];
  const firsts: number[] = [];
  let arrivals = 0;
  let served = 0;
  let abandoned = 0;
  let withinSla = 0;
  for (let c = 0; c < rec.customers.count; c++) {
    if (!include(c)) continue;
    arrivals++;
    const status = rec.status[c];
    if (status === CUSTOMER_STATUS.CLOSED) served++;
    if (status === CUSTOMER_STATUS.ABANDONED) abandoned++;
    if (!Number.isNaN(rec.admissionWait[c])) waits.push(rec.admissionWait[c]);
    const first = rec.firstResponse[c];
    firsts.push(Number.isNaN(first) ? Infinity : first);
    if (first <= slaSeconds) withinSla++;
  }
  const duty = sum(queues.map((q) => rec.dutySeconds[q]));
  return {
    arrivals,
    served,
    abandoned,
    openAtEnd: arrivals - served - abandoned,
    admissionWait: durationStats(Float64Array.from(waits)),
    firstResponse: durationStats(Float64Array.from(firsts)),
    withinSla: arrivals ? round(withinSla / arrivals, 4) : 1,
    utilisation: duty > 0 ? round(sum(queues.map((q) => rec.busySeconds[q])) / duty, 4) : null,
    meanOpenChatsPerAgent: duty > 0 ? round(sum(queues.map((q) => rec.openChatSeconds[q])) / duty, 3) : null,
    maxQueueLength: Math.max(0, ...queues.map((q) => rec.maxQueue[q])),
  };
}

function sum(values: number[]): number {
  return values.reduce((s, v) => s + v, 0);
}

function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
