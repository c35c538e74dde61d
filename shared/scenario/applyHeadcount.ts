import { DomainError } from '../errors.ts';
import type { Agent } from '../types.ts';
import type { ScenarioParams } from './params.ts';

/** The staff list with a scenario's removals and additions; added agents get ids like TMP-pre_sale-1. */
export function applyHeadcount(agents: readonly Agent[], headcount: ScenarioParams['headcount']): Agent[] {
  const known = new Set(agents.map((a) => a.id));
  const unknown = headcount.removeAgentIds.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new DomainError(
      'INVALID_INPUT',
      `params.headcount.removeAgentIds: unknown agent id(s) ${unknown.slice(0, 5).join(', ')}`,
      unknown.map((id) => ({ field: 'params.headcount.removeAgentIds', message: `unknown agent id "${id}"` })),
    );
  }
  const removed = new Set(headcount.removeAgentIds);
  const result = agents.filter((a) => !removed.has(a.id));
  headcount.addAgents.forEach((group, g) => {
    for (let i = 1; i <= group.count; i++) {
      result.push({
        id: `TMP${g + 1}-${group.primaryQueue}-${i}`,
        name: `Temp ${group.primaryQueue} ${g + 1}.${i}`,
        primaryQueue: group.primaryQueue,
        crossTrainedFor: group.crossTrainedFor.filter((q) => q !== group.primaryQueue),
        contract: group.contract,
        team: group.team,
        unavailable: [],
      });
    }
  });
  return result;
}
