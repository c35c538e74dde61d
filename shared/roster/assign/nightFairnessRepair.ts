/** Brings night counts within the allowed spread by moving nights from the busiest agents to the least busy. */
import { canAssign } from '../rules/index.ts';
import { nightCounts, nightSpread } from '../rules/nightFairness.ts';
import { mayServeQueue } from '../rules/reassignmentWindow.ts';
import { isNightShift, makeShift, shiftsByAgent, templateFitsContract } from '../shift.ts';
import type { Shift } from '../types.ts';
import { addShift, allShifts, removeShift, shiftOnDay, type AssignState } from './state.ts';

/** `shift` re-issued to another agent, if the agent may serve its queue and template. */
function reissue(state: AssignState, shift: Shift, agentId: string): Shift | null {
  const agent = state.ctx.agents.get(agentId);
  if (!agent || !templateFitsContract(shift.template, agent, state.ctx.rules)) return null;
  const copy = makeShift(agentId, shift.queue, shift.template, shift.day, state.ctx.frame);
  return mayServeQueue(agent, shift.queue, copy.startMs, copy.endMs, state.ctx) ? copy : null;
}

/** Applies removals and additions if every addition passes the rules afterwards; otherwise leaves the roster unchanged. */
function tryExchange(state: AssignState, remove: Shift[], add: (Shift | null)[]): boolean {
  if (add.some((s) => s === null)) return false;
  remove.forEach((s) => removeShift(state, s));
  const ok = (add as Shift[]).every((s) => {
    const agent = state.ctx.agents.get(s.agentId);
    const others = add.filter((o) => o !== s && o?.agentId === s.agentId) as Shift[];
    return agent !== undefined && others.length === 0 && canAssign(s, state.shifts.get(s.agentId) ?? [], agent, state.ctx);
  });
  if (ok) (add as Shift[]).forEach((s) => addShift(state, s));
  else remove.forEach((s) => addShift(state, s));
  return ok;
}

/** Hands one of the heavy agent's nights to a light agent: directly if the light one is off that day, else by swapping shifts. */
function handOver(state: AssignState, heavyId: string, lightIds: string[]): boolean {
  const nights = (state.shifts.get(heavyId) ?? []).filter((s) => isNightShift(s, state.ctx.rules));
  for (const night of nights) {
    for (const id of lightIds) {
      const theirs = shiftOnDay(state, id, night.day);
      if (theirs && isNightShift(theirs, state.ctx.rules)) continue;
      const add = theirs ? [reissue(state, night, id), reissue(state, theirs, heavyId)] : [reissue(state, night, id)];
      if (tryExchange(state, theirs ? [night, theirs] : [night], add)) return true;
    }
  }
  return false;
}

/**
 * Gives one light agent an extra night, making room by removing at most `maxBumped` of its own day
 * shifts next to it (removing shifts never breaks a rule). Fewer bumped shifts are tried first.
 */
function extraNight(state: AssignState, lightIds: string[]): boolean {
  const templates = state.ctx.rules.templates.filter((t) => isNightShift({ template: t }, state.ctx.rules));
  for (let maxBumped = 0; maxBumped <= 2; maxBumped++) {
    for (const id of lightIds) {
      const agent = state.ctx.agents.get(id);
      if (!agent) continue;
      for (let day = 0; day < state.ctx.frame.days; day++) {
        const around = [day - 1, day, day + 1].map((d) => shiftOnDay(state, id, d)).filter((s): s is Shift => s !== undefined && !isNightShift(s, state.ctx.rules));
        if (around.length !== maxBumped) continue;
        for (const template of templates) {
          if (!templateFitsContract(template, agent, state.ctx.rules)) continue;
          if (tryExchange(state, around, [makeShift(id, agent.primaryQueue, template, day, state.ctx.frame)])) return true;
        }
      }
    }
  }
  return false;
}

/**
 * Repairs night fairness group by group: hand a night from the busiest to the least busy, else give
 * the least busy an extra night (a few paid hours beat dropping cover). When no night can move, the busiest agent's last night is
 * dropped: fairness is a hard rule, and the dropped hours show up as reported shortfall, never hidden.
 * Returns the nights dropped.
 */
export function repairNightFairness(state: AssignState): Shift[] {
  const dropped: Shift[] = [];
  const limit = state.ctx.rules.nightFairnessSpread;
  // Handing a night from max to min strictly lowers the sum of squared counts only when they differ by two or
  // more; at a difference of one it just swaps who is heavy (4,3,4 -> 3,4,4) and would loop. The step budget
  // is a second guarantee: once spent, only drops remain, and each removes a night.
  let moves = state.ctx.agents.size * state.ctx.frame.days;
  for (;;) {
    const groups = [...nightCounts(shiftsByAgent(allShifts(state)), state.ctx).values()].filter((g) => nightSpread(g) > limit);
    if (groups.length === 0) return dropped;
    const group = groups[0];
    const max = Math.max(...group.values());
    const min = Math.min(...group.values());
    const heavy = [...group].filter(([, n]) => n === max).map(([id]) => id);
    const light = [...group].filter(([, n]) => n === min).map(([id]) => id);
    if (moves-- > 0 && ((max - min >= 2 && heavy.some((id) => handOver(state, id, light))) || extraNight(state, light))) continue;
    const night = (state.shifts.get(heavy[0]) ?? []).filter((s) => isNightShift(s, state.ctx.rules)).at(-1) as Shift;
    removeShift(state, night);
    dropped.push(night);
  }
}
