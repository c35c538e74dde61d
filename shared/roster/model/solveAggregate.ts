/** The aggregate stage: the LP relaxation (the lower bound) and integer shift counts, solved day by day. */
import { QUEUE_CODES } from '../../types.ts';
import type { RuleContext } from '../types.ts';
import { coverHours } from '../coverageMatrix.ts';
import { buildCoverageModel, flexRowId, MOVE_COST, type CapacityRow, type MoneyModel, type ShortfallSegment } from './buildCoverageModel.ts';
import { dayCapacityRows, lessFixed, rotationRows, windowRows } from './capacityRows.ts';
import type { ShiftColumn } from './columns.ts';
import type { FlexColumn } from './flexColumns.ts';
import { solveLp, type LpModel } from './lp.ts';
import type { Pool } from './pools.ts';
import { transitionRows } from './transitionRows.ts';
import { addWeekPremiumRows } from './weekPremiumRows.ts';
import { extensionMonthRowId, type ExtensionColumn } from './overtimeColumns.ts';
import { isPeakTemplate } from '../peakTemplates.ts';

/**
 * The whole-horizon LP the bound comes from: day capacity, the window and rotation rows (`seldomBinding`), and in
 * CNY the law's 40-hour week per full-time pool (the bench hands the same model to HiGHS).
 */
export function relaxationModel(columns: ShiftColumn[], required: Float64Array, pools: Pool[], ctx: RuleContext, money?: MoneyModel): { model: LpModel; seldomBinding: CapacityRow[] } {
  const days = Array.from({ length: ctx.frame.days }, (_, d) => d);
  const seldomBinding = [...windowRows(pools, days, ctx.frame.days, ctx.rules), ...rotationRows(pools, days, ctx)];
  const capacity = [...dayCapacityRows(pools, days), ...seldomBinding];
  const model = buildCoverageModel({ columns, residual: required, capacity, shortfallPenalty: ctx.rules.shortfallPenalty, integer: false, money });
  if (money) addWeekPremiumRows(model, columns, pools, ctx.frame, money.wagesCnyPerHour);
  return { model, seldomBinding };
}

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
  /** CNY the coverage floor's wall adds to `bound` over pricing the same missing agents at their lost GMV alone; 0 without a floor. */
  floorWallCny: number;
}

/**
 * The LP relaxation over the whole horizon with day capacity and the window rows (the transition
 * rows are left out for speed; leaving rows out only loosens a bound). Every row relaxes a named
 * rule, so its optimum bounds every roster's weighted objective once the move tie-breaker (at most
 * MOVE_COST per shift any agent could work) is taken off.
 */
export function solveRelaxation(columns: ShiftColumn[], required: Float64Array, pools: Pool[], ctx: RuleContext, money?: MoneyModel): Relaxation {
  const { model, seldomBinding } = relaxationModel(columns, required, pools, ctx, money);
  // With booked staff's columns the window and rotation rows, which bind in few places, made the dense tableau fill
  // in (the demo with levers: 5.5 s of CPU, 2.1 s with the rows added only where broken). Without them the whole
  // model was faster than the rounds of rows (money only: 1.5 s against 2.9 s), so they are lazy only then.
  const lazyRows = money && money.flex.length > 0 ? new Set(seldomBinding.map((row) => row.id)) : undefined;
  const solution = solveLp(model, { lazyRows });
  const paidHours = columns.reduce((sum, c) => sum + c.hours * (solution.values.get(c.id) ?? 0), 0);
  let shortfall = uncoverable(columns, required);
  for (const [name, v] of solution.values) if (name.startsWith('s')) shortfall += v;
  const uncovered = uncoverable(columns, required);
  const possibleShifts = pools.reduce((sum, pool) => sum + pool.availableByDay.reduce((a, b) => a + b, 0), 0);
  const unreachable = money ? unreachableCost(columns, required, money) : ctx.rules.shortfallPenalty * uncovered;
  const bound = Math.max(0, solution.objective + unreachable - MOVE_COST * possibleShifts);
  const floorWallCny = money ? relaxationFloorWall(solution.values, columns, required, money) : 0;
  return { paidHours, shortfallAgentHours: shortfall, weighted: money ? solution.objective + unreachable : paidHours + ctx.rules.shortfallPenalty * shortfall, bound, floorWallCny };
}

/** The floor's wall in the relaxation's optimum: per cell, its missing agents (the shortfall pieces `s<cell>_<k>` it uses, or all of an unreachable cell's) priced with the wall less without it. */
function relaxationFloorWall(values: Map<string, number>, columns: ShiftColumn[], required: Float64Array, money: MoneyModel): number {
  const missing = new Float64Array(required.length);
  for (const [name, v] of values) {
    const piece = /^s(\d+)_\d+$/.exec(name);
    if (piece) missing[Number(piece[1])] += v;
  }
  const reach = reachedCells(columns, required, money);
  required.forEach((r, i) => {
    if (!reach[i] && r > 0) missing[i] = r;
  });
  let sum = 0;
  missing.forEach((m, i) => {
    if (m > 1e-9) sum += floorWallOf(money, i, m);
  });
  return sum;
}

