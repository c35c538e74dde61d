import { describe, expect, it } from 'vitest';
import { solveLp, type LpModel } from '../../../shared/roster/model/lp.ts';

/** Three shifts covering two hours, the cheap one capped by a row that binds, another row that never does. */
function model(): LpModel {
  return {
    optimize: 'cost',
    opType: 'min',
    constraints: { h0: { min: 4 }, h1: { min: 3 }, cheapCap: { max: 1 }, loose: { max: 100 }, floor: { min: 0.5 } },
    variables: {
      cheap: { cost: 1, h0: 1, h1: 1, cheapCap: 1, loose: 1, floor: 1 },
      early: { cost: 3, h0: 1, loose: 1 },
      both: { cost: 5, h0: 1, h1: 1, loose: 1 },
    },
  };
}

describe('solveLp with lazy rows', () => {
  it('reaches the whole model optimum when a lazy row binds', () => {
    const whole = solveLp(model());
    const lazy = solveLp(model(), { lazyRows: new Set(['cheapCap', 'loose']) });
    expect(whole.objective).toBeCloseTo(1 + 2 * 5 + 3, 9);
    expect(lazy.objective).toBeCloseTo(whole.objective, 9);
    expect(lazy.values.get('cheap')).toBeCloseTo(1, 9);
  });

  it('adds a broken lower-bound row too', () => {
    const m = model();
    m.variables.cheap.cost = 10;
    const whole = solveLp(m);
    const lazy = solveLp(m, { lazyRows: new Set(['floor']) });
    expect(lazy.values.get('cheap')).toBeCloseTo(0.5, 9);
    expect(lazy.objective).toBeCloseTo(whole.objective, 9);
  });

  it('ignores lazy rows in an integer model and unknown row ids', () => {
    const m = { ...model(), ints: { cheap: 1 as const, early: 1 as const, both: 1 as const } };
    expect(solveLp(m, { lazyRows: new Set(['cheapCap', 'nowhere']) }).objective).toBeCloseTo(solveLp(m).objective, 9);
  });
});
