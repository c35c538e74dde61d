/**
 * Ejection chains: to cover a short hour that no single rebuild (and no small ruin-and-recreate group)
 * reaches, let one agent take it over even though that leaves another hour short, then let a second
 * agent take that one over, and so on, up to a depth. A beam of the cheapest partial chains is kept at
 * each depth; a chain is kept once the roster's cost falls below where it started.
 *
 * Every step is an agent's whole schedule rebuilt by the same longest path (so every rule function
 * checks it: canAssign, compatible, maxConsecutiveDays, the night band, then agentViolations on the
 * whole schedule), only with a bonus on the hours the chain has left short, so the agent prefers them
 * to the hours it covers now. Each step keeps night fairness against everyone's current counts, so a
 * finished chain does too. No clock: a budget of rebuilds.
 */
import { QUEUE_CODES, type Agent } from '../../types.ts';
import { cell, coveredHours } from '../coverageMatrix.ts';
import type { Shift } from '../types.ts';
import { cost, give, legal, rebuild, take, type Search } from './agentPath.ts';

/** Longest chain: agents changed one after another to cover one short hour. */
const DEPTH = 8;
/** Partial chains kept at each depth, cheapest first. */
const BEAM = 30;
/** Default budget: this many rebuilds per agent, and at most this many agent-days rebuilt in all (a rebuild's work grows with the days). */
const PER_AGENT = 40;
const AGENT_DAYS = 7500;
/** Rebuilds tried for one short hour before moving on to the next. */
const PER_TARGET = 1500;

export interface EjectionOptions {
  /** Rebuilds tried in all (an iteration budget, so the result never depends on the clock); default min(40 x agents, 7,500 / days). */
  budget?: number;
}

/** One link: an agent's schedule before and after. */
interface Step {
  agent: Agent;
  before: Shift[];
  after: Shift[];
}

interface Chain {
  steps: Step[];
  cost: number;
  /** Cells the last step left short: the next step must cover one of them. */
  open: number[];
}

function apply(search: Search, steps: Step[]): void {
  for (const s of steps) {
    take(search, s.before);
    give(search, s.after);
  }
}

function undo(search: Search, steps: Step[]): void {
  for (let i = steps.length - 1; i >= 0; i--) {
    take(search, steps[i].after);
    give(search, steps[i].before);
  }
}

/** Per agent, the cells (hour x queue) that some shift it may work on its own covers. */
function reachable(search: Search): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  for (const agent of search.state.agents) {
    const cells = new Uint8Array(search.residual.length);
    for (const day of search.facts.get(agent.id)?.single ?? []) {
      for (const singles of day) for (const { first, end } of singles) for (let c = first; c < end; c += QUEUE_CODES.length) cells[c] = 1;
    }
    out.set(agent.id, cells);
  }
  return out;
}

/** Cells the chain must still cover: the root while short, and any cell shorter than when the chain began. */
function targetsOf(search: Search, root: number, start: Float64Array): number[] {
  const out: number[] = [];
  search.residual.forEach((r, c) => {
    if (r > 0 && (r > start[c] || c === root)) out.push(c);
  });
  return out;
}

function cellsOf(shifts: Shift[], search: Search): Set<number> {
  const out = new Set<number>();
  for (const s of shifts) {
    const [from, to] = coveredHours(s, search.state.ctx.frame);
    for (let h = from; h < to; h++) out.add(cell(h, s.queue));
  }
  return out;
}

/** Cells the agent covered before and not after that are now short. */
function openedBy(before: Shift[], after: Shift[], search: Search): number[] {
  const now = cellsOf(after, search);
  return [...cellsOf(before, search)].filter((c) => !now.has(c) && search.residual[c] > 0).sort((a, b) => a - b);
}

function covers(shifts: Shift[], search: Search, bonus: Float64Array): boolean {
  for (const s of shifts) {
    const [from, to] = coveredHours(s, search.state.ctx.frame);
    for (let h = from; h < to; h++) if (bonus[cell(h, s.queue)] > 0) return true;
  }
  return false;
}

