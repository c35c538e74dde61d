/** The aggregate model's objective in CNY when levers are given (issue 15): wages, booked staff, lost GMV. */
import type { RosterPricing } from '../../levers/pricing.ts';
import type { Levers } from '../../levers/schema.ts';
import { instantOf } from '../instants.ts';
import { hourIndex } from '../frame.ts';
import { cell } from '../coverageMatrix.ts';
import type { RosterRules } from '../rulesSchema.ts';
import type { RosterFrame } from '../types.ts';
import { MOVE_COST, type MoneyModel, type ShortfallSegment } from './buildCoverageModel.ts';
import type { ShiftColumn } from './columns.ts';
import { flexColumns, flexDayBound } from './flexColumns.ts';
import { extensionColumns } from './overtimeColumns.ts';

/**
 * The model's price of one agent missing below the coverage floor: not money but a wall, far above anything
 * a lever costs (the dearest lever-hour is a few hundred CNY), so every lever is pulled before the floor gives
 * way; where it still gives way the plan reports the hour (report/floorShortfall.ts), never fails.
 */
export const FLOOR_BREACH_CNY = 100_000;

/** Agents a cell may miss under the coverage floor: its requirement less the floor's share, rounded up. */
export function allowedMissing(required: number, floor: number | undefined): number {
  return floor === undefined ? Infinity : required - Math.ceil(floor * required - 1e-9);
}

/** The segments with every missing agent beyond `allowed` priced at FLOOR_BREACH_CNY (the last piece, unbounded). */
export function withFloor(segments: ShortfallSegment[], allowed: number): ShortfallSegment[] {
  const out: ShortfallSegment[] = [];
  let units = 0;
  for (const seg of segments) {
    if (units >= allowed) break;
    const size = Math.min(seg.size, allowed - units);
    out.push({ cost: seg.cost, size });
    units += size;
  }
  const total = segments.reduce((sum, seg) => sum + seg.size, 0);
  return total > allowed || out.length === 0 ? [...out, { cost: FLOOR_BREACH_CNY, size: 1 }] : out;
}

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

/**
 * Prices columns by their pool's wage, shortfall by the lost-GMV curve of its cell (with the coverage floor as
 * a wall when set), books the levers' temps and borrowed staff, and offers overtime extensions of `columns`.
 */
export function moneyModel(pricing: RosterPricing, levers: Levers, frame: RosterFrame, required: Float64Array, columns: ShiftColumn[] = [], rules?: RosterRules): MoneyModel {
  const curves: (readonly number[] | undefined)[] = new Array(required.length);
  for (const c of pricing.lostGmv) {
    const h = hourIndex(frame, instantOf(c.hourStart, frame.timeZone) ?? 0);
    if (h >= 0 && h < frame.horizonHours) curves[cell(h, c.queue)] = c.marginalCny;
  }
  const lossSegments = (i: number, residual: number) => shortfallSegments(curves[i] ?? [], Math.ceil(residual - 1e-9), pricing.minShortfallCny);
  return {
    columnCost: (col) => col.hours * pricing.wagesCnyPerHour[col.pool.contract] + (col.moved ? MOVE_COST : 0),
    wagesCnyPerHour: pricing.wagesCnyPerHour,
    lossSegments,
    segments: (i, residual) => {
      const pieces = lossSegments(i, residual);
      const allowed = allowedMissing(required[i] ?? 0, levers.coverageFloor);
      return allowed >= Math.ceil(residual - 1e-9) ? pieces : withFloor(pieces, allowed);
    },
    flex: flexColumns(levers, frame),
    flexBound: (kind, day) => flexDayBound(kind, levers, frame.dates[day] ?? ''),
    extensions: rules ? extensionColumns(columns, levers, rules, frame, pricing.wagesCnyPerHour) : [],
    extensionMonthCap: (pool) => (levers.overtime?.maxHoursPerMonth ?? 0) * pool.agents.length,
  };
}