/** 1 for each cell some column (team, booked or extension) reaches. */
function reachedCells(columns: ShiftColumn[], required: Float64Array, money: MoneyModel): Uint8Array {
  const reach = new Uint8Array(required.length);
  const Q = QUEUE_CODES.length;
  const extensions = money.extensions.map((e) => ({ from: e.from, to: e.to, queue: e.base.queue }));
  for (const c of [...columns, ...money.flex, ...extensions]) for (let h = c.from; h < c.to; h++) reach[h * Q + QUEUE_CODES.indexOf(c.queue)] = 1;
  return reach;
}

/** CNY of the requirement no column (team or booked) reaches: its shortfall is the same in every plan. */
function unreachableCost(columns: ShiftColumn[], required: Float64Array, money: MoneyModel): number {
  const reach = reachedCells(columns, required, money);
  let sum = 0;
  required.forEach((r, i) => {
    if (!reach[i] && r > 0) sum += shortfallCostOf(money, i, r);
  });
  return sum;
}

/** CNY the money objective charges for `missing` agents in a cell: its convex pieces, cheapest first. */
export function shortfallCostOf(money: MoneyModel, cell: number, missing: number): number {
  return piecesCost(money.segments(cell, missing), missing);
}

/** CNY the coverage floor's wall adds for `missing` agents in a cell over their lost GMV alone (0 within the floor's allowance). */
export function floorWallOf(money: MoneyModel, cell: number, missing: number): number {
  return shortfallCostOf(money, cell, missing) - piecesCost(money.lossSegments(cell, missing), missing);
}

/** `missing` agents priced along convex pieces, cheapest first; the last piece takes whatever is left. */
function piecesCost(segments: ShortfallSegment[], missing: number): number {
  let left = missing;
  let sum = 0;
  segments.forEach((seg, k) => {
    const take = k === segments.length - 1 ? left : Math.min(left, seg.size);
    sum += take * seg.cost;
    left -= take;
  });
  return sum;
}

/** Least shortfall the aggregate LP can reach (agent-hours), for the cap suggestion. */
export function leastShortfall(columns: ShiftColumn[], required: Float64Array, pools: Pool[], ctx: RuleContext): number {
  return solveRelaxation(columns, required, pools, ctx).shortfallAgentHours;
}

/** Days the integer stage looks ahead: day d is solved together with the next, then only day d is fixed. */
const LOOKAHEAD_DAYS = 1;

/**
 * Relative gap at which branch and bound stops on a day model priced in CNY. Its objective carries the floor's
 * wall (FLOOR_BREACH_CNY per agent) and lost GMV in fractions of a yuan; proving the last yuan took the demo's
 * event-day model 1.6 s of the integer stage's 2.6 s. At 1e-4 the demo's plan is the same and that day takes 0.1 s.
 */
const MONEY_MIP_TOLERANCE = 1e-4;

/** The integer stage's result: shifts per pool column, and people booked per temp or borrowed column. */
export interface IntegerPlan {
  counts: Map<ShiftColumn, number>;
  flex: Map<FlexColumn, number>;
  /** Overtime extensions of planned shifts (lever 2); the named stage chooses its own, so these only describe the plan. */
  extensions: Map<ExtensionColumn, number>;
}

/** Integer shift counts under the paid-hours objective (no levers). */
export function solveIntegerCounts(columns: ShiftColumn[], required: Float64Array, pools: Pool[], ctx: RuleContext): Map<ShiftColumn, number> {
  return solveIntegerPlan(columns, required, pools, ctx).counts;
}

/**
 * Integer shift counts in a rolling horizon: each model holds day d and the next LOOKAHEAD_DAYS,
 * with coverage left after earlier days, pool capacity, and the window and transition rows with
 * earlier days' shifts fixed; only day d's counts are kept. Each model has a few dozen integer
 * columns whose coverage rows are intervals, so branch and bound stays shallow. With `money`, the
 * objective is in CNY and temps and borrowed staff starting on day d are booked with it.
 */
