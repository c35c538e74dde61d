/**
 * One agent's best schedule against what everyone else leaves short: the longest path over the days
 * that the per-agent rebuild, the ruin and recreate rounds and the ejection chains all use, and the
 * running roster (residual and cost) they change.
 */
import { QUEUE_CODES, type Agent } from '../../types.ts';
import { agentViolations, canAssign } from '../rules/index.ts';
import { cell, coveredHours } from '../coverageMatrix.ts';
import { mayServeQueue } from '../rules/reassignmentWindow.ts';
import type { RosterTemplate } from '../rulesSchema.ts';
import { isNightShift, makeShift, shiftHours, templateActiveOn, templateFitsContract } from '../shift.ts';
import type { RuleContext, Shift } from '../types.ts';
import { MOVE_COST } from '../model/buildCoverageModel.ts';
import { compatible } from '../model/transitionRows.ts';
import { schedulePremium } from '../workingTime.ts';
import { addShift, removeShift, type AssignState } from './state.ts';
import type { SearchPrice } from './searchPrice.ts';

/** The tie-breaker a shift adds beside its pay: MOVE_COST when it is off the agent's primary queue, so ties go to the primary queue. */
export function moveCost(shift: Shift, agent: Agent | undefined): number {
  return shift.queue === agent?.primaryQueue ? 0 : MOVE_COST;
}

/** Agents still missing per (hour, queue) with every current shift counted. */
export type Residual = Float64Array;

/** Value of a shift against the residual without it: what it saves in each short hour it covers, less its pay. */
export function shiftValue(shift: Shift, residual: Residual, state: AssignState, agent: Agent, price: SearchPrice): number {
  const [from, to] = coveredHours(shift, state.ctx.frame);
  return valueOver(cell(from, shift.queue), cell(to, shift.queue), shift, residual, agent, price);
}

/** shiftValue over the precomputed cells [first, end) of the shift's queue (a stride of one hour). */
export function valueOver(first: number, end: number, shift: Shift, residual: Residual, agent: Agent, price: SearchPrice, bonus?: Float64Array): number {
  let saved = 0;
  for (let c = first; c < end; c += QUEUE_CODES.length) {
    if (residual[c] > 0) saved += price.gain(c, residual[c]);
    if (bonus) saved += bonus[c];
  }
  return saved - shiftHours(shift) * price.wage(agent) - moveCost(shift, agent);
}

/** A shift the agent may work on its own, with the first and end cells it covers. */
export interface Single {
  shift: Shift;
  first: number;
  end: number;
}

export function applyResidual(shifts: Shift[], delta: 1 | -1, residual: Residual, state: AssignState): void {
  for (const s of shifts) {
    const [from, to] = coveredHours(s, state.ctx.frame);
    for (let h = from; h < to; h++) residual[cell(h, s.queue)] -= delta;
  }
}

/** Facts about one agent that do not change while the roster does: its usable templates, legal single shifts and transitions. */
export interface AgentFacts {
  templates: RosterTemplate[];
  /** Per day and template index: the shifts (one per queue it may serve) that pass every rule on their own. */
  single: Single[][][];
  /** Per day d, template t on d and u on d + 1: whether the pair passes the rules. */
  pair: boolean[][][];
  night: boolean[];
}

/** Pair legality depends on the agent only through its contract (compatible ignores unavailability and queue). */
const pairCache = new WeakMap<RuleContext, Map<string, boolean[][][]>>();

export function agentFacts(agent: Agent, ctx: RuleContext): AgentFacts {
  const templates = ctx.rules.templates.filter((t) => templateFitsContract(t, agent, ctx.rules));
  const { days } = ctx.frame;
  const single = Array.from({ length: days }, (_, d) =>
    templates.map((t) => {
      if (!templateActiveOn(t, d, ctx.frame)) return [];
      // Every rule but the move window is blind to the queue: ask them once, on the primary queue.
      if (!canAssign(makeShift(agent.id, agent.primaryQueue, t, d, ctx.frame), [], agent, ctx)) return [];
      return QUEUE_CODES.map((q) => makeShift(agent.id, q, t, d, ctx.frame))
        .filter((s) => mayServeQueue(agent, s.queue, s.startMs, s.endMs, ctx))
        .map((shift) => {
          const [from, to] = coveredHours(shift, ctx.frame);
          return { shift, first: cell(from, shift.queue), end: cell(to, shift.queue) };
        });
    }),
  );
  const byContract = pairCache.get(ctx) ?? new Map<string, boolean[][][]>();
  pairCache.set(ctx, byContract);
  const key = `${agent.contract}|${templates.map((t) => t.code).join(',')}`;
  let pair = byContract.get(key);
  if (!pair) {
    pair = Array.from({ length: Math.max(0, days - 1) }, (_, d) => templates.map((t) => templates.map((u) => compatible(agent, t, u, d, ctx))));
    byContract.set(key, pair);
  }
  return { templates, single, pair, night: templates.map((t) => isNightShift({ template: t }, ctx.rules)) };
}

