import { serviceMeasures, type ReplyCounts, type ServiceMeasures } from '../chat/serviceMeasures.ts';
import { toZonedIso } from '../time.ts';
import type { QueueCode } from '../types.ts';
import { runSimulation } from './engine.ts';
import { MIN_RECOMMENDATION_SEEDS, recommendCap, type CapRecommendation, type CapSample } from './recommendCap.ts';
import type { RunStats } from './runStats.ts';
import { parseSimulationSpec, type SimulationSpecInput } from './spec.ts';
import { hourOutcome, outcome, type QueueOutcome } from './statistics.ts';

/** One queue's hour: its customers by the hour they arrived, its agents and queue by the clock (see hourOutcome). */
export interface HourOutcome extends QueueOutcome {
  hourStart: string;
  queue: QueueCode;
  /** firstResponse.p90, kept for the web app's heat map. */
  firstResponseP90: number | null;
}

export interface CapResult {
  cap: number;
  overall: QueueOutcome;
  byQueue: Partial<Record<QueueCode, QueueOutcome>>;
  byHour: HourOutcome[];
  /** The platforms' service measures side by side (shared/chat/serviceMeasures.ts), over all queues and per queue. */
  measures: ServiceMeasures;
  measuresByQueue: Partial<Record<QueueCode, ServiceMeasures>>;
}

/** A run with each queue at its own planned cap, as the requirement staffs it. */
export interface PlannedResult extends Omit<CapResult, 'cap'> {
  caps: Partial<Record<QueueCode, number>>;
}

export interface SweepResult {
  horizonStart: string;
  caps: CapResult[];
  /** Each queue at its own cap, when every queue of the spec has one (specFromRoster with the queues' params). */
  planned?: PlannedResult;
  /** Per queue, with at least 5 seeds: the recommended cap, its criterion and every cap's 95 % intervals. */
  recommended?: Partial<Record<QueueCode, CapRecommendation>>;
}

/**
 * Simulates every cap on the same customers (common random numbers), so differences are the cap's, not noise.
 * The queues' own caps are always among those tried, so the scenario's cap has intervals beside the recommended one.
 */
export function sweepCaps(input: SimulationSpecInput, onProgress?: (percent: number, phase: string) => void): SweepResult {
  const spec = parseSimulationSpec(input);
  const caps = [...new Set([...spec.caps, ...spec.queues.flatMap((q) => (q.cap === undefined ? [] : [q.cap]))])].sort((a, b) => a - b);
  const queues = spec.queues.map((q) => q.queue);
  const samples = queues.map(() => caps.map((cap) => ({ cap, runs: [] as CapSample[] })));
  const results = caps.map((cap, i) => {
    onProgress?.((i / caps.length) * 100, `cap ${cap}`);
    let first: RunStats | null = null;
    for (let s = 0; s < spec.seeds; s++) {
      const stats = runSimulation(s === 0 ? spec : { ...spec, seed: spec.seed + s }, cap);
      first ??= stats;
      queues.forEach((_, qi) => samples[qi][i].runs.push(sampleOf(measuresOf(spec.horizonStart, stats, [qi]))));
    }
    return capResult(spec.horizonStart, queues, first!, cap);
  });
  const planned = spec.queues.every((q) => q.cap !== undefined) ? plannedResult(spec) : undefined;
  const recommended = spec.seeds >= MIN_RECOMMENDATION_SEEDS ? Object.fromEntries(queues.map((q, qi) => [q, recommendCap(samples[qi])])) : undefined;
  return { horizonStart: spec.horizonStart, caps: results, ...(planned ? { planned } : {}), ...(recommended ? { recommended } : {}) };
}

function sampleOf(m: ServiceMeasures): CapSample {
  return { withinTarget: m.firstResponseWithinTarget, abandonment: m.abandonedWaiting + m.abandonedInChat, averageResponseSeconds: m.averageResponseSeconds };
}

/** Simulates each queue at its own cap (every queue of the spec must have one). */
export function simulatePlanned(input: SimulationSpecInput): PlannedResult {
  return plannedResult(parseSimulationSpec(input));
}

function plannedResult(spec: ReturnType<typeof parseSimulationSpec>): PlannedResult {
  const { cap: _none, ...result } = capResult(spec.horizonStart, spec.queues.map((q) => q.queue), runSimulation(spec, 'planned'), 0);
  return { ...result, caps: Object.fromEntries(spec.queues.map((q) => [q.queue, q.cap!])) };
}

/** Simulates one cap. */
export function simulateQueue(input: SimulationSpecInput, cap: number): CapResult {
  return sweepCaps({ ...input, caps: [cap] }).caps.find((c) => c.cap === cap)!;
}

function capResult(horizonStart: string, queues: QueueCode[], stats: RunStats, cap: number): CapResult {
  const byQueue: CapResult['byQueue'] = {};
  const measuresByQueue: CapResult['measuresByQueue'] = {};
  queues.forEach((queue, qi) => {
    byQueue[queue] = outcome(stats, [qi]);
    measuresByQueue[queue] = measuresOf(horizonStart, stats, [qi]);
  });
  const all = queues.map((_, i) => i);
  return { cap, overall: outcome(stats, all), byQueue, byHour: hourOutcomes(horizonStart, queues, stats), measures: measuresOf(horizonStart, stats, all), measuresByQueue };
}

/** The service measures of the given queues merged. */
function measuresOf(horizonStart: string, stats: RunStats, queues: number[]): ServiceMeasures {
  const start = Date.parse(horizonStart);
  const perHour = (column: ArrayLike<number>) => Array.from({ length: stats.hours }, (_, h) => queues.reduce((s, q) => s + column[h * stats.queueCount + q], 0));
  const replies: ReplyCounts = {
    hourStarts: Array.from({ length: stats.hours }, (_, h) => start + h * 3_600_000),
    asked: perHour(stats.hourAsked),
    replied: perHour(stats.hourReplied),
    responseSum: perHour(stats.hourResponseSum),
    within: stats.hourRepliedWithin.map(perHour),
  };
  const total = (column: Float64Array) => queues.reduce((s, q) => s + column[q], 0);
  return serviceMeasures({ arrivals: total(stats.arrivals), onTime: total(stats.onTime), abandoned: total(stats.abandoned), abandonedInChat: total(stats.abandonedInChat) }, replies);
}

function hourOutcomes(horizonStart: string, queues: QueueCode[], stats: RunStats): HourOutcome[] {
  const start = Date.parse(horizonStart);
  return Array.from({ length: stats.hours * queues.length }, (_, cell) => {
    const o = hourOutcome(stats, cell);
    return { hourStart: toZonedIso(start + Math.floor(cell / queues.length) * 3_600_000), queue: queues[cell % queues.length], ...o, firstResponseP90: o.firstResponse.p90 };
  });
}
