/**
 * Local search after the named pass: gives a short hour a shift by taking one of an agent's other
 * shifts out of the way (handing it to someone else when possible), whenever that lowers the cost.
 */
import { QUEUE_CODES, type Agent, type QueueCode, type RequirementRow } from '../../types.ts';
import { canAssign } from '../rules/index.ts';
import { cell, coveredHours, requirementMatrix, scheduledMatrix } from '../rules/coverage.ts';
import { mayServeQueue } from '../rules/reassignmentWindow.ts';
import type { RosterTemplate } from '../rulesSchema.ts';
import { isNightShift, makeShift, shiftHours, templateActiveOn, templateFitsContract } from '../shift.ts';
import type { Shift } from '../types.ts';
import { addShift, allShifts, removeShift, shiftOnDay, type AssignState } from './state.ts';

/** A shift to add, the agent's shift it displaces (if any), and who takes the displaced shift over (if anyone). */
interface Move {
  add: Shift;
  displaced?: Shift;
  takeover?: Shift;
  saving: number;
}

/** Coverage bookkeeping: agents still missing per (hour, queue), and the price of one missing agent-hour. */
interface Coverage {
  residual: Float64Array;
  penalty: number;
}

/** Penalty saved by adding a shift (positive) or lost by removing one (negative), given the current residual. */
function coverageValue(shift: Shift, sign: 1 | -1, cov: Coverage, state: AssignState): number {
  const [from, to] = coveredHours(shift, state.ctx.frame);
  let hours = 0;
  for (let h = from; h < to; h++) {
    const r = cov.residual[cell(h, shift.queue)];
    if (sign === 1 ? r > 0 : r >= 0) hours++;
  }
  return sign * hours * cov.penalty;
}

function applyCoverage(shift: Shift, delta: 1 | -1, cov: Coverage, state: AssignState): void {
  const [from, to] = coveredHours(shift, state.ctx.frame);
  for (let h = from; h < to; h++) cov.residual[cell(h, shift.queue)] -= delta;
}

/**
 * The agent's shifts whose removal could make room for a shift on `day`: the same day (a changed
 * template or queue), the days either side (rest, rotation), and, when the new day would join two
 * work runs into one longer than allowed, each day whose removal splits the run legally.
 */
function displaceable(state: AssignState, agentId: string, day: number): Shift[] {
  const mine = state.shifts.get(agentId) ?? [];
  const worked = new Set(mine.map((s) => s.day));
  const out = new Set<Shift>();
  for (const d of [day, day - 1, day + 1]) {
    const s = mine.find((x) => x.day === d);
    if (s) out.add(s);
  }
  let left = 0;
  while (worked.has(day - 1 - left)) left++;
  let right = 0;
  while (worked.has(day + 1 + right)) right++;
  const max = state.ctx.rules.maxConsecutiveDays;
  if (left + 1 + right > max) {
    for (let j = 1; j <= left; j++) if (left - j <= max && j + right <= max) out.add(mine.find((x) => x.day === day - j) as Shift);
    for (let j = 1; j <= right; j++) if (right - j <= max && j + left <= max) out.add(mine.find((x) => x.day === day + j) as Shift);
  }
  return [...out].filter((s) => !isNightShift(s, state.ctx.rules));
}

/** Another agent, free that day, who may legally take the displaced shift over (the first found). */
function takeoverFor(displaced: Shift, state: AssignState, exclude: string): Shift | null {
  const { ctx } = state;
  for (const agent of state.agents) {
    if (agent.id === exclude || !templateFitsContract(displaced.template, agent, ctx.rules) || shiftOnDay(state, agent.id, displaced.day)) continue;
    const shift = makeShift(agent.id, displaced.queue, displaced.template, displaced.day, ctx.frame);
    if (mayServeQueue(agent, shift.queue, shift.startMs, shift.endMs, ctx) && canAssign(shift, state.shifts.get(agent.id) ?? [], agent, ctx)) return shift;
  }
  return null;
}

