/**
 * Team shifts in place of booked staff: the bookings are sized on the plan's LP and then held fixed, the named
 * search adds a team shift only when the lost GMV it saves against that fixed cover exceeds its pay, and
 * `releaseBooked` only lets go of bookings. So "an agent who is off takes a shift, and the temps it makes
 * redundant go" is a joint move neither makes, and on the demo's Double 11 trained agents stayed home while the
 * agency's temps (30 CNY/h at 1 / 1.3 of an agent: 39 CNY per agent-hour against the team's 35) covered the hours.
 * Here an agent with no shift on a day with bookings takes one (every per-agent rule via `canAssign`, a queue it may
 * serve, night fairness), the bookings on its hours and queue that then cost more than they save are released,
 * dearest first (`releaseBooked`), and the move is kept when the roster's CNY, as the search prices it, falls.
 * Greedy, best move first, one day at a time; bookings only ever decrease, so every lever bound still holds.
 */
import type { Agent } from '../../types.ts';
import { QUEUE_CODES } from '../../types.ts';
import { coveredHours } from '../coverageMatrix.ts';
import type { MoneyModel } from '../model/buildCoverageModel.ts';
import type { FlexColumn } from '../model/flexColumns.ts';
import { canAssign } from '../rules/index.ts';
import { mayServeQueue } from '../rules/reassignmentWindow.ts';
import { isNightShift, makeShift, shiftHours, templateActiveOn, templateFitsContract } from '../shift.ts';
import type { Shift } from '../types.ts';
import { schedulePremium } from '../workingTime.ts';
import type { SearchPrice } from './searchPrice.ts';
import { addShift, shiftOnDay, type AssignState } from './state.ts';
import { cover, nightsStayFair } from './swapForBooked.ts';
import { book, releaseBooked } from './topUpBooked.ts';

/** What a move is priced against: agents per cell (required less on duty, booked staff included; signed), the prices. */
export interface TeamMoveContext {
  residual: Float64Array;
  money: MoneyModel;
  price: SearchPrice;
}

/** A shift an agent could take on the day, before its pay is known (legality is checked only for moves that could win). */
interface Candidate {
  agent: Agent;
  next: Shift;
  span: [number, number];
  /** The least its pay can be: wage x hours (the overtime premium only adds). */
  minPay: number;
}

/** What putting one more agent on a queue's hours does: the CNY it saves with the bookings it releases (negative pays). */
interface SpanEffect {
  delta: number;
  released: Map<FlexColumn, number>;
}

/** Days whose shifts may cover a booked hour: each booking's start day and the day before (shifts crossing midnight). */
function bookedDays(booked: ReadonlyMap<FlexColumn, number>): number[] {
  const days = new Set<number>();
  for (const [f, n] of booked) if (n > 0) for (const d of [f.day - 1, f.day]) if (d >= 0) days.add(d);
  return [...days].sort((a, b) => a - b);
}

/** Every shift an agent free on `day` might take over booked hours: active templates fitting its contract, queues it may serve. */
function candidatesOn(day: number, state: AssignState, booked: ReadonlyMap<FlexColumn, number>, price: SearchPrice): Candidate[] {
  const { frame, rules } = state.ctx;
  const bookedQueues = new Set([...booked].filter(([, n]) => n > 0).map(([f]) => f.queue));
  const out: Candidate[] = [];
  for (const agent of state.agents) {
    if (shiftOnDay(state, agent.id, day)) continue;
    for (const template of rules.templates) {
      if (!templateActiveOn(template, day, frame) || !templateFitsContract(template, agent, rules)) continue;
      for (const queue of QUEUE_CODES) {
        if (!bookedQueues.has(queue)) continue;
        const next = makeShift(agent.id, queue, template, day, frame);
        if (!mayServeQueue(agent, queue, next.startMs, next.endMs, state.ctx)) continue;
        out.push({ agent, next, span: coveredHours(next, frame), minPay: price.wage(agent) * shiftHours(next) });
      }
    }
  }
  return out;
}

/** The bookings on a queue overlapping hours [from, to). */
function overlapping(booked: ReadonlyMap<FlexColumn, number>, queue: Shift['queue'], from: number, to: number): Map<FlexColumn, number> {
  return new Map([...booked].filter(([f, n]) => n > 0 && f.queue === queue && f.from < to && f.to > from));
}

