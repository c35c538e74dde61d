/** Day-to-day rows of the aggregate model: no agent works a template on day d and a conflicting one on day d+1. */
import type { Agent } from '../../types.ts';
import { AGENT_RULES } from '../rules/index.ts';
import type { RosterTemplate } from '../rulesSchema.ts';
import { makeShift, rotationRank, templateActiveOn, templateFitsContract } from '../shift.ts';
import type { RuleContext } from '../types.ts';
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
 * compatible, remembered per context: the rolling horizon asks it again for every day pair it re-models, and
 * with peak shifts' templates that was a third of a second on the demo. With unavailability cleared, the
 * answer depends on the agent only through its contract (as in assign/agentPath.ts's pair cache).
 */
const pairMemo = new WeakMap<RuleContext, Map<string, boolean>>();

function compatibleMemo(agent: Agent, t: RosterTemplate, u: RosterTemplate, day: number, ctx: RuleContext): boolean {
  const memo = pairMemo.get(ctx) ?? new Map<string, boolean>();
  pairMemo.set(ctx, memo);
  const key = `${agent.contract}|${t.code}|${u.code}|${day}`;
  let ok = memo.get(key);
  if (ok === undefined) {
    ok = compatible(agent, t, u, day, ctx);
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

/**
 * For each pool and day pair: shifts on day d+1 in a set U plus shifts on day d in templates that
 * conflict with every member of U never exceed the headcount, since no agent can do both. A valid
 * relaxation of minimumRest and forwardRotation, so the LP stays a lower bound.
 */
export function transitionRows(pools: Pool[], dayPairs: number[], ctx: RuleContext): CapacityRow[] {
  const rows: CapacityRow[] = [];
  pools.forEach((pool, p) => {
    const sample = pool.agents[0];
    for (const day of dayPairs) {
      const usable = (d: number) => ctx.rules.templates.filter((t) => templateActiveOn(t, d, ctx.frame) && templateFitsContract(t, sample, ctx.rules));
      const today = usable(day);
      const tomorrow = usable(day + 1);
      nextDaySets(tomorrow, ctx).forEach((next, k) => {
        const before = today.filter((t) => next.every((u) => !compatibleMemo(sample, t, u, day, ctx)));
        if (before.length === 0) return;
        const coef = (c: ShiftColumn) => (c.pool !== pool ? 0 : (c.day === day + 1 && next.includes(c.template)) || (c.day === day && before.includes(c.template)) ? 1 : 0);
        rows.push({ id: `t${p}_${day}_${k}`, max: pool.agents.length, coef });
      });
    }
  });
  return rows;
}
