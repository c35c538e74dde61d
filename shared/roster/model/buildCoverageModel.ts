/** The aggregate coverage LP: shift counts per column, hourly coverage with penalised shortfall, pool capacity rows. */
import { QUEUE_CODES } from '../../types.ts';
import type { LpModel } from './lp.ts';
import type { ShiftColumn } from './columns.ts';

/** Cost of one moved shift: small enough never to outweigh one paid hour, so paid hours come before reassignments. */
export const MOVE_COST = 1e-3;

/** A row "sum of coef(column) x column <= max" over the columns it touches. */
export interface CapacityRow {
  id: string;
  max: number;
  coef: (column: ShiftColumn) => number;
}

export interface CoverageModelInput {
  columns: ShiftColumn[];
  /** Agents still needed per (hour, queue) cell after any fixed shifts. */
  residual: Float64Array;
  capacity: CapacityRow[];
  shortfallPenalty: number;
  integer: boolean;
}

/** Builds the LP: min paid hours + penalty x shortfall + MOVE_COST x moves, s.t. coverage >= residual - shortfall and capacity rows. */
export function buildCoverageModel(input: CoverageModelInput): LpModel {
  const Q = QUEUE_CODES.length;
  const model: LpModel = { optimize: 'cost', opType: 'min', constraints: {}, variables: {}, ints: input.integer ? {} : undefined };
  const covered = new Set<number>();
  for (const col of input.columns) {
    const v: Record<string, number> = { cost: col.hours + (col.moved ? MOVE_COST : 0) };
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
  for (const cell of covered) {
    model.constraints[`c${cell}`] = { min: input.residual[cell] };
    model.variables[`s${cell}`] = { cost: input.shortfallPenalty, [`c${cell}`]: 1 };
  }
  for (const row of input.capacity) model.constraints[row.id] = { max: Math.max(0, row.max) };
  return model;
}
