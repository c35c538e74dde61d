import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runSimulation } from '../../../shared/simulate/engine.ts';
import { specFromRoster } from '../../../shared/simulate/fromRoster.ts';
import { parseSimulationSpec, type SimulationSpecInput } from '../../../shared/simulate/spec.ts';
import { admittedWithin } from '../../../shared/simulate/statistics.ts';
import { sweepCaps } from '../../../shared/simulate/sweep.ts';
import { flat, START } from './fixtures.ts';

/** Erlang C: the probability an arrival waits with n servers and a Erlangs offered. */
function erlangC(n: number, a: number): number {
  let b = 1;
  for (let k = 1; k <= n; k++) b = (a * b) / (k + a * b);
  return b / (1 - (a / n) * (1 - b));
}

describe('queue simulator', () => {
  it('matches Erlang C (M/M/N) with cap 1, one message, exponential replies and no patience', () => {
    const [n, a, mean, t] = [10, 8, 30, 10];
    const spec = parseSimulationSpec(flat(500, (a / mean) * 3600, n, { caps: [1], patienceSeconds: null, replyPatienceSeconds: null, session: { messages: { mean: 1, distribution: 'fixed' }, replySeconds: { mean, distribution: 'exponential' } } }));
    const stats = runSimulation(spec, 1);
    const meanWait = stats.waitSum[0] / stats.admitted[0];
    const within = admittedWithin(stats, 0, t);
    const c = erlangC(n, a);
    const drain = n / mean - a / mean;
    expect(Math.abs(meanWait / (c / drain) - 1)).toBeLessThan(0.05);
    expect(Math.abs(within - (1 - c * Math.exp(-drain * t)))).toBeLessThan(0.02);
  });

  it('gives byte-identical results for the same seed and different ones for another', () => {
    const spec = flat(6, 300, 5, { caps: [3, 5] });
    expect(JSON.stringify(sweepCaps(spec))).toBe(JSON.stringify(sweepCaps(spec)));
    expect(JSON.stringify(sweepCaps({ ...spec, seed: 2 }))).not.toBe(JSON.stringify(sweepCaps(spec)));
  });

  it('conserves customers: arrivals = served + abandoned + open at the end, overall and per queue', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 2, maxLength: 2 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 6 }), fc.option(fc.integer({ min: 5, max: 600 }), { nil: null }), (hours, volumes, agents, cap, patience) => {
        const spec: SimulationSpecInput = {
          horizonStart: START,
          queues: [
            { queue: 'pre_sale', arrivalsPerHour: Array(hours).fill(volumes[0]), agentsOnDuty: Array(hours).fill(agents) },
            { queue: 'after_sale', arrivalsPerHour: Array(hours).fill(volumes[1]), agentsOnDuty: Array(hours).fill(Math.max(0, agents - 1)) },
          ],
          caps: [cap],
          patienceSeconds: patience,
        };
        const result = sweepCaps(spec).caps[0];
        // openAtEnd is counted by the engine from the customers' own status at the horizon, not as a difference.
        for (const o of [result.overall, result.byQueue.pre_sale!, result.byQueue.after_sale!]) expect(o.arrivals).toBe(o.served + o.abandoned + o.openAtEnd);
        for (const h of result.byHour) expect(h.arrivals, h.hourStart).toBe(h.served + h.abandoned + h.openAtEnd);
        expect(result.byQueue.pre_sale!.arrivals + result.byQueue.after_sale!.arrivals).toBe(result.overall.arrivals);
        for (const field of ['arrivals', 'served', 'abandoned', 'openAtEnd'] as const) expect(result.byHour.reduce((s, h) => s + h[field], 0), field).toBe(result.overall[field]);
        expect(Math.max(0, ...result.byHour.map((h) => h.maxQueueLength))).toBe(result.overall.maxQueueLength);
        for (const o of [result.overall, ...result.byHour]) {
          expect(o.utilisation ?? 0).toBeLessThanOrEqual(1);
          expect(o.meanOpenChatsPerAgent ?? 0).toBeLessThanOrEqual(cap);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('uses the same customers for every cap (common random numbers)', () => {
    const result = sweepCaps(flat(4, 80, 4, { caps: [1, 3, 8] }));
    const arrivals = result.caps.map((c) => c.byHour.map((h) => h.arrivals).join(','));
    expect(new Set(arrivals).size).toBe(1);
    expect(result.caps[2].overall.firstResponse.p90).not.toBeNull();
    expect(result.caps[0].overall.firstResponse.p90 ?? Infinity).toBeGreaterThan(result.caps[2].overall.firstResponse.p90!);
  });

  it('reports per hour what it reports per queue: counts, wait and first-response statistics, service level, utilisation, open chats, longest queue', () => {
    const spec = flat(3, 100, 8, { caps: [3], patienceSeconds: 120, seed: 3 });
    spec.queues[0].agentsOnDuty = [8, 1, 8];
    const result = sweepCaps(spec).caps[0];
    const stats = runSimulation(parseSimulationSpec(spec), 3);
    const fields = ['arrivals', 'served', 'abandoned', 'openAtEnd', 'admissionWait', 'firstResponse', 'withinSla', 'utilisation', 'meanOpenChatsPerAgent', 'maxQueueLength'];
    for (const h of result.byHour) {
      expect(Object.keys(h)).toEqual(expect.arrayContaining(fields));
      for (const d of [h.admissionWait, h.firstResponse]) {
        expect(Object.keys(d)).toEqual(['mean', 'p50', 'p90', 'p99', 'max']);
        const finite = [d.p50, d.p90, d.p99, d.max].filter((v) => v !== null) as number[];
        expect(finite).toEqual([...finite].sort((a, b) => a - b));
      }
      expect(h.firstResponseP90).toBe(h.firstResponse.p90);
    }
    // The hour with one agent queues most and waits longest; the clock-hour sums add up to the run's.
    const [full, short] = result.byHour;
    expect(short.maxQueueLength).toBeGreaterThan(full.maxQueueLength);
    expect(short.admissionWait.mean!).toBeGreaterThan(full.admissionWait.mean!);
    expect(short.admissionWait.max!).toBeGreaterThanOrEqual(short.admissionWait.p99!);
    expect(short.withinSla).toBeLessThan(full.withinSla);
    expect(short.utilisation!).toBeGreaterThan(full.utilisation!);
    const sum = (column: Float64Array) => column.reduce((s, v) => s + v, 0);
    expect(sum(stats.hourBusySeconds)).toBeCloseTo(stats.busySeconds[0], 6);
    expect(sum(stats.hourDutySeconds)).toBeCloseTo(stats.dutySeconds[0], 6);
    expect(sum(stats.hourOpenChatSeconds)).toBeCloseTo(stats.openChatSeconds[0], 6);
    expect(sum(stats.hourWaitSum)).toBeCloseTo(stats.waitSum[0], 6);
    expect(stats.hourAnswered.reduce((s, v) => s + v, 0)).toBe(stats.answered[0]);
  });

  it("gives each queue its own session and patience, leaving the other queue's customers as they were", () => {
    const base: SimulationSpecInput = {
      horizonStart: START,
      caps: [3],
      queues: [
        { queue: 'pre_sale', arrivalsPerHour: [200, 200], agentsOnDuty: [5, 5] },
        { queue: 'after_sale', arrivalsPerHour: [200, 200], agentsOnDuty: [5, 5] },
      ],
    };
    const slowAfterSale = { ...base, queues: [base.queues[0], { ...base.queues[1], session: { replySeconds: { mean: 120, distribution: 'fixed' as const } }, patienceSeconds: null, replyPatienceSeconds: null }] };
    const [before, after] = [sweepCaps(base).caps[0], sweepCaps(slowAfterSale).caps[0]];
    expect(after.byQueue.pre_sale).toEqual(before.byQueue.pre_sale);
    expect(after.byQueue.after_sale!.abandoned).toBe(0);
    expect(after.byQueue.after_sale!.admissionWait.mean!).toBeGreaterThan(before.byQueue.after_sale!.admissionWait.mean!);
  });

  it('counts only customers still waiting in the longest queue, not those who already left', () => {
    // No agents: the queue is an M/M/∞ of impatient customers, λθ = 1000/h × 60 s ≈ 16.7 on average.
    const queueOf = (patienceSeconds: number | null) => sweepCaps(flat(1, 1000, 0, { caps: [3], patienceSeconds })).caps[0].overall;
    const impatient = queueOf(60);
    const mean = (1000 / 3600) * 60;
    expect(impatient.maxQueueLength).toBeGreaterThan(mean);
    expect(impatient.maxQueueLength).toBeLessThan(mean + 5 * Math.sqrt(mean));
    const patient = queueOf(null);
    expect(patient.maxQueueLength).toBe(patient.arrivals);
  });

  it('loses more customers when patience is shorter', () => {
    const abandoned = (patienceSeconds: number) => sweepCaps(flat(4, 900, 4, { caps: [3], patienceSeconds })).caps[0].overall.abandoned;
    expect(abandoned(30)).toBeGreaterThan(abandoned(600));
  });

  it('builds a spec from a roster: chats from the requirement, agents on duty from the shifts', () => {
    const spec = specFromRoster(
      [
        { hourStart: START, queue: 'pre_sale', humanInquiries: 10 },
        { hourStart: '2026-11-08T01:00:00+08:00', queue: 'pre_sale', humanInquiries: 20 },
      ],
      [{ queue: 'pre_sale', start: '2026-11-08T00:00:00+08:00', end: '2026-11-08T08:00:00+08:00' }],
    );
    expect(spec.queues).toEqual([{ queue: 'pre_sale', arrivalsPerHour: [10, 20], agentsOnDuty: [1, 1] }]);
  });

  it('rejects a spec naming a queue twice, naming the field', () => {
    const twice = flat(2, 10, 1);
    twice.queues.push({ ...twice.queues[0] });
    expect(() => parseSimulationSpec(twice)).toThrow(/field queues\.1\.queue: duplicate queue "pre_sale"/);
  });

  it('rejects a spec with 10^7 hours or millions of chats before running', () => {
    expect(() => parseSimulationSpec(flat(10_000_000, 1, 1))).toThrow(/queues/);
    expect(() => parseSimulationSpec(flat(24, 500_000, 1))).toThrow(/at most/);
  });

  it('simulates each queue at its own cap when run as planned, as the same queue at that cap in a sweep', () => {
    const spec: SimulationSpecInput = {
      horizonStart: START,
      caps: [1, 5],
      queues: [
        { queue: 'pre_sale', arrivalsPerHour: [300, 300], agentsOnDuty: [20, 20], cap: 1 },
        { queue: 'after_sale', arrivalsPerHour: [300, 300], agentsOnDuty: [8, 8], cap: 5 },
      ],
    };
    const sweep = sweepCaps(spec);
    const [one, five] = sweep.caps;
    expect(sweep.planned!.caps).toEqual({ pre_sale: 1, after_sale: 5 });
    expect(sweep.planned!.byQueue.pre_sale).toEqual(one.byQueue.pre_sale);
    expect(sweep.planned!.byQueue.after_sale).toEqual(five.byQueue.after_sale);
    expect(one.byQueue.after_sale).not.toEqual(five.byQueue.after_sale);
    expect(sweepCaps({ ...spec, queues: [spec.queues[0], { ...spec.queues[1], cap: undefined }] }).planned).toBeUndefined();
  });
});
