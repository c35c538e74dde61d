/** The aggregate stage: the LP relaxation (the lower bound) and integer shift counts, solved day by day. */
import { QUEUE_CODES } from '../../types.ts';
import type { RuleContext } from '../types.ts';
import { buildCoverageModel, MOVE_COST } from './buildCoverageModel.ts';
import { dayCapacityRows, lessFixed, rotationRows, windowRows } from './capacityRows.ts';
import type { ShiftColumn } from './columns.ts';
import { solveLp, type LpModel } from './lp.ts';
import type { Pool } from './pools.ts';
import { transitionRows } from './transitionRows.ts';

/** Cells with a requirement that no column covers: shortfall in every plan. */
export function uncoverable(columns: ShiftColumn[], required: Float64Array): number {
  const reach = new Uint8Array(required.length);
  for (const c of columns) for (let h = c.from; h < c.to; h++) reach[h * QUEUE_CODES.length + QUEUE_CODES.indexOf(c.queue)] = 1;
  return required.reduce((sum, r, i) => sum + (reach[i] ? 0 : r), 0);
}

/** The coverage-first LP relaxation's optimum: its paid hours and the (least possible) shortfall it reaches. */
export interface Relaxation {
  paidHours: number;
  shortfallAgentHours: number;
  weighted: number;
  /** A proven lower bound on paid hours + shortfallPenalty x shortfall of every roster under the rules. */
  bound: number;
}

/**
 * The LP relaxation over the whole horizon with day capacity and the window rows (the transition
 * rows are left out for speed; leaving rows out only loosens a bound). Every row relaxes a named
 * rule, so its optimum bounds every roster's weighted objective once the move tie-breaker (at most
 * MOVE_COST per shift any agent could work) is taken off.
 */
export function solveRelaxation(columns: ShiftColumn[], required: Float64Array, pools: Pool[], ctx: RuleContext): Relaxation {
  const days = Array.from({ length: ctx.frame.days }, (_, d) => d);
  const capacity = [...dayCapacityRows(pools, days), ...windowRows(pools, days, ctx.frame.days, ctx.rules), ...rotationRows(pools, days, ctx)];
  const solution = solveLp(buildCoverageModel({ columns, residual: required, capacity, shortfallPenalty: ctx.rules.shortfallPenalty, integer: false }));
  const paidHours = columns.reduce((sum, c) => sum + c.hours * (solution.values.get(c.id) ?? 0), 0);
  let shortfall = uncoverable(columns, required);
  for (const [name, v] of solution.values) if (name.startsWith('s')) shortfall += v;
  const uncovered = uncoverable(columns, required);
  const possibleShifts = pools.reduce((sum, pool) => sum + pool.availableByDay.reduce((a, b) => a + b, 0), 0);
  const bound = Math.max(0, solution.objective + ctx.rules.shortfallPenalty * uncovered - MOVE_COST * possibleShifts);
  return { paidHours, shortfallAgentHours: shortfall, weighted: paidHours + ctx.rules.shortfallPenalty * shortfall, bound };
}

/** The whole-horizon aggregate model with every pool row (day capacity, windows, transitions), for comparison with an exact solver. */
export function aggregateModel(columns: ShiftColumn[], required: Float64Array, pools: Pool[], ctx: RuleContext): LpModel {
  const days = Array.from({ length: ctx.frame.days }, (_, d) => d);
  const capacity = [...dayCapacityRows(pools, days), ...windowRows(pools, days, ctx.frame.days, ctx.rules), ...rotationRows(pools, days, ctx), ...transitionRows(pools, days.slice(0, -1), ctx)];
  return buildCoverageModel({ columns, residual: required, capacity, shortfallPenalty: ctx.rules.shortfallPenalty, integer: true });
}

/** Least shortfall the aggregate LP can reach (agent-hours), for the cap suggestion. */
export function leastShortfall(columns: ShiftColumn[], required: Float64Array, pools: Pool[], ctx: RuleContext): number {
  return solveRelaxation(columns, required, pools, ctx).shortfallAgentHours;
}

/** Days the integer stage looks ahead: day d is solved together with the next, then only day d is fixed. */
const LOOKAHEAD_DAYS = 1;

/**
 * Integer shift counts in a rolling horizon: each model holds day d and the next LOOKAHEAD_DAYS,
 * with coverage left after earlier days, pool capacity, and the window and transition rows with
 * earlier days' shifts fixed; only day d's counts are kept. Each model has a few dozen integer
 * columns whose coverage rows are intervals, so branch and bound stays shallow.
 */
export function solveIntegerCounts(columns: ShiftColumn[], required: Float64Array, pools: Pool[], ctx: RuleContext): Map<ShiftColumn, number> {
  const counts = new Map<ShiftColumn, number>();
  const residual = Float64Array.from(required);
  const byDay: ShiftColumn[][] = Array.from({ length: ctx.frame.days }, () => []);
  for (const c of columns) byDay[c.day].push(c);
  for (let day = 0; day < ctx.frame.days; day++) {
    if (byDay[day].length === 0) continue;
    const days = Array.from({ length: Math.min(LOOKAHEAD_DAYS + 1, ctx.frame.days - day) }, (_, k) => day + k);
    const rows = [...dayCapacityRows(pools, days), ...windowRows(pools, days, ctx.frame.days, ctx.rules), ...rotationRows(pools, days, ctx), ...transitionRows(pools, day > 0 ? [day - 1, ...days.slice(0, -1)] : days.slice(0, -1), ctx)];
    const model = buildCoverageModel({ columns: days.flatMap((d) => byDay[d]), residual, capacity: lessFixed(rows, counts), shortfallPenalty: ctx.rules.shortfallPenalty, integer: true });
    const solution = solveLp(model);
    for (const c of byDay[day]) {
      const n = Math.round(solution.values.get(c.id) ?? 0);
      if (n <= 0) continue;
      counts.set(c, n);
      const q = QUEUE_CODES.indexOf(c.queue);
      for (let h = c.from; h < c.to; h++) residual[h * QUEUE_CODES.length + q] -= n;
    }
  }
  return counts;
}