/** One more agent on the hours, then the bookings there released while that lowers the cost; priced on `tc.residual` and left undone. */
function spanEffect(queue: Shift['queue'], [from, to]: [number, number], booked: ReadonlyMap<FlexColumn, number>, tc: TeamMoveContext): SpanEffect {
  const before = Float64Array.from(tc.residual);
  cover(tc.residual, queue, from, to, 1);
  const there = overlapping(booked, queue, from, to);
  const kept = releaseBooked(there, tc.residual, tc.money, tc.price.short);
  const released = new Map<FlexColumn, number>();
  let delta = 0;
  for (const [f, n] of there) {
    const gone = n - (kept.get(f) ?? 0);
    if (gone > 0) released.set(f, gone);
    delta -= gone * f.costCny;
  }
  tc.residual.forEach((m, c) => {
    if (m !== before[c]) delta += tc.price.short(c, Math.max(0, m)) - tc.price.short(c, Math.max(0, before[c]));
  });
  tc.residual.set(before);
  return { delta, released };
}

/** The agent's pay for the shift: its hours and the overtime premium it adds to the schedule, at the agent's wage. */
function payFor(c: Candidate, shifts: Shift[], state: AssignState, price: SearchPrice): number {
  const withNext = [...shifts, c.next].sort((a, b) => a.startMs - b.startMs);
  const { frame } = state.ctx;
  return price.wage(c.agent) * (shiftHours(c.next) + schedulePremium(withNext, frame) - schedulePremium(shifts, frame));
}

/** Whether the agent may take the shift: every per-agent rule, and night fairness against its colleagues' counts. */
function mayTake(c: Candidate, shifts: Shift[], state: AssignState): boolean {
  if (!canAssign(c.next, shifts, c.agent, state.ctx)) return false;
  if (!isNightShift(c.next, state.ctx.rules)) return true;
  return nightsStayFair(state, c.agent, (state.nights.get(c.agent.id) ?? 0) + 1);
}

/** The move on `day` that lowers the cost most, if any: candidates tried cheapest bound first, legality checked lazily. */
function bestMove(candidates: Candidate[], booked: ReadonlyMap<FlexColumn, number>, state: AssignState, tc: TeamMoveContext): { c: Candidate; effect: SpanEffect } | null {
  const effects = new Map<string, SpanEffect>();
  const effectOf = (c: Candidate) => {
    const key = `${c.next.queue}:${c.span[0]}:${c.span[1]}`;
    const known = effects.get(key);
    if (known) return known;
    const effect = spanEffect(c.next.queue, c.span, booked, tc);
    effects.set(key, effect);
    return effect;
  };
  const bounded = candidates.map((c, i) => ({ c, i, bound: c.minPay + effectOf(c).delta })).filter((x) => x.bound < -1e-6);
  bounded.sort((a, b) => a.bound - b.bound || a.i - b.i);
  let best: { c: Candidate; effect: SpanEffect; delta: number } | null = null;
  for (const { c, bound } of bounded) {
    if (best && bound >= best.delta) break;
    const shifts = state.shifts.get(c.agent.id) ?? [];
    const delta = payFor(c, shifts, state, tc.price) + effectOf(c).delta;
    if (delta < (best?.delta ?? -1e-6) && mayTake(c, shifts, state)) best = { c, effect: effectOf(c), delta };
  }
  return best;
}

/**
 * The bookings less those that free agents' new shifts make redundant; the shifts are added to `state` and
 * `tc.residual` follows both. Only with money: without levers there are no bookings and nothing changes.
 */
export function teamForBooked(state: AssignState, booked: ReadonlyMap<FlexColumn, number>, tc: TeamMoveContext): Map<FlexColumn, number> {
  const out = new Map(booked);
  for (const day of bookedDays(booked)) {
    let candidates = candidatesOn(day, state, out, tc.price);
    for (;;) {
      const move = bestMove(candidates, out, state, tc);
      if (!move) break;
      const { next, span, agent } = move.c;
      addShift(state, next);
      cover(tc.residual, next.queue, span[0], span[1], 1);
      for (const [f, n] of move.effect.released) {
        for (let k = 0; k < n; k++) book(f, tc.residual, -1);
        const left = (out.get(f) ?? 0) - n;
        if (left > 0) out.set(f, left);
        else out.delete(f);
      }
      candidates = candidates.filter((c) => c.agent !== agent);
    }
  }
  return out;
}
