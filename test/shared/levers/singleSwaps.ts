// What a solved roster would save by letting one agent who is off work in place of one booked person (teamForBooked's property).
import { moneyPrice } from '../../../shared/roster/assign/searchPrice.ts';
import { balanceAfter, bookedCoverage, bookedFromAssignments } from '../../../shared/roster/bookedStaff.ts';
import { shiftsFromAssignments } from '../../../shared/roster/checkAssignments.ts';
import { cell, coveredHours, requirementMatrix } from '../../../shared/roster/coverageMatrix.ts';
import { shiftColumns } from '../../../shared/roster/model/columns.ts';
import { moneyModel } from '../../../shared/roster/model/moneyModel.ts';
import { canAssign } from '../../../shared/roster/rules/index.ts';
import { mayServeQueue } from '../../../shared/roster/rules/reassignmentWindow.ts';
import { isNightShift, makeShift, shiftHours, templateActiveOn, templateFitsContract } from '../../../shared/roster/shift.ts';
import { rosterContext } from '../../../shared/roster/solveRoster.ts';
import type { RosterInput, RosterResult } from '../../../shared/roster/types.ts';
import { schedulePremium } from '../../../shared/roster/workingTime.ts';
import { QUEUE_CODES } from '../../../shared/types.ts';

export interface SingleSwap {
  agentId: string;
  date: string;
  template: string;
  booked: string;
  /** CNY the roster's cost changes by, as the search prices it (negative: the swap would pay). */
  delta: number;
}

/**
 * For every agent off on a day, every day shift it may legally take at its plain wage (no overtime premium added),
 * and every booked person on that queue whose hours overlap the shift's: the CNY the roster changes by when the
 * agent works and that person is not booked (wages, bookings, and each cell's shortfall priced as the search does).
 */
export function singleSwaps(input: RosterInput, result: RosterResult): SingleSwap[] {
  const { levers, pricing } = input;
  if (!levers || !pricing) return [];
  const { ctx, pools } = rosterContext(input);
  const { frame, rules } = ctx;
  const required = requirementMatrix(input.requirement, frame);
  const money = moneyModel(pricing, levers, frame, required, shiftColumns(pools, ctx), rules);
  const price = moneyPrice(money, required, pricing.wagesCnyPerHour);
  const booked = bookedFromAssignments(result.assignments, levers, frame);
  const shifts = shiftsFromAssignments(result.assignments.filter((a) => !booked.some((b) => b.agentId === a.agentId)), ctx);
  const residual = balanceAfter(input.requirement, shifts, bookedCoverage(booked, frame), frame);
  const out: SingleSwap[] = [];
  for (const agent of input.agents) {
    const own = shifts.filter((s) => s.agentId === agent.id);
    for (let day = 0; day < frame.days; day++) {
      if (own.some((s) => s.day === day)) continue;
      for (const template of rules.templates) {
        if (!templateActiveOn(template, day, frame) || !templateFitsContract(template, agent, rules)) continue;
        for (const queue of QUEUE_CODES) {
          const next = makeShift(agent.id, queue, template, day, frame);
          const [from, to] = coveredHours(next, frame);
          const there = booked.filter((b) => b.queue === queue && b.from < to && b.to > from);
          if (there.length === 0 || isNightShift(next, rules) || !mayServeQueue(agent, queue, next.startMs, next.endMs, ctx) || !canAssign(next, own, agent, ctx)) continue;
          if (schedulePremium([...own, next].sort((a, b) => a.startMs - b.startMs), frame) > schedulePremium(own, frame)) continue;
          for (const b of there) {
            let delta = pricing.wagesCnyPerHour[agent.contract] * shiftHours(next) - b.costCny;
            for (let h = Math.min(from, b.from); h < Math.max(to, b.to); h++) {
              const c = cell(h, queue);
              const after = residual[c] - (h >= from && h < to ? 1 : 0) + (h >= b.from && h < b.to ? b.coverage : 0);
              delta += price.short(c, Math.max(0, after)) - price.short(c, Math.max(0, residual[c]));
            }
            out.push({ agentId: agent.id, date: frame.dates[day], template: template.code, booked: b.agentId, delta });
          }
        }
      }
    }
  }
  return out;
}