/** The best cost-lowering way to give `agent` the shift (day, template, queue), or null when none lowers the cost. */
function bestMoveFor(agent: Agent, add: Shift, cov: Coverage, state: AssignState): Move | null {
  const { ctx } = state;
  const mine = state.shifts.get(agent.id) ?? [];
  let best: Move | null = null;
  const kept = coverageValue(add, 1, cov, state) - shiftHours(add);
  for (const displaced of [undefined, ...displaceable(state, agent.id, add.day)]) {
    const lost = displaced ? -coverageValue(displaced, -1, cov, state) - shiftHours(displaced) : 0;
    if (displaced) applyCoverage(displaced, -1, cov, state);
    const gain = coverageValue(add, 1, cov, state) - shiftHours(add);
    if (displaced) applyCoverage(displaced, 1, cov, state);
    if (Math.max(gain, kept) <= (best?.saving ?? 0)) continue;
    if (!canAssign(add, displaced ? mine.filter((s) => s !== displaced) : mine, agent, ctx)) continue;
    if (gain - lost > (best?.saving ?? 0)) best = { add, displaced, saving: gain - lost };
    if (!displaced || lost <= 0) continue;
    // The displaced shift keeps its cover if someone else can work it.
    removeShift(state, displaced);
    const takeover = takeoverFor(displaced, state, agent.id);
    addShift(state, displaced);
    const saving = kept - (takeover ? shiftHours(takeover) - shiftHours(displaced) : 0);
    if (takeover && saving > (best?.saving ?? 0)) best = { add, displaced, takeover, saving };
  }
  return best;
}

function apply(move: Move, cov: Coverage, state: AssignState): void {
  if (move.displaced) {
    removeShift(state, move.displaced);
    applyCoverage(move.displaced, -1, cov, state);
  }
  if (move.takeover) {
    addShift(state, move.takeover);
    applyCoverage(move.takeover, 1, cov, state);
  }
  addShift(state, move.add);
  applyCoverage(move.add, 1, cov, state);
}

/**
 * Repeats the best cost-lowering move for each day shift that would cover short hours, until none
 * is left or `maxRounds` passes are done. Every move is checked by canAssign, the rule functions the
 * checker runs; night shifts are neither added nor displaced, so the night counts stay as they are.
 * Returns the number of moves made.
 */
export function improveCoverage(requirement: Pick<RequirementRow, 'hourStart' | 'queue' | 'requiredAgents'>[], state: AssignState, maxRounds = 2): number {
  const { frame, rules } = state.ctx;
  const residual = requirementMatrix(requirement, frame);
  const scheduled = scheduledMatrix(allShifts(state), frame);
  for (let i = 0; i < residual.length; i++) residual[i] -= scheduled[i];
  const cov: Coverage = { residual, penalty: rules.shortfallPenalty };
  const targets: { day: number; template: RosterTemplate; queue: QueueCode }[] = [];
  for (let day = 0; day < frame.days; day++)
    for (const template of rules.templates)
      if (templateActiveOn(template, day, frame) && !isNightShift({ template }, rules)) for (const queue of QUEUE_CODES) targets.push({ day, template, queue });
  let moves = 0;
  for (let round = 0; round < maxRounds; round++) {
    let improved = false;
    for (const { day, template, queue } of targets) {
      const probe = makeShift('', queue, template, day, frame);
      if (coverageValue(probe, 1, cov, state) <= shiftHours(probe)) continue;
      let best: Move | null = null;
      for (const agent of state.agents) {
        if (!templateFitsContract(template, agent, rules) || !mayServeQueue(agent, queue, probe.startMs, probe.endMs, state.ctx)) continue;
        const move = bestMoveFor(agent, makeShift(agent.id, queue, template, day, frame), cov, state);
        if (move && move.saving > (best?.saving ?? 0)) best = move;
      }
      if (!best) continue;
      apply(best, cov, state);
      moves++;
      improved = true;
    }
    if (!improved) break;
  }
  return moves;
}