/** Night counts this agent may end with so its queue's spread stays within the rule, given the running counts of everyone else not in `pending`. */
export function nightBand(agent: Agent, search: Search, pending: ReadonlySet<string>): [number, number] {
  const { state } = search;
  if (!state.nightEligible.has(agent.id)) return [0, 0];
  let lo = Infinity;
  let hi = -Infinity;
  for (const id of search.nightGroups.get(agent.primaryQueue) ?? []) {
    if (id === agent.id || pending.has(id)) continue;
    const n = state.nights.get(id) ?? 0;
    lo = Math.min(lo, n);
    hi = Math.max(hi, n);
  }
  const { days } = state.ctx.frame;
  if (lo === Infinity) return [0, days];
  const spread = state.ctx.rules.nightFairnessSpread;
  return [Math.max(0, hi - spread), Math.min(days, lo + spread)];
}

/**
 * The agent's best schedule against the residual (which must not count the agent's own shifts): a
 * longest path over days whose state is (template worked today or none, length of the work run,
 * nights so far). A step is allowed only where the rule functions allow it: each shift alone
 * (canAssign on it), each next-day pair (compatible), the run length (maxConsecutiveDays) and the
 * night band (nightFairness). `bonus`, when given, adds its value per cell a shift covers. When `strict`, each step is also checked by canAssign against the path
 * so far, which covers rules that look further back (rolling hours) at more cost.
 */
export function bestSchedule(agent: Agent, facts: AgentFacts, residual: Residual, band: [number, number], state: AssignState, price: SearchPrice, strict: boolean, bonus?: Float64Array): { shifts: Shift[]; value: number } | null {
  const { ctx } = state;
  const { days } = ctx.frame;
  if (days === 0) return null;
  const T = facts.templates.length;
  const eligible = state.nightEligible.has(agent.id);
  const maxRun = ctx.rules.maxConsecutiveDays;
  const maxNights = eligible ? band[1] : 0;
  const N = maxNights + 1;
  const R = maxRun + 1;
  const size = (T + 1) * R * N;
  const OFF = T;
  // Best option per day and template: the queue whose shift is worth most (null when none is worth working).
  const options: (Shift | null)[] = new Array(days * T).fill(null);
  const worth = new Float64Array(days * T);
  for (let d = 0; d < days; d++) {
    for (let t = 0; t < T; t++) {
      let bestValue = 0;
      for (const { shift, first, end } of facts.single[d][t]) {
        const v = valueOver(first, end, shift, residual, agent, price, bonus);
        if (v > bestValue) [options[d * T + t], bestValue] = [shift, v];
      }
      worth[d * T + t] = bestValue;
    }
  }
  // State s = (t * R + run) * N + nights; value[d * size + s] is the best worth of days 0..d ending in s.
  const value = new Float64Array(days * size).fill(-Infinity);
  const back = new Int32Array(days * size).fill(-1);
  const pathTo = (d: number, from: number): Shift[] => {
    const out: Shift[] = [];
    for (let day = d, s = from; day >= 0 && s >= 0; day--) {
      const t = Math.floor(s / (R * N));
      if (t < T) out.push(options[day * T + t] as Shift);
      s = back[day * size + s];
    }
    return out.reverse();
  };
  let active = [OFF * R * N];
  const start = new Float64Array(size).fill(-Infinity);
  start[OFF * R * N] = 0;
  let prev: Float64Array = start;
  for (let d = 0; d < days; d++) {
    const base = d * size;
    const next: number[] = [];
    const reach = (to: number, v: number, from: number) => {
      if (value[base + to] === -Infinity) next.push(to);
      value[base + to] = v;
      back[base + to] = from;
    };
    for (const s of active) {
      const v = prev[s];
      const t = Math.floor(s / (R * N));
      const run = Math.floor(s / N) % R;
      const nights = s % N;
      const off = (OFF * R) * N + nights;
      if (v > value[base + off]) reach(off, v, s);
      if (run >= maxRun) continue;
      for (let u = 0; u < T; u++) {
        const shift = options[d * T + u];
        if (!shift) continue;
        if (t < T && !facts.pair[d - 1][t][u]) continue;
        const n = nights + (eligible && facts.night[u] ? 1 : 0);
        if (n > maxNights) continue;
        const to = (u * R + run + 1) * N + n;
        const nv = v + worth[d * T + u];
        if (nv <= value[base + to]) continue;
        if (strict && d > 0 && !canAssign(shift, pathTo(d - 1, s), agent, ctx)) continue;
        reach(to, nv, s);
      }
    }
    active = next;
    prev = value.subarray(base, base + size);
  }
  let end = -1;
  for (const s of active) if (s % N >= (eligible ? band[0] : 0) && (end < 0 || prev[s] > prev[end])) end = s;
  if (end < 0) return null;
  return { shifts: pathTo(days - 1, end), value: prev[end] };
}

