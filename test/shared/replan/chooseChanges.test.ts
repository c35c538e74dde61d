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

  it('rounds relaxed temps to whole bookings without passing the date\'s limit', () => {
    // At 1/1.3 of an agent each, the relaxed choice books 2.5 temps on each queue, 5 in all, the date's limit:
    // rounding both halves up would book 6.
    const temp = (key: string, cell: number): ChangeColumn => ({ key, kind: 'temps', queue: 'pre_sale', startMs: 0, endMs: 3_600_000, cover: [{ cell, amount: 1 / 1.3 }], costCny: 30, upper: 10, limit: { key: 'tp|2026-11-10', max: 5 }, members: [] });
    const units = chooseChanges({ columns: [temp('a', 0), temp('b', 1)], gap: Float64Array.from([2.5 / 1.3, 3]), curves: [[900, 900, 900], [800, 800, 800]] });
    expect(units).toEqual(new Map([['a', 3], ['b', 2]]));
  });

  it('buys the other kinds in whole units against what the booked temps leave of a fractional gap', () => {
    // Pre-sale is 2.3 agents short; one overtime hour is to be had, cheaper per agent than a temp (60 CNY for 1/1.3).
    // The relaxed choice takes it and 1.69 temps; rounded to 2 they cover 1.54, and the overtime hour the rest.
    const temp: ChangeColumn = { key: 'tp', kind: 'temps', queue: 'pre_sale', startMs: 0, endMs: 3_600_000, cover: [{ cell: 1, amount: 1 / 1.3 }], costCny: 60, upper: 10, members: [] };
    const overtime: ChangeColumn = { key: 'ot', kind: 'overtime', queue: 'pre_sale', startMs: 0, endMs: 3_600_000, cover: [{ cell: 1, amount: 1 }], costCny: 52.5, upper: 1, members: ['A1'] };
    expect(chooseChanges({ columns: [temp, overtime], gap: Float64Array.from([0, 2.3]), curves })).toEqual(new Map([['tp', 2], ['ot', 1]]));
  });
});
