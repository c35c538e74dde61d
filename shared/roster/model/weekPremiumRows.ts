/**
 * The law's 40-hour week in the relaxation (Labour Law Art. 36, 44; shared/labour/overtimeHours.ts): normal
 * hours a full-time pool works in an ISO week beyond 40 x its headcount are overtime, paid at least the
 * workday's 150 %. Per agent the premium is max(0, hours - 40) at the rate of the day the hours fall on, and a
 * sum of such terms is at least the pool's max(0, sum - 40 x headcount) at the week's least rate, so pricing the
 * pool's excess so keeps the relaxation a lower bound while it stops the bound from counting on free overtime.
 */
import { LEGAL_FIGURES } from '../../labour/legalFigures.ts';
import { dateFacts } from '../../labour/periods.ts';
import type { Contract } from '../../types.ts';
import type { RosterFrame } from '../types.ts';
import type { ShiftColumn } from './columns.ts';
import type { LpModel } from './lp.ts';
import type { Pool } from './pools.ts';

/** The week row's id of a pool (by its index) and an ISO week; letters and digits only, so an LP file (the bench's, for HiGHS) can name it. */
const weekRowId = (pool: number, week: string) => `lw${pool}_${week.replace(/\W/g, '')}`;

/** Adds, per full-time pool and ISO week, "normal hours - excess <= 40 x headcount" and the excess column priced at the week's least premium. */
export function addWeekPremiumRows(model: LpModel, columns: readonly ShiftColumn[], pools: readonly Pool[], frame: Pick<RosterFrame, 'dates'>, wagesCnyPerHour: Record<Contract, number>): void {
  const leastRate = new Map<string, number>();
  for (const date of frame.dates) {
    const { week, kind, payRate } = dateFacts(date);
    // Holiday hours are all overtime and count toward no week (overtimeHours.ts): they set no rate here.
    if (kind !== 'statutoryHoliday') leastRate.set(week, Math.min(leastRate.get(week) ?? Infinity, payRate - 1));
  }
  for (const col of columns) {
    if (col.pool.contract !== 'full_time' || !model.variables[col.id]) continue;
    const { week, kind } = dateFacts(frame.dates[col.day]);
    if (kind === 'statutoryHoliday') continue;
    model.variables[col.id][weekRowId(pools.indexOf(col.pool), week)] = Math.min(col.hours, LEGAL_FIGURES.dayHours);
  }
  pools.forEach((pool, p) => {
    if (pool.contract !== 'full_time') return;
    for (const [week, rate] of leastRate) {
      const row = weekRowId(p, week);
      if (!columns.some((c) => c.pool === pool && model.variables[c.id]?.[row])) continue;
      model.constraints[row] = { max: LEGAL_FIGURES.weekHours * pool.agents.length };
      model.variables[`${row}_excess`] = { cost: rate * wagesCnyPerHour.full_time, [row]: -1 };
    }
  });
}
