/** Gap filling after the planned slots: add shifts wherever an hour is still short and a free agent may legally work. */
import { QUEUE_CODES, type Agent, type QueueCode, type RequirementRow } from '../../types.ts';
import { canAssign } from '../rules/index.ts';
import { cell, coveredHours, requirementMatrix, scheduledMatrix } from '../coverageMatrix.ts';
import { mayServeQueue } from '../rules/reassignmentWindow.ts';
import type { RosterTemplate } from '../rulesSchema.ts';
import { makeShift, templateActiveOn, templateFitsContract } from '../shift.ts';
import type { Shift } from '../types.ts';
import { assignmentCost } from './preference.ts';
import { addShift, allShifts, withinNightCap, type AssignState } from './state.ts';

interface Option {
  day: number;
  template: RosterTemplate;
  queue: QueueCode;
  gain: number;
  exhausted: boolean;
}

/** Short hours a shift of this option would cover, per paid hour. */
function gainOf(option: Option, residual: Float64Array, state: AssignState): number {
  const [from, to] = coveredHours(makeShift('', option.queue, option.template, option.day, state.ctx.frame), state.ctx.frame);
  let covered = 0;
  for (let h = from; h < to; h++) if (residual[cell(h, option.queue)] > 0) covered++;
  return covered / option.template.durationHours;
}

/** The cheapest agent who may take the option's shift now, with that shift. */
function bestAgent(option: Option, state: AssignState): Shift | null {
  let best: { shift: Shift; cost: number } | null = null;
  for (const agent of state.agents as Agent[]) {
    if (!templateFitsContract(option.template, agent, state.ctx.rules)) continue;
    const shift = makeShift(agent.id, option.queue, option.template, option.day, state.ctx.frame);
    if (!withinNightCap(state, agent, shift) || !mayServeQueue(agent, option.queue, shift.startMs, shift.endMs, state.ctx)) continue;
    if (!canAssign(shift, state.shifts.get(agent.id) ?? [], agent, state.ctx)) continue;
    const cost = assignmentCost(agent, shift, state);
    if (!best || cost < best.cost) best = { shift, cost };
  }
  return best?.shift ?? null;
}

/**
 * Greedily adds the shift covering the most short hours per paid hour until no legal shift covers
 * any. One short agent-hour outweighs a whole shift's pay (shortfallPenalty > longest shift), so
 * each addition lowers the weighted objective.
 */
export function fillShortfall(requirement: Pick<RequirementRow, 'hourStart' | 'queue' | 'requiredAgents'>[], state: AssignState): number {
  const { frame, rules } = state.ctx;
  const residual = requirementMatrix(requirement, frame);
  const scheduled = scheduledMatrix(allShifts(state), frame);
  for (let i = 0; i < residual.length; i++) residual[i] -= scheduled[i];
  const options: Option[] = [];
  for (let day = 0; day < frame.days; day++)
    for (const template of rules.templates)
      if (templateActiveOn(template, day, frame)) for (const queue of QUEUE_CODES) options.push({ day, template, queue, gain: 0, exhausted: false });
  for (const o of options) o.gain = gainOf(o, residual, state);
  let added = 0;
  for (;;) {
    const pick = options.reduce<Option | null>((b, o) => (!o.exhausted && o.gain > 0 && (!b || o.gain > b.gain) ? o : b), null);
    if (!pick) return added;
    const shift = bestAgent(pick, state);
    if (!shift) {
      pick.exhausted = true;
      continue;
    }
    addShift(state, shift);
    added++;
    const [from, to] = coveredHours(shift, frame);
    for (let h = from; h < to; h++) residual[cell(h, shift.queue)]--;
    for (const o of options) if (Math.abs(o.day - pick.day) <= 1 && o.queue === pick.queue) o.gain = gainOf(o, residual, state);
  }
}
