/** The aggregate coverage LP: shift counts per column, hourly coverage with penalised shortfall, pool capacity rows. */
import { QUEUE_CODES, type Contract } from '../../types.ts';
import type { LpModel } from './lp.ts';
import type { ShiftColumn } from './columns.ts';
import type { FlexColumn } from './flexColumns.ts';
import { extensionLinkRowId, extensionMonthRowId, type ExtensionColumn } from './overtimeColumns.ts';
import type { Pool } from './pools.ts';

/** Cost of one moved shift: small enough never to outweigh one paid hour, so paid hours come before reassignments. */
export const MOVE_COST = 1e-3;

/** A row "sum of coef(column) x column <= max" over the columns it touches. */
export interface CapacityRow {
  id: string;
  max: number;
  coef: (column: ShiftColumn) => number;
}

/** One piece of a cell's shortfall cost: `size` more missing agents at `cost` each (the last piece is unbounded). */
export interface ShortfallSegment {
  cost: number;
  size: number;
}

/** The objective in CNY when levers are given: wages per column, lost GMV per missing agent, booked staff with their day bounds. */
export interface MoneyModel {
  columnCost: (column: ShiftColumn) => number;
  /** The wage per paid hour by contract that `columnCost` charges. */
  wagesCnyPerHour: Record<Contract, number>;
  /** Cheapest first (the cost is convex in the missing agents), for a cell still needing `residual` agents. */
  segments: (cell: number, residual: number) => ShortfallSegment[];
  /** The same pieces without the coverage floor's wall: lost GMV alone (at least the money floor), for reading the gap in money. */
  lossSegments: (cell: number, residual: number) => ShortfallSegment[];
  flex: FlexColumn[];
  /** Day bound of each booked-staff row, keyed by row id (flexRowId). */
  flexBound: (kind: FlexColumn['kind'], day: number) => number;
  /** Overtime extensions of shift columns (lever 2); each used only where its base column is in the model. */
  extensions: ExtensionColumn[];
  /** Extension hours a pool may work in a month: the lever's maxHoursPerMonth x headcount. */
  extensionMonthCap: (pool: Pool) => number;
}

/** The day-bound row a booked-staff column counts against. */
export function flexRowId(column: Pick<FlexColumn, 'kind' | 'day'>): string {
  return `f${column.kind}_${column.day}`;
}

export interface CoverageModelInput {
  columns: ShiftColumn[];
  /** Agents still needed per (hour, queue) cell after any fixed shifts. */
  residual: Float64Array;
  capacity: CapacityRow[];
  shortfallPenalty: number;
  integer: boolean;
  /** Prices the model in CNY instead of paid hours and a flat shortfall penalty. */
  money?: MoneyModel;
  /** Extension hours already fixed per pool-month row (rolling horizon), taken off its right-hand side. */
  extensionHoursUsed?: Map<string, number>;
}

/** Builds the LP: min paid hours + penalty x shortfall + MOVE_COST x moves, s.t. coverage >= residual - shortfall and capacity rows. */
export function buildCoverageModel(input: CoverageModelInput): LpModel {
  const Q = QUEUE_CODES.length;
  const model: LpModel = { optimize: 'cost', opType: 'min', constraints: {}, variables: {}, ints: input.integer ? {} : undefined };
  const covered = new Set<number>();
  for (const col of input.columns) {
    const v: Record<string, number> = { cost: input.money ? input.money.columnCost(col) : col.hours + (col.moved ? MOVE_COST : 0) };
    const q = QUEUE_CODES.indexOf(col.queue);
    for (let h = col.from; h < col.to; h++) {
      const cell = h * Q + q;
      if (input.residual[cell] <= 0) continue;
      v[`c${cell}`] = 1;
      covered.add(cell);
    }
    for (const row of input.capacity) {
      const c = row.coef(col);
      if (c !== 0) v[row.id] = c;
    }
    model.variables[col.id] = v;
    if (model.ints) model.ints[col.id] = 1;
  }
  if (input.money) addFlexColumns(model, input.money, input.residual, covered);
  if (input.money) addExtensionColumns(model, input.money, input.residual, covered, input.extensionHoursUsed);
  for (const cell of covered) {
    model.constraints[`c${cell}`] = { min: input.residual[cell] };
    if (!input.money) model.variables[`s${cell}`] = { cost: input.shortfallPenalty, [`c${cell}`]: 1 };
    else addShortfallSegments(model, cell, input.money.segments(cell, input.residual[cell]));
  }
  for (const row of input.capacity) model.constraints[row.id] = { max: Math.max(0, row.max) };
  return model;
}

/**
 * Booked-staff columns: each person covers `coverage` of an agent on the hours booked, within the day's
 * bound. Continuous even in the integer stage: hundreds of start-hour x length columns would make branch
 * and bound deep, and the caller rounds them within the bound (roundWithinBound).
 */
function addFlexColumns(model: LpModel, money: MoneyModel, residual: Float64Array, covered: Set<number>): void {
  const Q = QUEUE_CODES.length;
  for (const f of money.flex) {
    const v: Record<string, number> = { cost: f.costCny, [flexRowId(f)]: 1 };
    const q = QUEUE_CODES.indexOf(f.queue);
    let useful = false;
    for (let h = f.from; h < f.to; h++) {
      const cell = h * Q + q;
      if (residual[cell] <= 0) continue;
      v[`c${cell}`] = f.coverage;
      covered.add(cell);
      useful = true;
    }
    if (!useful) continue;
    model.variables[f.id] = v;
    model.constraints[flexRowId(f)] = { max: Math.max(0, money.flexBound(f.kind, f.day)) };
  }
}

/**
 * Overtime extension columns, continuous like the booked staff (the named stage extends whole shifts of
 * named agents): each needs a shift of its base column (link row) and counts its hours in its pool-month row.
 */
function addExtensionColumns(model: LpModel, money: MoneyModel, residual: Float64Array, covered: Set<number>, used?: Map<string, number>): void {
  const Q = QUEUE_CODES.length;
  for (const e of money.extensions) {
    const base = model.variables[e.base.id];
    if (!base) continue;
    const q = QUEUE_CODES.indexOf(e.base.queue);
    const v: Record<string, number> = { cost: e.costCny };
    for (let h = e.from; h < e.to; h++) {
      const cell = h * Q + q;
      if (residual[cell] <= 0) continue;
      v[`c${cell}`] = 1;
      covered.add(cell);
    }
    if (Object.keys(v).length === 1) continue;
    const link = extensionLinkRowId(e.base);
    const month = extensionMonthRowId(e);
    v[link] = 1;
    v[month] = e.hours;
    base[link] = -1;
    model.constraints[link] = { max: 0 };
    model.constraints[month] = { max: Math.max(0, money.extensionMonthCap(e.base.pool) - (used?.get(month) ?? 0)) };
    model.variables[e.id] = v;
  }
}

/** Shortfall slack in convex pieces: every piece but the last is bounded by its size, so cheaper pieces fill first. */
function addShortfallSegments(model: LpModel, cell: number, segments: ShortfallSegment[]): void {
  segments.forEach((seg, k) => {
    const last = k === segments.length - 1;
    model.variables[`s${cell}_${k}`] = last ? { cost: seg.cost, [`c${cell}`]: 1 } : { cost: seg.cost, [`c${cell}`]: 1, [`b${cell}_${k}`]: 1 };
    if (!last) model.constraints[`b${cell}_${k}`] = { max: seg.size };
  });
}
