/** Soft preferences of the named pass, as non-negative costs of giving an agent a shift. */
import type { Agent } from '../../types.ts';
import { isNightShift, rotationRank } from '../shift.ts';
import type { Shift } from '../types.ts';
import { runLengthBefore, shiftOnDay, type AssignState } from './state.ts';

/** Weights: coverage is settled by the flow (max flow first); these only choose who. */
const MOVE = 30;
const MOVE_CONTINUED = 12;
const NIGHT_FAIRNESS = 40;
const NEW_NIGHT_BLOCK = 60;
const RUN_DAY = 3;
const ROTATION_HOUR = 0.25;

/**
 * Cost of `shift` for `agent`: stay on the primary queue (and keep a move going rather than start
 * one), give nights to whoever has fewest, in blocks, rest agents with long runs first so days off stagger,
 * and advance the rotation as little as possible so later days keep their early-shift staff.
 */
export function assignmentCost(agent: Agent, shift: Shift, state: AssignState): number {
  let cost = 1;
  if (shift.queue !== agent.primaryQueue) {
    const yesterday = shiftOnDay(state, agent.id, shift.day - 1);
    cost += yesterday?.queue === shift.queue ? MOVE_CONTINUED : MOVE;
  }
  if (state.nightEligible.has(agent.id) && isNightShift(shift, state.ctx.rules)) {
    // Nights in blocks: each block costs a day off on both sides, so continuing one beats starting one.
    const continues = shiftOnDay(state, agent.id, shift.day - 1) ?? shiftOnDay(state, agent.id, shift.day + 1);
    cost += NIGHT_FAIRNESS * (state.nights.get(agent.id) ?? 0) + (continues && isNightShift(continues, state.ctx.rules) ? 0 : NEW_NIGHT_BLOCK);
  }
  const run = runLengthBefore(state, agent.id, shift.day);
  cost += RUN_DAY * run;
  const yesterday = run > 0 ? shiftOnDay(state, agent.id, shift.day - 1) : undefined;
  const from = yesterday ? rotationRank(yesterday.template, state.ctx.rules) : 0;
  cost += ROTATION_HOUR * Math.max(0, rotationRank(shift.template, state.ctx.rules) - from);
  return cost;
}
