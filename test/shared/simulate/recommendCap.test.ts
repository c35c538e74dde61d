import { describe, expect, it } from 'vitest';
import { DEFAULT_CAP_CRITERION, estimate, recommendCap, type CapSample } from '../../../shared/simulate/recommendCap.ts';
import { simulationSummary } from '../../../shared/scenario/simulationSummary.ts';
import { capLeads } from '../../../shared/simulate/capLeads.ts';
import { sweepCaps } from '../../../shared/simulate/sweep.ts';
import { flat } from './fixtures.ts';

const runs = (within: number[], abandonment = 0.01, response = 30): CapSample[] => within.map((w) => ({ withinTarget: w, abandonment, averageResponseSeconds: response }));

describe('recommended cap', () => {
  it('gives a t interval: five samples 1..5 have mean 3 and half-width 2.776·√(2.5/5)', () => {
    const e = estimate([1, 2, 3, 4, 5]);
    expect(e.mean).toBe(3);
    expect(e.high - e.mean).toBeCloseTo(2.776 * Math.sqrt(2.5 / 5), 3);
    expect(e.mean - e.low).toBeCloseTo(e.high - e.mean, 12);
  });

  it('recommends the smallest of caps within noise of the best', () => {
    const r = recommendCap([
      { cap: 4, runs: runs([0.8, 0.82, 0.79, 0.81, 0.8]) },
      { cap: 6, runs: runs([0.81, 0.8, 0.82, 0.8, 0.81]) },
      { cap: 3, runs: runs([0.6, 0.61, 0.62, 0.6, 0.59]) },
    ]);
    expect(r).toMatchObject({ cap: 4, reason: 'tie', tiedWith: [4, 6], seeds: 5 });
  });

  it('recommends a clearly better cap alone', () => {
    const r = recommendCap([
      { cap: 4, runs: runs([0.7, 0.71, 0.69, 0.7, 0.7]) },
      { cap: 6, runs: runs([0.8, 0.81, 0.79, 0.8, 0.8]) },
    ]);
    expect(r).toMatchObject({ cap: 6, reason: 'best', tiedWith: [6] });
  });

  it('passes over a cap that answers more in time but loses too many customers or replies too slowly on average', () => {
    const r = recommendCap([
      { cap: 4, runs: runs([0.7, 0.71, 0.69, 0.7, 0.7]) },
      { cap: 8, runs: runs([0.9, 0.9, 0.9, 0.9, 0.9], DEFAULT_CAP_CRITERION.maxAbandonment + 0.01) },
      { cap: 12, runs: runs([0.9, 0.9, 0.9, 0.9, 0.9], 0.01, DEFAULT_CAP_CRITERION.maxAverageResponseSeconds + 1) },
    ]);
    expect(r.cap).toBe(4);
    expect(r.estimates.map((e) => e.meetsLimits)).toEqual([true, false, false]);
  });

  it('refuses fewer than five seeds', () => {
    expect(() => recommendCap([{ cap: 4, runs: runs([0.8, 0.8, 0.8, 0.8]) }])).toThrow(/5 seeds/);
  });

  it('recommends a cap per queue from a sweep of five seeds, and none from one seed', () => {
    const spec = flat(2, 400, 6, { caps: [1, 3, 6], seeds: 5 });
    const sweep = sweepCaps(spec);
    const pre = sweep.recommended!.pre_sale!;
    expect(pre.seeds).toBe(5);
    expect(pre.estimates.map((e) => e.cap)).toEqual([1, 3, 6]);
    for (const e of pre.estimates) expect(e.withinTarget.low).toBeLessThan(e.withinTarget.high);
    expect([1, 3, 6]).toContain(pre.cap);
    // The first seed's results are the single-seed sweep's: more seeds add intervals, not different figures.
    expect(sweep.caps).toEqual(sweepCaps({ ...spec, seeds: 1 }).caps);
    expect(sweepCaps({ ...spec, seeds: 1 }).recommended).toBeUndefined();
  });

  it('ties caps whose intervals overlap even when the best mean is higher, and separates them once the noise shrinks', () => {
    // Means 0.80 and 0.81 with a spread of ±0.02: within noise, so the smaller cap; with ±0.001 they part.
    const noisy = recommendCap([
      { cap: 5, runs: runs([0.78, 0.82, 0.8, 0.82, 0.78]) },
      { cap: 8, runs: runs([0.79, 0.83, 0.81, 0.83, 0.79]) },
    ]);
    expect(noisy).toMatchObject({ cap: 5, reason: 'tie', tiedWith: [5, 8] });
    const quiet = recommendCap([
      { cap: 5, runs: runs([0.799, 0.801, 0.8, 0.801, 0.799]) },
      { cap: 8, runs: runs([0.809, 0.811, 0.81, 0.811, 0.809]) },
    ]);
    expect(quiet).toMatchObject({ cap: 8, reason: 'best', tiedWith: [8] });
  });

  it("tries each queue's own cap beside the caps listed, and leads with both per queue", () => {
    const spec = {
      ...flat(2, 300, 5, { caps: [2, 6], seeds: 5 }),
      queues: [
        { queue: 'pre_sale' as const, arrivalsPerHour: [300, 300], agentsOnDuty: [5, 5], cap: 4 },
        { queue: 'after_sale' as const, arrivalsPerHour: [200, 200], agentsOnDuty: [4, 4], cap: 3 },
      ],
    };
    const sweep = sweepCaps(spec);
    expect(sweep.caps.map((c) => c.cap)).toEqual([2, 3, 4, 6]);
    expect(sweep.planned!.caps).toEqual({ pre_sale: 4, after_sale: 3 });
    const leads = capLeads(sweep.recommended, sweep.planned!.caps);
    expect(leads.map((l) => [l.queue, l.scenarioCap, l.atScenarioCap?.cap])).toEqual([
      ['pre_sale', 4, 4],
      ['after_sale', 3, 3],
    ]);
    for (const lead of leads) expect(lead.atRecommendedCap.cap).toBe(lead.recommendation.cap);
    // A cap that was not simulated has no figures rather than borrowed ones.
    expect(capLeads(sweep.recommended, { pre_sale: 9 })[0].atScenarioCap).toBeNull();
    // The summary's figures are the planned run's, and its recommended caps the recommendation's: nothing copied from the spec.
    const summary = simulationSummary(sweep);
    expect(summary.caps).toEqual({ pre_sale: 4, after_sale: 3 });
    expect(summary.serviceLevel).toBe(sweep.planned!.overall.withinSla);
    expect(summary.recommendedCaps).toEqual({ pre_sale: sweep.recommended!.pre_sale!.cap, after_sale: sweep.recommended!.after_sale!.cap });
    expect(() => simulationSummary(sweepCaps({ ...spec, seeds: 1 }))).toThrow(/5 seeds/);
  });
});
