/**
 * The re-plan's small LP: each candidate column is bought in whole units at its CNY price, each cell's
 * shortfall is priced by its lost-GMV curve, and the solver picks the cheapest total. Only the open
 * hours are in it, so it stays small enough for javascript-lp-solver's branch and bound.
 */
import { solveLp, type LpModel } from '../roster/model/lp.ts';
import type { ChangeColumn } from './candidates/column.ts';

/**
 * Price of one change in the LP only, never reported: a change that saves nothing is not worth the
 * disruption of a call or a calendar update, so ties keep the published roster.
 */
export const CHANGE_TIE_BREAK_CNY = 0.01;

export interface ChoiceInput {
  columns: readonly ChangeColumn[];
  /** Agents short per cell before any change (may be negative: spare agents). */
  gap: Float64Array;
  /** Lost GMV of the 1st, 2nd, ... missing agent per cell (nondecreasing). */
  curves: readonly (readonly number[])[];
}

/**
 * A move takes only agents its queue can spare: in every cell a change takes agents from, the changes together
 * may take at most the agents that cell had spare, never leaving it shorter than the published roster did. Lost
 * sales price after-sale and logistics far below pre-sale, so without this the re-plan would empty them at the peak.
 */
function spareOnlyRows(input: ChoiceInput, model: LpModel): void {
  const giving = new Set<number>();
  for (const column of input.columns) for (const c of column.cover) if (c.amount < 0) giving.add(c.cell);
  for (const cell of giving) {
    const row = `spare${cell}`;
    model.constraints[row] = { min: Math.min(0, input.gap[cell]) };
    for (const [i, column] of input.columns.entries()) {
      const amount = column.cover.reduce((sum, c) => sum + (c.cell === cell ? c.amount : 0), 0);
      if (amount !== 0) model.variables[`x${i}`][row] = amount;
    }
  }
}

/**
 * Units of each column to buy; columns left out are not bought. Temps are chosen first with their units relaxed, then
 * rounded and fixed, and the other kinds bought in whole units against what the temps leave: a temp covers 1/proficiency
 * of an agent, and whole temps against fractional gaps (booked temps leave cells short by 0.23 of an agent) sent
 * javascript-lp-solver's branch and bound through millions of nodes (the demo with levers: over 9 minutes).
 */
export function chooseChanges(input: ChoiceInput): Map<string, number> {
  const temps = input.columns.filter((c) => c.kind === 'temps');
  if (temps.length === 0) return solveChoice(input, false);
  const booked = roundedTemps(temps, solveChoice(input, true));
  const gap = Float64Array.from(input.gap);
  for (const column of temps) for (const c of column.cover) gap[c.cell] -= (booked.get(column.key) ?? 0) * c.amount;
  const rest = solveChoice({ columns: input.columns.filter((c) => c.kind !== 'temps'), gap, curves: input.curves }, false);
  return new Map([...booked, ...rest]);
}

/**
 * Temp units rounded to whole bookings: each column down to its whole part, then up where the relaxed choice took at
 * least half a temp more, largest share first, while its date's limit and the column's upper bound allow.
 */
function roundedTemps(temps: readonly ChangeColumn[], relaxed: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  const used = new Map<string, number>();
  const book = (column: ChangeColumn, n: number) => {
    if (n <= 0) return;
    out.set(column.key, (out.get(column.key) ?? 0) + n);
    if (column.limit) used.set(column.limit.key, (used.get(column.limit.key) ?? 0) + n);
  };
  for (const column of temps) book(column, Math.floor((relaxed.get(column.key) ?? 0) + 1e-6));
  const share = (column: ChangeColumn) => (relaxed.get(column.key) ?? 0) - (out.get(column.key) ?? 0);
  const ups = temps.filter((c) => share(c) >= 0.5 - 1e-6).sort((a, b) => share(b) - share(a) || a.key.localeCompare(b.key));
  for (const column of ups) {
    const room = column.limit ? column.limit.max - (used.get(column.limit.key) ?? 0) : Infinity;
    if (room >= 1 && (out.get(column.key) ?? 0) < column.upper) book(column, 1);
  }
  return out;
}

/** The LP over the columns: every column in whole units, or temps (`relaxTemps`) in fractional ones, reported unrounded. */
function solveChoice(input: ChoiceInput, relaxTemps: boolean): Map<string, number> {
  const touched = new Set<number>();
  for (const column of input.columns) for (const c of column.cover) touched.add(c.cell);
  const model: LpModel = { optimize: 'cost', opType: 'min', constraints: {}, variables: {}, ints: {} };
  for (const cell of touched) {
    model.constraints[`c${cell}`] = { min: input.gap[cell] };
    shortfallSegments(cell, input.curves[cell] ?? [], model);
  }
  for (const [i, column] of input.columns.entries()) {
    const name = `x${i}`;
    const variable: Record<string, number> = { cost: column.costCny + CHANGE_TIE_BREAK_CNY, [`u${name}`]: 1 };
    for (const c of column.cover) variable[`c${c.cell}`] = (variable[`c${c.cell}`] ?? 0) + c.amount;
    model.constraints[`u${name}`] = { max: column.upper };
    if (column.limit) {
      variable[column.limit.key] = 1;
      model.constraints[column.limit.key] = { max: column.limit.max };
    }
    model.variables[name] = variable;
    if (!(relaxTemps && column.kind === 'temps')) model.ints![name] = 1;
  }
  spareOnlyRows(input, model);
  const index = new Map(input.columns.map((c, i) => [c.key, `x${i}`]));
  for (const [i, column] of input.columns.entries()) {
    const before = column.needs ? index.get(column.needs) : undefined;
    if (!before) continue;
    const row = `n${i}`;
    model.constraints[row] = { max: 0 };
    model.variables[`x${i}`][row] = 1;
    model.variables[before][row] = -1;
  }
  const solution = solveLp(model);
  const units = new Map<string, number>();
  for (const [i, column] of input.columns.entries()) {
    const raw = solution.values.get(`x${i}`) ?? 0;
    const v = relaxTemps && column.kind === 'temps' ? raw : Math.round(raw);
    if (v > 1e-9) units.set(column.key, v);
  }
  return units;
}

/** Shortfall columns of one cell: one per run of equal marginal losses, bounded by the run's length; together they hold the whole requirement, the most a cell can be short. */
function shortfallSegments(cell: number, marginals: readonly number[], model: LpModel): void {
  let k = 0;
  let segment = 0;
  while (k < marginals.length) {
    let end = k;
    while (end + 1 < marginals.length && marginals[end + 1] === marginals[k]) end++;
    const name = `s${cell}_${segment++}`;
    model.variables[name] = { cost: marginals[k], [`c${cell}`]: 1, [`u${name}`]: 1 };
    model.constraints[`u${name}`] = { max: end - k + 1 };
    k = end + 1;
  }
}
