/**
 * Team shifts in place of booked staff: the bookings are sized on the plan's LP and then held fixed, the named
 * search adds a team shift only when the lost GMV it saves against that fixed cover exceeds its pay, and
 * `releaseBooked` only lets go of bookings. So "an agent who is off takes a shift, and the temps it makes
 * redundant go" is a joint move neither makes. Here agents with no shift on a day with bookings take the same
 * shift (every per-agent rule via `canAssign`, a queue they may serve, night fairness), the bookings on its hours
 * and queue that then cost more than they save are released, dearest first (`releaseBooked`), and the move is kept
 * when the roster's CNY, as the search prices it (pay, the law's overtime premium, bookings, the shortfall's
 * pieces with the floor's wall), falls. Greedy, best move first, one day at a time, deterministic; bookings only
 * ever decrease, so every lever bound still holds.
 *
 * Most agents free on an event day have already worked their 40-hour week, so one more shift is paid at the rest
 * day's 200 %: 70 CNY an hour against a temp's 39 per agent-hour. A taker may therefore give up one shift of the
 * same ISO week (one without an overtime extension) that the roster can spare, keeping its week at 40 hours.
 */
import type { Agent } from '../../types.ts';
import { QUEUE_CODES } from '../../types.ts';
import { dateFacts } from '../../labour/periods.ts';
import { coveredHours, coverHours } from '../coverageMatrix.ts';
import type { MoneyModel } from '../model/buildCoverageModel.ts';
import type { FlexColumn } from '../model/flexColumns.ts';
import { canAssign } from '../rules/index.ts';
import { mayServeQueue } from '../rules/reassignmentWindow.ts';
import { isNightShift, makeShift, shiftHours, templateActiveOn, templateFitsContract } from '../shift.ts';
import type { Shift } from '../types.ts';
import { schedulePremium } from '../workingTime.ts';
import type { SearchPrice } from './searchPrice.ts';
import { addShift, removeShift, shiftOnDay, type AssignState } from './state.ts';
import { nightsStayFair } from './swapForBooked.ts';
import { book, releaseBooked } from './topUpBooked.ts';

/** What a move is priced against: agents per cell (required less on duty, booked staff included; signed), the prices. */
export interface TeamMoveContext {
  residual: Float64Array;
  money: MoneyModel;
  price: SearchPrice;
}

/**
 * Agents taking one shift together: a temp covers 1 / 1.3 of an agent, so one agent in place of one temp adds 0.23
 * of an agent the hour may not need and pays 5 CNY/h more, while 4 agents in place of 5 temps pay 20 CNY/h less for
 * about the same cover. Up to this many free agents take the same shift in one move.
 */
const MAX_AGENTS_PER_MOVE = 4;

/** A shift an agent free on the day could take, and the shift of the same week it would give up for it, if any. */
interface Candidate {
  agent: Agent;
  next: Shift;
  drop?: Shift;
}

/** A move: agents taking the same shift (template, queue, day), the bookings released after, and the CNY it saves (negative). */
interface Move {
  takers: Candidate[];
  released: Map<FlexColumn, number>;
  delta: number;
}

/** A candidate's pay (its hours and the overtime premium it adds or takes off), or null when a rule refuses it. */
type Legal = (c: Candidate) => number | null;

const Q = QUEUE_CODES.length;

/** Days whose shifts may cover a booked hour: each booking's start day and the day before (shifts crossing midnight). */
function bookedDays(booked: ReadonlyMap<FlexColumn, number>): number[] {
  const days = new Set<number>();
  for (const [f, n] of booked) if (n > 0) for (const d of [f.day - 1, f.day]) if (d >= 0) days.add(d);
  return [...days].sort((a, b) => a - b);
}

