import { instantOf } from '../instants.ts';
import type { Agent, QueueCode } from '../../types.ts';
import { isNightShift, overlapMs, templateFitsContract } from '../shift.ts';
import type { RuleContext, Shift, Violation } from '../types.ts';

/**
 * Agents compared for night fairness: full-time (part-time shifts are too short to rotate through
 * nights), able to work some night template, and away for less than a day of the horizon (someone
 * on leave would otherwise pin everyone's count down).
 */
export function isNightEligible(agent: Agent, ctx: RuleContext): boolean {
  if (agent.contract !== 'full_time') return false;
  if (!ctx.rules.templates.some((t) => isNightShift({ template: t }, ctx.rules) && templateFitsContract(t, agent, ctx.rules))) return false;
  const { horizonStartMs, horizonHours } = ctx.frame;
  const horizonEnd = horizonStartMs + horizonHours * 3_600_000;
  const away = agent.unavailable.reduce((sum, i) => sum + overlapMs(instantOf(i.start, ctx.frame.timeZone) ?? 0, instantOf(i.end, ctx.frame.timeZone) ?? 0, horizonStartMs, horizonEnd), 0);
  return away < 86_400_000;
}

/** Night shifts per eligible agent, grouped by primary queue (nights are compared within a queue's own team). */
export function nightCounts(byAgent: Map<string, Shift[]>, ctx: RuleContext): Map<QueueCode, Map<string, number>> {
  const groups = new Map<QueueCode, Map<string, number>>();
  for (const agent of ctx.agents.values()) {
    if (!isNightEligible(agent, ctx)) continue;
    const count = (byAgent.get(agent.id) ?? []).filter((s) => isNightShift(s, ctx.rules)).length;
    const group = groups.get(agent.primaryQueue) ?? new Map<string, number>();
    group.set(agent.id, count);
    groups.set(agent.primaryQueue, group);
  }
  return groups;
}

/** Max minus min nights within one group. */
export function nightSpread(group: Map<string, number>): number {
  const counts = [...group.values()];
  return counts.length === 0 ? 0 : Math.max(...counts) - Math.min(...counts);
}

/** Night shifts spread fairly: max - min nights among eligible agents of a queue <= nightFairnessSpread; penalised 480 min per extra night. */
export function nightFairness(byAgent: Map<string, Shift[]>, ctx: RuleContext): Violation[] {
  const out: Violation[] = [];
  for (const [queue, group] of nightCounts(byAgent, ctx)) {
    const spread = nightSpread(group);
    if (spread <= ctx.rules.nightFairnessSpread) continue;
    const max = Math.max(...group.values());
    const heaviest = [...group].find(([, n]) => n === max)?.[0];
    out.push({ rule: 'nightFairness', agentId: heaviest, message: `${queue}: night counts differ by ${spread} (max ${ctx.rules.nightFairnessSpread})`, penaltyMinutes: (spread - ctx.rules.nightFairnessSpread) * 480 });
  }
  return out;
}
