/** Day-to-day rows of the aggregate model: no agent works a template on day d and a conflicting one on day d+1 (or d+2). */
import type { Agent } from '../../types.ts';
import { AGENT_RULES } from '../rules/index.ts';
import type { RosterTemplate } from '../rulesSchema.ts';
import { makeShift, rotationRank, templateActiveOn, templateFitsContract } from '../shift.ts';
import type { RuleContext, Shift } from '../types.ts';
import type { CapacityRow } from './buildCoverageModel.ts';
import type { ShiftColumn } from './columns.ts';
import type { Pool } from './pools.ts';

/** Whether one agent may work t on day d and then u on day d+1: asked of the rule functions themselves (rest, rotation, overlap...). */
export function compatible(agent: Agent, t: RosterTemplate, u: RosterTemplate, day: number, ctx: RuleContext): boolean {
  const free = { ...agent, unavailable: [] };
  const pair = [makeShift(agent.id, agent.primaryQueue, t, day, ctx.frame), makeShift(agent.id, agent.primaryQueue, u, day + 1, ctx.frame)];
  return AGENT_RULES.every((rule) => rule.violations(pair, free, ctx).length === 0);
}

/**
 * Whether one agent may work t on day d and u on day d+2, whatever it works on d+1 (nothing, or any template
 * it could). A shift crossing midnight touches d+1: after a night ending there, restAfterNights wants the whole
 * of d+2 off before a day shift, which no d -> d+1 pair shows. Every middle is tried because forwardRotation
 * looks only at neighbouring shifts, so a pair that conflicts alone might not with a shift between them.
 */
export function compatibleAcrossDay(agent: Agent, t: RosterTemplate, u: RosterTemplate, day: number, ctx: RuleContext): boolean {
  const free = { ...agent, unavailable: [] };
  const first = makeShift(agent.id, agent.primaryQueue, t, day, ctx.frame);
  const last = makeShift(agent.id, agent.primaryQueue, u, day + 2, ctx.frame);
  const legal = (shifts: Shift[]) => AGENT_RULES.every((rule) => rule.violations(shifts, free, ctx).length === 0);
  if (legal([first, last])) return true;
  const middles = ctx.rules.templates.filter((x) => templateActiveOn(x, day + 1, ctx.frame) && templateFitsContract(x, agent, ctx.rules));
  return middles.some((x) => legal([first, makeShift(agent.id, agent.primaryQueue, x, day + 1, ctx.frame), last]));
}

/**
 * compatible (gap 1) or compatibleAcrossDay (gap 2), remembered per context: the rolling horizon asks it again
 * for every day pair it re-models, and with peak shifts' templates that was a third of a second on the demo.
 * With unavailability cleared, the answer depends on the agent only through its contract (as in
 * assign/agentPath.ts's pair cache).
 */
const pairMemo = new WeakMap<RuleContext, Map<string, boolean>>();

function compatibleMemo(agent: Agent, t: RosterTemplate, u: RosterTemplate, day: number, gap: TransitionGap, ctx: RuleContext): boolean {
  const memo = pairMemo.get(ctx) ?? new Map<string, boolean>();
  pairMemo.set(ctx, memo);
  const key = `${agent.contract}|${t.code}|${u.code}|${day}|${gap}`;
  let ok = memo.get(key);
  if (ok === undefined) {
    ok = gap === 1 ? compatible(agent, t, u, day, ctx) : compatibleAcrossDay(agent, t, u, day, ctx);
    memo.set(key, ok);
  }
  return ok;
}

/** Sets of next-day templates to bound: each template alone, and every rotation prefix (rank <= r). */
function nextDaySets(templates: RosterTemplate[], ctx: RuleContext): RosterTemplate[][] {
  const ranks = [...new Set(templates.map((t) => rotationRank(t, ctx.rules)))];
  const prefixes = ranks.map((r) => templates.filter((t) => rotationRank(t, ctx.rules) <= r)).filter((s) => s.length > 1);
  return [...templates.map((t) => [t]), ...prefixes];
}

/** Days between the two shifts a transition row relates: the next day, or the one after it. */
export type TransitionGap = 1 | 2;

/**
 * For each pool and day pair (d, d + gap): shifts on day d+gap in a set U plus shifts on day d in templates
 * that conflict with every member of U never exceed the headcount, since no agent can do both. A valid
 * relaxation of minimumRest, forwardRotation and restAfterNights, so the LP stays a lower bound.
 */
export function transitionRows(pools: Pool[], dayPairs: number[], ctx: RuleContext, gap: TransitionGap = 1): CapacityRow[] {
  const rows: CapacityRow[] = [];
  pools.forEach((pool, p) => {
    const sample = pool.agents[0];
    for (const day of dayPairs) {
      const usable = (d: number) => ctx.rules.templates.filter((t) => templateActiveOn(t, d, ctx.frame) && templateFitsContract(t, sample, ctx.rules));
      const today = usable(day);
      const later = usable(day + gap);
      nextDaySets(later, ctx).forEach((next, k) => {
        const before = today.filter((t) => next.every((u) => !compatibleMemo(sample, t, u, day, gap, ctx)));
        if (before.length === 0) return;
        const coef = (c: ShiftColumn) => (c.pool !== pool ? 0 : (c.day === day + gap && next.includes(c.template)) || (c.day === day && before.includes(c.template)) ? 1 : 0);
        rows.push({ id: gap === 1 ? `t${p}_${day}_${k}` : `t${gap}_${p}_${day}_${k}`, max: pool.agents.length, coef });
      });
    }
  });
  return rows;
}
