/** The aggregate model's objective in CNY when levers are given (issue 15): wages, booked staff, lost GMV. */
import type { RosterPricing } from '../../levers/pricing.ts';
import type { Levers } from '../../levers/schema.ts';
import { instantOf } from '../instants.ts';
import { hourIndex } from '../frame.ts';
import { cell } from '../coverageMatrix.ts';
import type { RosterFrame } from '../types.ts';
import { MOVE_COST, type MoneyModel, type ShortfallSegment } from './buildCoverageModel.ts';
import { flexColumns, flexDayBound } from './flexColumns.ts';

/** Runs of equal cost among the first `n` marginal losses, each at least `floor`: the convex pieces of the cell's shortfall. */
export function shortfallSegments(marginals: readonly number[], n: number, floor: number): ShortfallSegment[] {
  const out: ShortfallSegment[] = [];
  for (let k = 0; k < n; k++) {
    const cost = Math.max(floor, marginals[Math.min(k, marginals.length - 1)] ?? 0);
    const last = out.at(-1);
    if (last && Math.abs(last.cost - cost) < 1e-9) last.size++;
    else out.push({ cost, size: 1 });
  }
  return out.length > 0 ? out : [{ cost: Math.max(floor, marginals[0] ?? 0), size: 1 }];
}

/** Prices columns by their pool's wage, shortfall by the lost-GMV curve of its cell, and books the levers' temps and borrowed staff. */
export function moneyModel(pricing: RosterPricing, levers: Levers, frame: RosterFrame, horizonCells: number): MoneyModel {
  const curves: (readonly number[] | undefined)[] = new Array(horizonCells);
  for (const c of pricing.lostGmv) {
    const h = hourIndex(frame, instantOf(c.hourStart, frame.timeZone) ?? 0);
    if (h >= 0 && h < frame.horizonHours) curves[cell(h, c.queue)] = c.marginalCny;
  }
  return {
    columnCost: (col) => col.hours * pricing.wagesCnyPerHour[col.pool.contract] + (col.moved ? MOVE_COST : 0),
    segments: (i, residual) => shortfallSegments(curves[i] ?? [], Math.ceil(residual - 1e-9), pricing.minShortfallCny),
    flex: flexColumns(levers, frame),
    flexBound: (kind, day) => flexDayBound(kind, levers, frame.dates[day] ?? ''),
  };
}
