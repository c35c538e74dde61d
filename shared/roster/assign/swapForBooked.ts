/**
 * Team shifts traded for booked staff (issue 15): the named search prices the plan's bookings as fixed, so an
 * agent covering hours that a temp could take (the day's bound has room) is never freed for an hour no booking can
 * reach, such as a pre-sale night before the temps' window opens. For every hour still below the coverage floor,
 * an agent who may serve it changes the shift of that day for one covering it, and people are booked within each
 * day's bound for the hours the old shift leaves short; the trade is kept when the roster's cost falls.
 */
import type { Agent } from '../../types.ts';
import { QUEUE_CODES } from '../../types.ts';
import { coveredHours, coverHours } from '../coverageMatrix.ts';
import { flexRowId, type MoneyModel } from '../model/buildCoverageModel.ts';
import type { FlexColumn } from '../model/flexColumns.ts';
import { allowedMissing } from '../model/moneyModel.ts';
import { canAssign } from '../rules/index.ts';
import { mayServeQueue } from '../rules/reassignmentWindow.ts';
import { isNightShift, makeShift, paidHoursOf, shiftHours, templateActiveOn, templateFitsContract } from '../shift.ts';
import type { Shift } from '../types.ts';
import { schedulePremium } from '../workingTime.ts';
import type { SearchPrice } from './searchPrice.ts';
import { addShift, removeShift, type AssignState } from './state.ts';
import { bookingDelta } from './topUpBooked.ts';
import { bookedPerDay } from './bookingRoom.ts';

const Q = QUEUE_CODES.length;

/** What a trade needs besides the roster: the residual per cell (signed, booked staff included), the bookings, their prices. */
export interface SwapContext {
  residual: Float64Array;
  required: Float64Array;
  floor: number;
  money: MoneyModel;
  price: SearchPrice;
}

function shortCost(residual: Float64Array, price: SearchPrice, from: number, to: number, q: number): number {
  let sum = 0;
  for (let h = from; h < to; h++) sum += Math.max(0, price.short(h * Q + q, Math.max(0, residual[h * Q + q])));
  return sum;
}

/** Bookings that pay for themselves on the hours [from, to) of a queue, one at a time within each day's bound; applied to `residual` and `used`. */
function backfill(queue: Shift['queue'], from: number, to: number, sc: SwapContext, used: Map<string, number>): { cost: number; added: FlexColumn[] } {
  const candidates = sc.money.flex.filter((f) => f.queue === queue && f.from < to && f.to > from);
  const added: FlexColumn[] = [];
  let cost = 0;
  for (;;) {
    let best: FlexColumn | null = null;
    let bestDelta = -1e-6;
    for (const f of candidates) {
      if ((used.get(flexRowId(f)) ?? 0) >= sc.money.flexBound(f.kind, f.day)) continue;
      const delta = bookingDelta(f, sc.residual, sc.price.short, 1);
      if (delta < bestDelta) [best, bestDelta] = [f, delta];
    }
    if (!best) return { cost, added };
    coverHours(sc.residual, best.queue, best.from, best.to, best.coverage);
    used.set(flexRowId(best), (used.get(flexRowId(best)) ?? 0) + 1);
    added.push(best);
    cost += bestDelta;
  }
}

/** Whether the agent's night count may become `count` with its colleagues' counts as they are (nightFairness). */
export function nightsStayFair(state: AssignState, agent: Agent, count: number): boolean {
  if (!state.nightEligible.has(agent.id)) return true;
  let min = count;
  let max = count;
  for (const other of state.agents) {
    if (other.id === agent.id || other.primaryQueue !== agent.primaryQueue || !state.nightEligible.has(other.id)) continue;
    const n = state.nights.get(other.id) ?? 0;
    min = Math.min(min, n);
    max = Math.max(max, n);
  }
  return max - min <= state.ctx.rules.nightFairnessSpread;
}

/** Cells whose agents on duty fall below the floor, most missing first. */
function belowFloorCells(sc: SwapContext): number[] {
  const out: number[] = [];
  sc.residual.forEach((m, i) => {
    if (m > 1e-9 && m > allowedMissing(sc.required[i], sc.floor) + 1e-9) out.push(i);
  });
  return out.sort((a, b) => sc.residual[b] - sc.residual[a]);
}

/** The best trade for one cell: the agent, the shifts it gives up, the new one and the bookings, with the CNY it saves (negative). */
interface Trade {
  agent: Agent;
  dropped: Shift[];
  next: Shift;
  delta: number;
  added: FlexColumn[];
}

/**
 * The agent's shift the new one replaces (the one on its day), when every per-agent rule accepts the new shift in
 * its place. Shifts with overtime stay: their extension was priced for them. (Also dropping a conflicting shift on
 * the next day, so a night could replace a day shift, with the dropped day shifts handed to colleagues free that
 * day, found no trade that pays on the demo and was left out.)
 */
function droppedFor(next: Shift, shifts: Shift[], agent: Agent, state: AssignState): Shift[] | null {
  const old = shifts.find((s) => s.day === next.day);
  if (!old || old.overtimeHours) return null;
  return canAssign(next, shifts.filter((s) => s !== old), agent, state.ctx) ? [old] : null;
}

