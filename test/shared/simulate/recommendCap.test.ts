import { describe, expect, it } from 'vitest';
import { DEFAULT_CAP_CRITERION, estimate, recommendCap, type CapSample } from '../../../shared/simulate/recommendCap.ts';
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
});
