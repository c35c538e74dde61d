import { describe, expect, it } from 'vitest';
import type { ChangeColumn } from '../../../shared/replan/candidates/column.ts';
import { chooseChanges } from '../../../shared/replan/chooseChanges.ts';

// Cell 0: after-sale at 21:00, cell 1: pre-sale at 21:00. A move takes one agent from the first to the second.
const move: ChangeColumn = { key: 'mv', kind: 'move', queue: 'pre_sale', fromQueue: 'after_sale', startMs: 0, endMs: 3_600_000, cover: [{ cell: 0, amount: -1 }, { cell: 1, amount: 1 }], costCny: 0, upper: 5, members: ['A1', 'A2', 'A3', 'A4', 'A5'] };
// A missing after-sale agent loses little money, a missing pre-sale agent a lot.
const curves = [[70, 70, 70, 70, 70], [900, 900, 900, 900, 900]];

describe('chooseChanges', () => {
  it('moves no agent out of a queue that has none to spare, however much more the other queue loses', () => {
    expect(chooseChanges({ columns: [move], gap: Float64Array.from([0, 3]), curves })).toEqual(new Map());
  });

  it('moves as many agents as the giving queue has spare, and no more', () => {
    expect(chooseChanges({ columns: [move], gap: Float64Array.from([-2, 3]), curves })).toEqual(new Map([['mv', 2]]));
  });

  it('lets a temp booked on the giving queue free an agent to move', () => {
    const temp: ChangeColumn = { key: 'tp', kind: 'temps', queue: 'after_sale', startMs: 0, endMs: 3_600_000, cover: [{ cell: 0, amount: 1 }], costCny: 30, upper: 5, members: [] };
    const units = chooseChanges({ columns: [move, temp], gap: Float64Array.from([0, 3]), curves });
    expect(units.get('mv')).toBeGreaterThan(0);
    expect(units.get('tp')).toBeGreaterThanOrEqual(units.get('mv')!);
  });
});