function sameShifts(a: Shift[], b: Shift[]): boolean {
  return a.length === b.length && a.every((s, i) => s.startMs === b[i].startMs && s.endMs === b[i].endMs && s.queue === b[i].queue);
}

/**
 * Searches chains that cover `root`; on success leaves the best chain applied and returns true,
 * otherwise leaves the roster as it was. `spent` counts rebuilds.
 */
function chainFor(root: number, search: Search, reach: Map<string, Uint8Array>, bonusPerCell: number, spent: { n: number; cap: number }): boolean {
  const start = Float64Array.from(search.residual);
  const before = cost(search);
  const none = new Set<string>();
  let beam: Chain[] = [{ steps: [], cost: before, open: [root] }];
  for (let depth = 0; depth < DEPTH && beam.length > 0 && spent.n < spent.cap; depth++) {
    const children: Chain[] = [];
    for (const chain of beam) {
      apply(search, chain.steps);
      const targets = chain.open;
      const bonus = new Float64Array(search.residual.length);
      for (const c of targets) bonus[c] = bonusPerCell;
      const used = new Set(chain.steps.map((s) => s.agent.id));
      for (const agent of search.state.agents) {
        if (used.has(agent.id) || spent.n >= spent.cap) continue;
        const cells = reach.get(agent.id) as Uint8Array;
        if (!targets.some((c) => cells[c] === 1)) continue;
        const mine = [...(search.state.shifts.get(agent.id) ?? [])];
        take(search, mine);
        spent.n++;
        const next = rebuild(agent, search, none, false, bonus);
        if (!next || !covers(next.shifts, search, bonus) || sameShifts(next.shifts, mine)) {
          give(search, mine);
          continue;
        }
        give(search, next.shifts);
        const now = cost(search);
        const step = { agent, before: mine, after: next.shifts };
        if (now < before - 1e-6 && [...chain.steps, step].every((s) => legal(s.after, s.agent, search.state))) return true;
        const left = openedBy(mine, next.shifts, search);
        children.push({ steps: [...chain.steps, step], cost: now, open: left.length > 0 ? left : targetsOf(search, root, start) });
        take(search, next.shifts);
        give(search, mine);
      }
      undo(search, chain.steps);
    }
    children.sort((a, b) => a.cost - b.cost);
    // Chains that leave the same hours open are alike for what follows: keep the cheapest of each.
    const seen = new Set<string>();
    beam = [];
    for (const child of children) {
      const key = child.open.join(',');
      if (seen.has(key)) continue;
      seen.add(key);
      beam.push(child);
      if (beam.length === BEAM) break;
    }
  }
  return false;
}

/**
 * Tries an ejection chain for each short cell, fewest agents missing first, until a pass over them
 * improves nothing or the budget is spent. Returns the chains kept.
 */
export function ejectionChains(search: Search, options: EjectionOptions = {}): number {
  const { ctx } = search.state;
  const budget = options.budget ?? Math.min(PER_AGENT * search.state.agents.length, Math.floor(AGENT_DAYS / Math.max(1, ctx.frame.days)));
  const longest = Math.max(1, ...ctx.rules.templates.map((t) => t.durationHours));
  // Above anything an agent's other hours are worth to it, so a chain step always takes a target.
  const bonusPerCell = search.price.maxGain * (longest + 1);
  const reach = reachable(search);
  let kept = 0;
  let used = 0;
  for (let improved = true; improved && used < budget; ) {
    improved = false;
    const roots: number[] = [];
    search.residual.forEach((r, c) => {
      if (r > 0 && search.state.agents.some((a) => reach.get(a.id)?.[c] === 1)) roots.push(c);
    });
    roots.sort((a, b) => search.residual[a] - search.residual[b] || a - b);
    for (const root of roots) {
      if (used >= budget) break;
      const spent = { n: 0, cap: Math.min(PER_TARGET, budget - used) };
      const ok = search.residual[root] > 0 && chainFor(root, search, reach, bonusPerCell, spent);
      used += spent.n;
      if (ok) {
        kept++;
        improved = true;
      }
    }
  }
  return kept;
}
