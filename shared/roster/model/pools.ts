/** Pools: agents the aggregate model treats as interchangeable (same primary queue, cross-training and contract). */
import type { Agent, QueueCode } from '../../types.ts';
import { unavailability } from '../rules/unavailability.ts';
import { makeShift, templateActiveOn, templateFitsContract } from '../shift.ts';
import type { RuleContext } from '../types.ts';

export interface Pool {
  key: string;
  primary: QueueCode;
  contract: Agent['contract'];
  crossTrainedFor: QueueCode[];
  agents: Agent[];
  /** Per day: agents free for at least one template that day. */
  availableByDay: number[];
}

/** Groups agents into pools and counts, per day, those not blocked by unavailability from every template. */
export function buildPools(agents: Agent[], ctx: RuleContext): Pool[] {
  const pools = new Map<string, Pool>();
  for (const agent of agents) {
    const cross = [...agent.crossTrainedFor].sort();
    const key = `${agent.primaryQueue}|${agent.contract}|${cross.join('+')}`;
    const pool = pools.get(key) ?? { key, primary: agent.primaryQueue, contract: agent.contract, crossTrainedFor: cross, agents: [], availableByDay: new Array<number>(ctx.frame.days).fill(0) };
    pool.agents.push(agent);
    for (let d = 0; d < ctx.frame.days; d++) if (availableOn(agent, d, ctx)) pool.availableByDay[d]++;
    pools.set(key, pool);
  }
  return [...pools.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/** Whether some template the agent may work fits day d around its unavailability. */
function availableOn(agent: Agent, day: number, ctx: RuleContext): boolean {
  return ctx.rules.templates.some(
    (t) => templateActiveOn(t, day, ctx.frame) && templateFitsContract(t, agent, ctx.rules) && unavailability.violations([makeShift(agent.id, agent.primaryQueue, t, day, ctx.frame)], agent, ctx).length === 0,
  );
}