export function solveIntegerPlan(columns: ShiftColumn[], required: Float64Array, pools: Pool[], ctx: RuleContext, money?: MoneyModel): IntegerPlan {
  const counts = new Map<ShiftColumn, number>();
  const flex = new Map<FlexColumn, number>();
  const extensions = new Map<ExtensionColumn, number>();
  const extensionHoursUsed = new Map<string, number>();
  const residual = Float64Array.from(required);
  const byDay: ShiftColumn[][] = Array.from({ length: ctx.frame.days }, () => []);
  for (const c of columns) byDay[c.day].push(c);
  const flexByDay: FlexColumn[][] = Array.from({ length: ctx.frame.days }, () => []);
  for (const f of money?.flex ?? []) flexByDay[f.day].push(f);
  for (let day = 0; day < ctx.frame.days; day++) {
    if (byDay[day].length === 0 && flexByDay[day].length === 0) continue;
    // A shift crossing midnight constrains the day after next (restAfterNights): look that far ahead before fixing it.
    const ahead = byDay[day].some((c) => c.template.startHour + c.template.durationHours > 24) ? 2 : LOOKAHEAD_DAYS;
    const days = Array.from({ length: Math.min(ahead + 1, ctx.frame.days - day) }, (_, k) => day + k);
    // Pairs two days apart too: a night crossing midnight into d-1 keeps its agent off day shifts on d (restAfterNights).
    const acrossDay = [day - 2, day - 1, day].filter((d) => d >= 0 && d + 2 <= days[days.length - 1]);
    const rows = [
      ...dayCapacityRows(pools, days),
      ...windowRows(pools, days, ctx.frame.days, ctx.rules),
      ...rotationRows(pools, days, ctx),
      ...transitionRows(pools, day > 0 ? [day - 1, ...days.slice(0, -1)] : days.slice(0, -1), ctx),
      ...transitionRows(pools, acrossDay, ctx, 2),
    ];
    const capacity = lessFixed(rows, counts);
    const dayColumns = days.flatMap((d) => byDay[d]);
    const dayFlex = days.flatMap((d) => flexByDay[d]);
    const relaxed = dayFlex.length > 0 || dayColumns.some((c) => isPeakTemplate(c.template)) ? solveLp(buildCoverageModel({ columns: dayColumns, residual, capacity, shortfallPenalty: ctx.rules.shortfallPenalty, integer: false, money: money && { ...money, flex: dayFlex }, extensionHoursUsed })).values : undefined;
    // Booked staff are chosen on the LP relaxation and then held fixed: as integer columns they made
    // branch and bound on the event days 30 times slower, and whole people are rounded anyway.
    const booked = money && relaxed && dayFlex.length > 0 ? roundWithinBound(dayFlex, relaxed, money) : new Map<FlexColumn, number>();
    const left = Float64Array.from(residual);
    for (const [f, n] of booked) coverHours(left, f.queue, f.from, f.to, n * f.coverage);
    // A temp covers a fraction of an agent: the team needs whole agents, and fractional right-hand sides make branch and bound deep.
    if (money) left.forEach((r, i) => (left[i] = Math.ceil(r - 1e-9)));
    // Peak shifts multiply the columns by lengths x start hours: only those the relaxation uses enter branch and bound.
    const integerColumns = relaxed ? dayColumns.filter((c) => !isPeakTemplate(c.template) || (relaxed.get(c.id) ?? 0) > 1e-6) : dayColumns;
    const model = buildCoverageModel({ columns: integerColumns, residual: left, capacity, shortfallPenalty: ctx.rules.shortfallPenalty, integer: true, money: money && { ...money, flex: [] }, extensionHoursUsed });
    if (money) model.options = { tolerance: MONEY_MIP_TOLERANCE };
    const solution = solveLp(model);
    for (const c of byDay[day]) {
      const n = Math.round(solution.values.get(c.id) ?? 0);
      if (n <= 0) continue;
      counts.set(c, n);
      coverHours(residual, c.queue, c.from, c.to, n);
    }
    for (const e of money?.extensions ?? []) {
      const n = solution.values.get(e.id) ?? 0;
      if (e.base.day !== day || n <= 0) continue;
      extensions.set(e, n);
      extensionHoursUsed.set(extensionMonthRowId(e), (extensionHoursUsed.get(extensionMonthRowId(e)) ?? 0) + n * e.hours);
      coverHours(residual, e.base.queue, e.from, e.to, n);
    }
    for (const [f, n] of booked) {
      if (f.day !== day) continue;
      flex.set(f, n);
      coverHours(residual, f.queue, f.from, f.to, n * f.coverage);
    }
  }
  return { counts, flex, extensions };
}

/** Whole people per booked-staff column: rounded to the nearest, then the most rounded-up taken back until each day bound holds. */
export function roundWithinBound(columns: FlexColumn[], values: Map<string, number>, money?: MoneyModel): Map<FlexColumn, number> {
  const out = new Map<FlexColumn, number>();
  if (!money) return out;
  const byRow = new Map<string, FlexColumn[]>();
  for (const f of columns) byRow.set(flexRowId(f), [...(byRow.get(flexRowId(f)) ?? []), f]);
  for (const group of byRow.values()) {
    const bound = money.flexBound(group[0].kind, group[0].day);
    const rounded = group.map((f) => ({ f, v: values.get(f.id) ?? 0, n: Math.round(values.get(f.id) ?? 0) }));
    let total = rounded.reduce((s, r) => s + r.n, 0);
    while (total > bound) {
      const worst = rounded.filter((r) => r.n > 0).sort((a, b) => b.n - b.v - (a.n - a.v))[0];
      worst.n--;
      total--;
    }
    for (const r of rounded) if (r.n > 0) out.set(r.f, r.n);
  }
  return out;
}