/** Every shift an agent free on `day` might take on a queue with bookings, alone or for a shift of the same week. */
function candidatesOn(day: number, state: AssignState, booked: ReadonlyMap<FlexColumn, number>): Candidate[][] {
  const { frame, rules } = state.ctx;
  const bookedQueues = new Set([...booked].filter(([, n]) => n > 0).map(([f]) => f.queue));
  const week = dateFacts(frame.dates[day]).week;
  const groups = new Map<string, Candidate[]>();
  for (const agent of state.agents) {
    if (shiftOnDay(state, agent.id, day)) continue;
    const spare = (state.shifts.get(agent.id) ?? []).filter((s) => !s.overtimeHours && dateFacts(frame.dates[s.day]).week === week);
    for (const template of rules.templates) {
      if (!templateActiveOn(template, day, frame) || !templateFitsContract(template, agent, rules)) continue;
      for (const queue of QUEUE_CODES) {
        if (!bookedQueues.has(queue)) continue;
        const next = makeShift(agent.id, queue, template, day, frame);
        if (!mayServeQueue(agent, queue, next.startMs, next.endMs, state.ctx)) continue;
        const key = `${queue}:${template.code}`;
        groups.set(key, [...(groups.get(key) ?? []), { agent, next }, ...spare.map((drop) => ({ agent, next, drop }))]);
      }
    }
  }
  return [...groups.values()];
}

/** The bookings on a queue overlapping hours [from, to). */
function overlapping(booked: ReadonlyMap<FlexColumn, number>, queue: Shift['queue'], [from, to]: [number, number]): Map<FlexColumn, number> {
  return new Map([...booked].filter(([f, n]) => n > 0 && f.queue === queue && f.from < to && f.to > from));
}

/** The CNY the cells' shortfall changes by from `before` to `tc.residual`. */
function shortChange(before: Float64Array, tc: TeamMoveContext): number {
  let delta = 0;
  tc.residual.forEach((m, c) => {
    if (m !== before[c]) delta += tc.price.short(c, Math.max(0, m)) - tc.price.short(c, Math.max(0, before[c]));
  });
  return delta;
}

/**
 * The takers on their shift (each giving up its dropped one), then the bookings on its hours released while that
 * lowers the cost: the CNY besides the takers' pay, and the released bookings; priced on `tc.residual`, left undone.
 */
function priceMove(takers: Candidate[], booked: ReadonlyMap<FlexColumn, number>, state: AssignState, tc: TeamMoveContext): Omit<Move, 'takers'> {
  const { frame } = state.ctx;
  const before = Float64Array.from(tc.residual);
  for (const c of takers) {
    const [from, to] = coveredHours(c.next, frame);
    coverHours(tc.residual, c.next.queue, from, to, 1);
    if (c.drop) coverHours(tc.residual, c.drop.queue, ...coveredHours(c.drop, frame), -1);
  }
  const there = overlapping(booked, takers[0].next.queue, coveredHours(takers[0].next, frame));
  const kept = releaseBooked(there, tc.residual, tc.money, tc.price.short);
  const released = new Map<FlexColumn, number>();
  let delta = shortChange(before, tc);
  for (const [f, n] of there) {
    const gone = n - (kept.get(f) ?? 0);
    if (gone > 0) released.set(f, gone);
    delta -= gone * f.costCny;
  }
  tc.residual.set(before);
  return { released, delta };
}

/** What giving up the dropped shift alone costs in shortfall on the current residual (nothing without one). */
function dropCost(c: Candidate, state: AssignState, tc: TeamMoveContext): number {
  if (!c.drop) return 0;
  const [from, to] = coveredHours(c.drop, state.ctx.frame);
  const q = QUEUE_CODES.indexOf(c.drop.queue);
  let sum = 0;
  for (let h = from; h < to; h++) sum += tc.price.short(h * Q + q, Math.max(0, tc.residual[h * Q + q] + 1)) - tc.price.short(h * Q + q, Math.max(0, tc.residual[h * Q + q]));
  return sum;
}

/** The agent's pay change for the candidate: the shift's hours less the dropped one's, and the overtime premium's change, at its wage. */
function payFor(c: Candidate, shifts: Shift[], state: AssignState, price: SearchPrice): number {
  const { frame } = state.ctx;
  const after = [...shifts.filter((s) => s !== c.drop), c.next].sort((a, b) => a.startMs - b.startMs);
  const hours = shiftHours(c.next) - (c.drop ? shiftHours(c.drop) : 0);
  return price.wage(c.agent) * (hours + schedulePremium(after, frame) - schedulePremium(shifts, frame));
}

/** Whether the agent's night count may change as the candidate changes it, its colleagues' counts as they are. */
function staysFair(c: Candidate, state: AssignState): boolean {
  const { rules } = state.ctx;
  const change = (isNightShift(c.next, rules) ? 1 : 0) - (c.drop && isNightShift(c.drop, rules) ? 1 : 0);
  return change === 0 || nightsStayFair(state, c.agent, (state.nights.get(c.agent.id) ?? 0) + change);
}

