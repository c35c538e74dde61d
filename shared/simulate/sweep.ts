import { toZonedIso } from '../time.ts';
import type { QueueCode } from '../types.ts';
import { drawCustomers } from './customers.ts';
import { CUSTOMER_STATUS, runSimulation, type RunRecord } from './engine.ts';
import { parseSimulationSpec, type SimulationSpecInput } from './spec.ts';
import { durationStats, outcome, type QueueOutcome } from './statistics.ts';

export interface HourOutcome {
  hourStart: string;
  queue: QueueCode;
  arrivals: number;
  abandoned: number;
  admissionWaitP90: number | null;
  firstResponseP90: number | null;
  withinSla: number;
}

export interface CapResult {
  cap: number;
  overall: QueueOutcome;
  byQueue: Partial<Record<QueueCode, QueueOutcome>>;
  byHour: HourOutcome[];
}

export interface CapCurvePoint {
  cap: number;
  p90FirstResponseSeconds: number | null;
  withinSla: number;
  abandonmentRate: number;
}

export interface SweepResult {
  horizonStart: string;
  caps: CapResult[];
  /** The cap with the lowest p90 first response (ties: the lower cap), and the curve that shows why. */
  best: { cap: number; curve: CapCurvePoint[] };
}

/** Simulates every cap on the same customers (common random numbers), so differences are the cap's, not noise. */
export function sweepCaps(input: SimulationSpecInput, onProgress?: (percent: number, phase: string) => void): SweepResult {
  const spec = parseSimulationSpec(input);
  const customers = drawCustomers(spec);
  const caps = [...new Set(spec.caps)].sort((a, b) => a - b);
  const results = caps.map((cap, i) => {
    onProgress?.((i / caps.length) * 100, `cap ${cap}`);
    return capResult(spec.horizonStart, spec.queues.map((q) => q.queue), runSimulation(spec, customers, cap), cap, spec.slaSeconds);
  });
  return { horizonStart: spec.horizonStart, caps: results, best: bestCap(results) };
}

/** Simulates one cap. */
export function simulateQueue(input: SimulationSpecInput, cap: number): CapResult {
  return sweepCaps({ ...input, caps: [cap] }).caps[0];
}

/** The cap minimising p90 first response (ties: the lower cap); a p90 of "never" (over 10 % unanswered) loses to any number, and among "never"s the fewest abandoned wins. */
export function bestCap(results: readonly CapResult[]): SweepResult['best'] {
  const curve = results.map((r) => ({
    cap: r.cap,
    p90FirstResponseSeconds: r.overall.firstResponse.p90,
    withinSla: r.overall.withinSla,
    abandonmentRate: r.overall.arrivals ? Math.round((r.overall.abandoned / r.overall.arrivals) * 10_000) / 10_000 : 0,
  }));
  const score = (p: CapCurvePoint) => p.p90FirstResponseSeconds ?? Infinity;
  // When every cap leaves over 10 % unanswered, p90 ties at "never" for all; the cap that answers most
  // (fewest abandoned) is then the better advice than simply the lowest.
  const better = (b: CapCurvePoint, a: CapCurvePoint) =>
    score(b) !== score(a) ? score(b) < score(a) : score(b) === Infinity && b.abandonmentRate !== a.abandonmentRate ? b.abandonmentRate < a.abandonmentRate : b.cap < a.cap;
  const best = curve.reduce((a, b) => (better(b, a) ? b : a), curve[0]);
  return { cap: best.cap, curve };
}

function capResult(horizonStart: string, queues: QueueCode[], rec: RunRecord, cap: number, sla: number): CapResult {
  const byQueue: CapResult['byQueue'] = {};
  queues.forEach((queue, qi) => (byQueue[queue] = outcome(rec, sla, (c) => rec.customers.queue[c] === qi, [qi])));
  return { cap, overall: outcome(rec, sla, () => true, queues.map((_, i) => i)), byQueue, byHour: hourOutcomes(horizonStart, queues, rec, sla) };
}

function hourOutcomes(horizonStart: string, queues: QueueCode[], rec: RunRecord, sla: number): HourOutcome[] {
  const hours = Math.round(rec.horizonSeconds / 3600);
  const buckets = Array.from({ length: hours * queues.length }, () => ({ waits: [] as number[], firsts: [] as number[], abandoned: 0, onTime: 0 }));
  for (let c = 0; c < rec.customers.count; c++) {
    const b = buckets[Math.min(hours - 1, Math.floor(rec.customers.arrival[c] / 3600)) * queues.length + rec.customers.queue[c]];
    if (!Number.isNaN(rec.admissionWait[c])) b.waits.push(rec.admissionWait[c]);
    const first = rec.firstResponse[c];
    b.firsts.push(Number.isNaN(first) ? Infinity : first);
    if (first <= sla) b.onTime++;
    if (rec.status[c] === CUSTOMER_STATUS.ABANDONED) b.abandoned++;
  }
  const start = Date.parse(horizonStart);
  return buckets.map((b, i) => ({
    hourStart: toZonedIso(start + Math.floor(i / queues.length) * 3_600_000),
    queue: queues[i % queues.length],
    arrivals: b.firsts.length,
    abandoned: b.abandoned,
    admissionWaitP90: durationStats(Float64Array.from(b.waits)).p90,
    firstResponseP90: durationStats(Float64Array.from(b.firsts)).p90,
    withinSla: b.firsts.length ? Math.round((b.onTime / b.firsts.length) * 10_000) / 10_000 : 1,
  }));
}