function tradeFor(cellIndex: number, state: AssignState, sc: SwapContext, used: Map<string, number>): Trade | null {
  const { ctx } = state;
  const { frame, rules } = ctx;
  const hour = Math.floor(cellIndex / Q);
  const queue = QUEUE_CODES[cellIndex % Q];
  const ms = frame.horizonStartMs + hour * 3_600_000;
  const today = Math.floor((ms - frame.dayZeroMs) / 86_400_000);
  let best: Trade | null = null;
  for (const agent of state.agents) {
    const shifts = state.shifts.get(agent.id) ?? [];
    for (const day of [today - 1, today]) {
      const current = shifts.find((s) => s.day === day);
      if (!current) continue;
      for (const template of rules.templates) {
        if (template === current.template && queue === current.queue) continue;
        if (!templateActiveOn(template, day, frame) || !templateFitsContract(template, agent, rules)) continue;
        const next = makeShift(agent.id, queue, template, day, frame);
        if (next.startMs > ms || next.endMs <= ms || !mayServeQueue(agent, queue, next.startMs, next.endMs, ctx)) continue;
        const dropped = droppedFor(next, shifts, agent, state);
        if (!dropped) continue;
        const nights = (state.nights.get(agent.id) ?? 0) - dropped.filter((s) => isNightShift(s, rules)).length + (isNightShift(next, rules) ? 1 : 0);
        if (!nightsStayFair(state, agent, nights)) continue;
        const trade = priceTrade(agent, dropped, next, shifts, sc, new Map(used), state);
        if (trade.delta < (best?.delta ?? -1e-6)) best = trade;
      }
    }
  }
  return best;
}

/** The trade's CNY (pay, premium, shortfall and bookings), evaluated on `sc.residual` and left undone. */
function priceTrade(agent: Agent, dropped: Shift[], next: Shift, shifts: Shift[], sc: SwapContext, used: Map<string, number>, state: AssignState): Trade {
  const { frame } = state.ctx;
  const touched = [...dropped, next].map((s) => ({ s, span: coveredHours(s, frame), q: QUEUE_CODES.indexOf(s.queue) }));
  const cost = () => touched.reduce((sum, t) => sum + shortCost(sc.residual, sc.price, t.span[0], t.span[1], t.q), 0);
  const kept = shifts.filter((s) => !dropped.includes(s));
  const withNext = [...kept, next].sort((a, b) => a.startMs - b.startMs);
  const pay = sc.price.wage(agent) * (shiftHours(next) - paidHoursOf(dropped) + schedulePremium(withNext, frame) - schedulePremium(shifts, frame));
  const before = cost();
  for (const t of touched) coverHours(sc.residual, t.s.queue, t.span[0], t.span[1], t.s === next ? 1 : -1);
  const uncovered = cost();
  const added: FlexColumn[] = [];
  let booked = 0;
  for (const t of touched) {
    if (t.s === next) continue;
    const filled = backfill(t.s.queue, t.span[0], t.span[1], sc, used);
    added.push(...filled.added);
    booked += filled.cost;
  }
  for (const f of added) coverHours(sc.residual, f.queue, f.from, f.to, -f.coverage);
  for (const t of touched) coverHours(sc.residual, t.s.queue, t.span[0], t.span[1], t.s === next ? -1 : 1);
  return { agent, dropped, next, delta: pay + uncovered - before + booked, added };
}

/**
 * Trades team shifts for bookings where an hour is below the floor, best trade per hour, until no hour has one;
 * the roster in `state`, `sc.residual` and the returned bookings are updated. Each trade keeps every per-agent rule
 * (canAssign) and night fairness, and lowers the roster's cost as the search prices it.
 */
export function swapForBooked(state: AssignState, booked: ReadonlyMap<FlexColumn, number>, sc: SwapContext): Map<FlexColumn, number> {
  const out = new Map(booked);
  const used = bookedPerDay(booked);
  const tried = new Set<number>();
  for (;;) {
    const cellIndex = belowFloorCells(sc).find((c) => !tried.has(c));
    if (cellIndex === undefined) return out;
    const trade = tradeFor(cellIndex, state, sc, used);
    if (!trade) {
      tried.add(cellIndex);
      continue;
    }
    for (const s of trade.dropped) {
      removeShift(state, s);
      const [from, to] = coveredHours(s, state.ctx.frame);
      coverHours(sc.residual, s.queue, from, to, -1);
    }
    addShift(state, trade.next);
    const [nextFrom, nextTo] = coveredHours(trade.next, state.ctx.frame);
    coverHours(sc.residual, trade.next.queue, nextFrom, nextTo, 1);
    for (const f of trade.added) {
      coverHours(sc.residual, f.queue, f.from, f.to, f.coverage);
      used.set(flexRowId(f), (used.get(flexRowId(f)) ?? 0) + 1);
      out.set(f, (out.get(f) ?? 0) + 1);
    }
  }
}
