import { describe, expect, it } from 'vitest';
import { solveLp, type LpModel } from '../../../shared/roster/model/lp.ts';
import type { ShiftColumn } from '../../../shared/roster/model/columns.ts';
import type { Pool } from '../../../shared/roster/model/pools.ts';
import { addWeekPremiumRows } from '../../../shared/roster/model/weekPremiumRows.ts';
import type { Agent } from '../../../shared/types.ts';

const WAGES = { full_time: 35, part_time: 25 };
// Monday 2026-11-09 to Saturday 2026-11-14: one ISO week, five workdays and a rest day.
const frame = { dates: ['2026-11-09', '2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13', '2026-11-14'] };

function poolOf(contract: Agent['contract'], headcount: number): Pool {
  const agents = Array.from({ length: headcount }, (_, i) => ({ id: `A${i}`, contract }) as Agent);
  return { key: contract, primary: 'pre_sale', contract, crossTrainedFor: [], agents, availableByDay: frame.dates.map(() => headcount) };
}

/** One 8-hour shift column per day for `pool`, each the only cover of its day's one required agent (missing one costs 10,000). */
function dailyShifts(pool: Pool, days: number): { model: LpModel; columns: ShiftColumn[] } {
  const model: LpModel = { optimize: 'cost', opType: 'min', constraints: {}, variables: {} };
  const columns: ShiftColumn[] = [];
  for (let day = 0; day < days; day++) {
    const column = { id: `x${day}`, day, pool, queue: 'pre_sale', from: day * 24 + 8, to: day * 24 + 16, hours: 8, moved: false } as ShiftColumn;
    columns.push(column);
    model.variables[column.id] = { cost: 8 * WAGES[pool.contract], [`c${day}`]: 1 };
    model.variables[`s${day}`] = { cost: 10_000, [`c${day}`]: 1 };
    model.constraints[`c${day}`] = { min: 1 };
  }
  return { model, columns };
}

describe('the 40-hour week in the relaxation', () => {
  it('prices a full-time pool\'s hours beyond 40 x headcount in an ISO week at the week\'s least premium', () => {
    const pool = poolOf('full_time', 1);
    const { model, columns } = dailyShifts(pool, 6);
    expect(solveLp(model).objective).toBeCloseTo(6 * 280, 6);
    addWeekPremiumRows(model, columns, [pool], frame, WAGES);
    // 48 normal hours: 8 past the week, at least the workday's 150 % (premium 0.5 x 35 an hour).
    expect(solveLp(model).objective).toBeCloseTo(6 * 280 + 8 * 0.5 * 35, 6);
  });

  it('adds nothing within 40 hours a head, and nothing for part-time pools', () => {
    const two = poolOf('full_time', 2);
    const within = dailyShifts(two, 6);
    addWeekPremiumRows(within.model, within.columns, [two], frame, WAGES);
    expect(solveLp(within.model).objective).toBeCloseTo(6 * 280, 6);
    const partTime = poolOf('part_time', 1);
    const part = dailyShifts(partTime, 6);
    addWeekPremiumRows(part.model, part.columns, [partTime], frame, WAGES);
    expect(Object.keys(part.model.constraints).some((id) => id.startsWith('lw'))).toBe(false);
  });
});
