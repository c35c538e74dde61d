import { describe, expect, it } from 'vitest';
import { capAdvice, chooseCaps, plannedCapTrials, type QueueCaps } from '../../../shared/levers/capChoice.ts';
import { leversSchema } from '../../../shared/levers/schema.ts';
import { MAX_CAP } from '../../../shared/chat/caps.ts';

/** A fake roster solve: the total cost a table gives each set of caps, and a log of what was solved. */
function fakeSolver(costOf: (caps: QueueCaps) => number) {
  const calls: QueueCaps[] = [];
  const solve = (caps: QueueCaps) => {
    calls.push(caps);
    return { cost: { totalCny: costOf(caps) }, caps };
  };
  return { solve, calls };
}

describe('the cap lever choice', () => {
  it('picks the cheapest candidate and returns its solve', () => {
    const { solve } = fakeSolver((caps) => ({ 3: 900, 4: 700, 5: 500, 8: 650 })[caps.pre_sale as 3 | 4 | 5 | 8]);
    const choice = chooseCaps({ pre_sale: [8, 3, 5, 4] }, solve, { current: { pre_sale: 4 } });
    expect(choice.caps).toEqual({ pre_sale: 5 });
    expect(choice.totalCny).toBe(500);
    expect(choice.result.caps).toEqual({ pre_sale: 5 });
    expect(choice.search).toBe('coordinateDescent');
    expect(choice.trials.map((t) => t.caps.pre_sale)).toEqual([4, 3, 5, 8]);
  });

  it('gives a tie to the smaller cap, wherever the search starts', () => {
    const flat = (caps: QueueCaps) => ((caps.pre_sale as number) >= 5 ? 400 : 600);
    expect(chooseCaps({ pre_sale: [4, 5, 6, 8] }, fakeSolver(flat).solve, { current: { pre_sale: 8 } }).caps).toEqual({ pre_sale: 5 });
    expect(chooseCaps({ pre_sale: [4, 5, 6, 8] }, fakeSolver(flat).solve).caps).toEqual({ pre_sale: 5 });
  });

  it('solves once when every queue has one candidate', () => {
    const { solve, calls } = fakeSolver(() => 100);
    const choice = chooseCaps({ pre_sale: [6], after_sale: [3] }, solve, { current: { pre_sale: 4, after_sale: 4 } });
    expect(calls).toEqual([{ pre_sale: 6, after_sale: 3 }]);
    expect(choice.search).toBe('none');
    expect(choice.caps).toEqual({ pre_sale: 6, after_sale: 3 });
  });

  it('searches queue by queue, not the full product, and reaches the separable optimum', () => {
    const best = { pre_sale: 6, after_sale: 3, logistics: 8 };
    const cost = (caps: QueueCaps) => (Object.keys(best) as (keyof typeof best)[]).reduce((sum, q) => sum + ((caps[q] as number) - best[q]) ** 2, 1000);
    const { solve, calls } = fakeSolver(cost);
    const lever = { pre_sale: [3, 4, 5, 6, 8], after_sale: [3, 4, 5, 6, 8], logistics: [3, 4, 5, 6, 8] };
    const seen: number[] = [];
    const choice = chooseCaps(lever, solve, { current: { pre_sale: 4, after_sale: 4, logistics: 4 }, onTrial: (_trial, done, planned) => seen.push(done, planned) });
    expect(choice.caps).toEqual(best);
    // One pass (13 solves) finds it; a second, over the points the move made new, confirms it; 125 would be the product.
    expect(plannedCapTrials(lever)).toBe(13);
    expect(calls.length).toBe(13 + 4 + 4);
    expect(seen.filter((_, i) => i % 2 === 1).every((planned) => planned === 13)).toBe(true);
    expect(new Set(calls.map((c) => JSON.stringify(c))).size).toBe(calls.length);
  });

  it('refuses a roster without a cost', () => {
    expect(() => chooseCaps({ pre_sale: [3, 4] }, () => ({}))).toThrow(/no cost/);
  });

  it('names the chosen cap in the event words', () => {
    expect(capAdvice({ pre_sale: 5, logistics: 8 }).map((a) => a.message)).toEqual(['pre-sale cap 5', 'logistics cap 8']);
  });

  it('accepts candidates only inside the requirement cap range', () => {
    const at = (cap: number) => leversSchema.safeParse({ caps: { pre_sale: [cap] } }).success;
    expect(at(1)).toBe(true);
    expect(at(MAX_CAP)).toBe(true);
    expect(at(0)).toBe(false);
    expect(at(MAX_CAP + 1)).toBe(false);
    expect(at(4.5)).toBe(false);
  });
});