/** The search's running roster: the state plus the residual and the cost, kept in step with every change. */
export interface Search {
  state: AssignState;
  residual: Residual;
  facts: Map<string, AgentFacts>;
  /** What the search charges for missing agents and paid hours (hours without levers, CNY with them). */
  price: SearchPrice;
  /** Paid hours plus the overtime premium, each at the agent's wage, plus MOVE_COST per move; the shortfall part is read off the residual. */
  paid: number;
  /** Each agent's overtime premium as counted in `paid` (hours of wage beyond the hours themselves, at its wage). */
  premium: Map<string, number>;
  /** Night-eligible agent ids per primary queue: the groups nightFairness compares. */
  nightGroups: Map<string, string[]>;
}

export function take(search: Search, shifts: Shift[]): void {
  for (const s of shifts) {
    removeShift(search.state, s);
    search.paid -= shiftPay(search, s);
  }
  reprice(search, shifts);
  applyResidual(shifts, -1, search.residual, search.state);
}

export function give(search: Search, shifts: Shift[]): void {
  for (const s of shifts) {
    addShift(search.state, s);
    search.paid += shiftPay(search, s);
  }
  reprice(search, shifts);
  applyResidual(shifts, 1, search.residual, search.state);
}

/** A shift's pay at its agent's wage, with the move tie-breaker. */
export function shiftPay(search: Pick<Search, 'price' | 'state'>, shift: Shift): number {
  const agent = search.state.ctx.agents.get(shift.agentId);
  return shiftHours(shift) * search.price.wage(agent) + moveCost(shift, agent);
}

/** Prices again the overtime of the agents whose shifts changed: overtime depends on a whole week and month, not on one shift. */
function reprice(search: Search, shifts: Shift[]): void {
  for (const id of new Set(shifts.map((s) => s.agentId))) {
    const now = schedulePremium(search.state.shifts.get(id) ?? [], search.state.ctx.frame) * search.price.wage(search.state.ctx.agents.get(id));
    search.paid += now - (search.premium.get(id) ?? 0);
    search.premium.set(id, now);
  }
}

/** The roster's cost: pay + the overtime premium + the price of every missing agent-hour (+ the move tie-breaker). */
export function cost(search: Search): number {
  let short = 0;
  search.residual.forEach((r, c) => {
    if (r > 0) short += search.price.short(c, r);
  });
  return search.paid + short;
}

/**
 * The agent's best schedule against the residual (its own shifts already taken out), or null. Unless
 * `verify` is false the whole schedule is checked by every rule function, and when the quick path
 * breaks a rule that looks further back (rolling hours) the strict path is tried instead.
 */
export function rebuild(agent: Agent, search: Search, pending: ReadonlySet<string>, verify: boolean, bonus?: Float64Array): { shifts: Shift[]; value: number } | null {
  const { state } = search;
  const band = nightBand(agent, search, pending);
  const f = search.facts.get(agent.id) as AgentFacts;
  const next = bestSchedule(agent, f, search.residual, band, state, search.price, false, bonus);
  if (!verify || !next || legal(next.shifts, agent, state)) return next;
  const strict = bestSchedule(agent, f, search.residual, band, state, search.price, true, bonus);
  return strict && legal(strict.shifts, agent, state) ? strict : null;
}

export function legal(shifts: Shift[], agent: Agent, state: AssignState): boolean {
  return agentViolations(shifts, agent, state.ctx).length === 0;
}