/** Applies (sign 1) or takes back (-1) a candidate's shifts in `state`. */
function apply(c: Candidate, state: AssignState, sign: 1 | -1): void {
  if (sign === 1) {
    if (c.drop) removeShift(state, c.drop);
    addShift(state, c.next);
  } else {
    removeShift(state, c.next);
    if (c.drop) addShift(state, c.drop);
  }
}

/**
 * Up to `k` agents of the group, cheapest first (pay and what a dropped shift leaves short), each its cheapest
 * legal candidate; night fairness is checked with the earlier takers applied to `state` (taken back after).
 */
function takersOf(group: Candidate[], k: number, legal: Legal, state: AssignState, tc: TeamMoveContext): Candidate[] {
  const priced = group.map((c, i) => ({ c, i, pay: legal(c) })).filter((x): x is { c: Candidate; i: number; pay: number } => x.pay !== null);
  const ranked = priced.map((x) => ({ ...x, cost: x.pay + dropCost(x.c, state, tc) })).sort((a, b) => a.cost - b.cost || a.i - b.i);
  const takers: Candidate[] = [];
  for (const { c } of ranked) {
    if (takers.length === k) break;
    if (takers.some((t) => t.agent === c.agent) || !staysFair(c, state)) continue;
    takers.push(c);
    apply(c, state, 1);
  }
  for (const c of [...takers].reverse()) apply(c, state, -1);
  return takers;
}

/** The move that lowers the cost most, if any, over every shift and number of takers. */
function bestMove(groups: Candidate[][], legal: Legal, booked: ReadonlyMap<FlexColumn, number>, state: AssignState, tc: TeamMoveContext): Move | null {
  let best: Move | null = null;
  for (const group of groups) {
    // A shift over no booking is a plain addition, which the search has already priced.
    if (overlapping(booked, group[0].next.queue, coveredHours(group[0].next, state.ctx.frame)).size === 0) continue;
    const takers = takersOf(group, MAX_AGENTS_PER_MOVE, legal, state, tc);
    for (let k = 1; k <= takers.length; k++) {
      const pay = takers.slice(0, k).reduce((sum, c) => sum + (legal(c) as number), 0);
      const priced = priceMove(takers.slice(0, k), booked, state, tc);
      const delta = pay + priced.delta;
      if (delta < (best?.delta ?? -1e-6)) best = { takers: takers.slice(0, k), ...priced, delta };
    }
  }
  return best;
}

/**
 * The bookings less those that free agents' new shifts make redundant; the shifts (and the shifts given up for them)
 * change in `state` and `tc.residual` follows. Only with money: without levers there are no bookings.
 */
export function teamForBooked(state: AssignState, booked: ReadonlyMap<FlexColumn, number>, tc: TeamMoveContext): Map<FlexColumn, number> {
  const out = new Map(booked);
  const { frame } = state.ctx;
  const known = new Map<Candidate, number | null>();
  const legal: Legal = (c) => {
    if (!known.has(c)) {
      const shifts = state.shifts.get(c.agent.id) ?? [];
      const kept = c.drop ? shifts.filter((s) => s !== c.drop) : shifts;
      known.set(c, canAssign(c.next, kept, c.agent, state.ctx) ? payFor(c, shifts, state, tc.price) : null);
    }
    return known.get(c) ?? null;
  };
  for (const day of bookedDays(booked)) {
    let groups = candidatesOn(day, state, out);
    for (;;) {
      const move = bestMove(groups, legal, out, state, tc);
      if (!move) break;
      for (const c of move.takers) {
        apply(c, state, 1);
        coverHours(tc.residual, c.next.queue, ...coveredHours(c.next, frame), 1);
        if (c.drop) coverHours(tc.residual, c.drop.queue, ...coveredHours(c.drop, frame), -1);
      }
      for (const [f, n] of move.released) {
        for (let k = 0; k < n; k++) book(f, tc.residual, -1);
        const left = (out.get(f) ?? 0) - n;
        if (left > 0) out.set(f, left);
        else out.delete(f);
      }
      const moved = new Set(move.takers.map((c) => c.agent));
      groups = groups.map((g) => g.filter((c) => !moved.has(c.agent))).filter((g) => g.length > 0);
    }
  }
  return out;
}
