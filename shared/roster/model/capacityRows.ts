/** Pool capacity rows of the aggregate model, each a relaxation of a named-agent rule (so the LP stays a lower bound). */
import { workdayWindow } from '../rules/maxConsecutiveDays.ts';
import { ROLLING_WINDOW_DAYS } from '../rules/maxRollingHours.ts';
import { countsForRotation } from '../rules/rotationBalance.ts';
import type { RosterRules } from '../rulesSchema.ts';
import { shiftType, SHIFT_TYPES } from '../shift.ts';
import type { RuleContext } from '../types.ts';
import { HOUR_MS } from '../../time.ts';
import type { CapacityRow } from './buildCoverageModel.ts';
import type { ShiftColumn } from './columns.ts';
import type { Pool } from './pools.ts';

/** Hours one agent of the pool may work in 7 days: maxRollingHours, and the part-time weekly cap. */
export function poolWeeklyHours(pool: Pool, rules: RosterRules): number {
  return pool.contract === 'part_time' ? Math.min(rules.maxRollingHours, rules.partTime.maxWeeklyHours) : rules.maxRollingHours;
}

/** oneShiftPerDay + unavailability: a pool works at most as many shifts on a day as it has agents free that day. */
export function dayCapacityRows(pools: Pool[], days: number[]): CapacityRow[] {
  return pools.flatMap((pool, p) =>
    days.map((day) => ({ id: `d${p}_${day}`, max: pool.availableByDay[day], coef: (c: ShiftColumn) => (c.pool === pool && c.day === day ? 1 : 0) })),
  );
}

/**
 * maxConsecutiveDays and maxRollingHours summed over a pool: in any (max+1)-day window at most
 * max x headcount shifts, in any 7-day window at most weekly hours x headcount. Only windows that
 * touch `days` and lie inside the horizon.
 */
export function windowRows(pools: Pool[], days: number[], horizonDays: number, rules: RosterRules): CapacityRow[] {
  const { windowDays, maxDays } = workdayWindow(rules);
  const rows: CapacityRow[] = [];
  pools.forEach((pool, p) => {
    const headcount = pool.agents.length;
    const weekly = poolWeeklyHours(pool, rules);
    for (const [length, perAgent, hours] of [[windowDays, maxDays, false], [ROLLING_WINDOW_DAYS, weekly, true]] as const) {
      for (let w = Math.max(0, Math.min(...days) - length + 1); w <= Math.max(...days) && w + length <= horizonDays; w++) {
        const coef = (c: ShiftColumn) => (c.pool === pool && c.day >= w && c.day < w + length ? (hours ? c.hours : 1) : 0);
        rows.push({ id: `${hours ? 'h' : 'w'}${p}_${w}`, max: perAgent * headcount, coef });
      }
    }
  });
  return rows;
}

/** The rows with the use of already-fixed columns taken off their right-hand side. */
export function lessFixed(rows: CapacityRow[], fixed: Map<ShiftColumn, number>): CapacityRow[] {
  return rows.map((row) => {
    let used = 0;
    for (const [col, n] of fixed) used += row.coef(col) * n;
    return used === 0 ? row : { ...row, max: row.max - used };
  });
}

/**
 * rotationBalance summed over a full-time pool: in any window of rotation.windowDays days, shifts of one
 * type that count for rotation <= maxSameType x headcount. Windows cut by the horizon's end are dominated
 * by the last whole one, so only windows that start early enough to fit (or the one window of a short
 * horizon) are kept.
 */
export function rotationRows(pools: Pool[], days: number[], ctx: RuleContext): CapacityRow[] {
  const { windowDays, maxSameType } = ctx.rules.rotation;
  const { frame, rules } = ctx;
  const rows: CapacityRow[] = [];
  const counts = (c: ShiftColumn) => countsForRotation({ startMs: frame.horizonStartMs + c.from * HOUR_MS, endMs: frame.horizonStartMs + c.to * HOUR_MS }, rules, frame);
  pools.forEach((pool, p) => {
    if (pool.contract !== 'full_time') return;
    const last = Math.min(Math.max(...days), Math.max(0, frame.days - windowDays));
    for (let w = Math.max(0, Math.min(...days) - windowDays + 1); w <= last; w++) {
      for (const type of SHIFT_TYPES) {
        const coef = (c: ShiftColumn) => (c.pool === pool && c.day >= w && c.day < w + windowDays && shiftType(c.template, rules) === type && counts(c) ? 1 : 0);
        rows.push({ id: `r${p}_${w}_${type}`, max: maxSameType * pool.agents.length, coef });
      }
    }
  });
  return rows;
}
