/** The growing named roster during construction: each agent's sorted shifts and night counts. */
import type { Agent } from '../../types.ts';
import { isNightEligible } from '../rules/nightFairness.ts';
import { isNightShift } from '../shift.ts';
import type { RuleContext, Shift } from '../types.ts';

export interface AssignState {
  ctx: RuleContext;
  agents: Agent[];
  shifts: Map<string, Shift[]>;
  nights: Map<string, number>;
  nightEligible: Set<string>;
  /** Most nights an eligible agent may take during construction, per primary queue (its fair share, rounded up). */
  nightCap: Map<string, { cap: number; planned: number; eligible: number }>;
}

/** An empty roster for these agents. */
export function emptyState(agents: Agent[], ctx: RuleContext): AssignState {
  return {
    ctx,
    agents,
    shifts: new Map(agents.map((a) => [a.id, []])),
    nights: new Map(agents.map((a) => [a.id, 0])),
    nightEligible: new Set(agents.filter((a) => isNightEligible(a, ctx)).map((a) => a.id)),
    nightCap: new Map(),
  };
}

/** Sets each queue's night share from the nights planned for its own agents: floor or ceil of planned / eligible. */
export function setNightCaps(state: AssignState, plannedNights: Map<string, number>): void {
  for (const [queue, planned] of plannedNights) {
    const eligible = state.agents.filter((a) => a.primaryQueue === queue && state.nightEligible.has(a.id)).length;
    if (eligible > 0) state.nightCap.set(queue, { cap: Math.max(1, Math.ceil(planned / eligible)), planned, eligible });
  }
}

/** Eligible agents of a queue already at `count` nights. */
function agentsAt(state: AssignState, queue: string, count: number): number {
  return state.agents.filter((a) => a.primaryQueue === queue && state.nightEligible.has(a.id) && state.nights.get(a.id) === count).length;
}

/**
 * Whether giving this shift keeps the agent within its fair share of nights: never above the
 * ceiling share, and only as many agents reach the ceiling as the planned nights need, so the
 * others' nights are not used up early (always true for day shifts and ineligible agents).
 */
export function withinNightCap(state: AssignState, agent: Agent, shift: Shift): boolean {
  if (!state.nightEligible.has(agent.id) || !isNightShift(shift, state.ctx.rules)) return true;
  const share = state.nightCap.get(agent.primaryQueue);
  if (!share) return true;
  const count = state.nights.get(agent.id) ?? 0;
  if (count >= share.cap) return false;
  if (count + 1 < share.cap || share.cap * share.eligible <= share.planned) return true;
  return agentsAt(state, agent.primaryQueue, share.cap) < share.planned - (share.cap - 1) * share.eligible;
}

/** Adds a shift that canAssign accepted, keeping the agent's list sorted. */
export function addShift(state: AssignState, shift: Shift): void {
  const list = state.shifts.get(shift.agentId) ?? [];
  let at = list.length;
  while (at > 0 && list[at - 1].startMs > shift.startMs) at--;
  list.splice(at, 0, shift);
  state.shifts.set(shift.agentId, list);
  if (isNightShift(shift, state.ctx.rules)) state.nights.set(shift.agentId, (state.nights.get(shift.agentId) ?? 0) + 1);
}

/** Removes a shift (used by the fairness repair). */
export function removeShift(state: AssignState, shift: Shift): void {
  const list = state.shifts.get(shift.agentId) ?? [];
  state.shifts.set(shift.agentId, list.filter((s) => s !== shift));
  if (isNightShift(shift, state.ctx.rules)) state.nights.set(shift.agentId, (state.nights.get(shift.agentId) ?? 0) - 1);
}

/** The agent's shift on a day, if any. */
export function shiftOnDay(state: AssignState, agentId: string, day: number): Shift | undefined {
  return state.shifts.get(agentId)?.find((s) => s.day === day);
}

/** Consecutive worked days ending the day before `day`. */
export function runLengthBefore(state: AssignState, agentId: string, day: number): number {
  const days = new Set((state.shifts.get(agentId) ?? []).map((s) => s.day));
  let n = 0;
  while (days.has(day - 1 - n)) n++;
  return n;
}

/** Every shift in the roster. */
export function allShifts(state: AssignState): Shift[] {
  return [...state.shifts.values()].flat();
}
