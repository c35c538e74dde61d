/**
 * Where the overtime lever ran out (issue 15): an hour stays short right after shifts that could be extended
 * into it, and every one of those shifts is held back, at least one by a ceiling (the lever's hours a day or a
 * month, the event's day or month ceiling). Shifts held back only by other rules (rest before the next shift)
 * are not the lever running out; when one more hour would be free and simply did not pay, it is not exhausted.
 */
import type { ExhaustedLever, ExhaustionCause } from '../../levers/plan.ts';
import type { Levers } from '../../levers/schema.ts';
import type { Agent, Contract } from '../../types.ts';
import { cell, coveredHours } from '../coverageMatrix.ts';
import type { MoneyModel } from '../model/buildCoverageModel.ts';
import { extendable } from '../model/overtimeColumns.ts';
import { agentViolations } from '../rules/index.ts';
import { extendShift, shiftsByAgent } from '../shift.ts';
import type { RuleContext, Shift } from '../types.ts';
import { schedulePremium } from '../workingTime.ts';
import { type ExhaustedGroup, groupFor, summariseExhaustedGroup } from './exhaustedGroup.ts';
import { oneMoreBuys } from './oneMoreUnit.ts';

export interface ExhaustedOvertimeInput {
  shifts: readonly Shift[];
  lever: NonNullable<Levers['overtime']>;
  /** Horizon hours [from, to) extensions must lie in (overtimeWindow). */
  window: [number, number];
  missing: Float64Array;
  money: MoneyModel;
  wagesCnyPerHour: Record<Contract, number>;
  ctx: RuleContext;
}

const CEILINGS: ReadonlySet<ExhaustionCause> = new Set(['leverDayHours', 'leverMonthHours', 'dayCeiling', 'monthCeiling']);

/** What keeps one more hour off the end of a shift: the lever's bounds, the rules' ceilings, other rules; empty when nothing does. */
export function extensionBlocks(shift: Shift, schedule: readonly Shift[], agent: Agent, lever: ExhaustedOvertimeInput['lever'], ctx: RuleContext): ExhaustionCause[] {
  const month = ctx.frame.dates[shift.day].slice(0, 7);
  const monthHours = schedule.reduce((sum, s) => sum + (ctx.frame.dates[s.day].startsWith(month) ? (s.overtimeHours ?? 0) : 0), 0);
  const causes = new Set<ExhaustionCause>();
  if ((shift.overtimeHours ?? 0) + 1 > lever.maxHoursPerDay) causes.add('leverDayHours');
  if (monthHours + 1 > lever.maxHoursPerMonth) causes.add('leverMonthHours');
  const longer = schedule.map((s) => (s === shift ? extendShift(s, 1) : s));
  for (const v of agentViolations(longer, agent, ctx)) causes.add(v.rule === 'maxDayHours' ? 'dayCeiling' : v.rule === 'maxMonthlyOvertime' ? 'monthCeiling' : 'restRules');
  return [...causes];
}

interface Candidate {
  shift: Shift;
  schedule: Shift[];
  causes: ExhaustionCause[];
}

/** Every day and queue on which the overtime lever ran out, with what one more overtime hour would buy. */
export function exhaustedOvertime(input: ExhaustedOvertimeInput): ExhaustedLever[] {
  const { ctx, missing, window } = input;
  const { frame } = ctx;
  // Shifts whose next hour is short, inside the lever's window, grouped by the short cell they would reach.
  const byCell = new Map<number, Candidate[]>();
  for (const [agentId, schedule] of shiftsByAgent([...input.shifts])) {
    const agent = ctx.agents.get(agentId);
    if (!agent || agent.contract !== 'full_time') continue;
    for (const shift of schedule) {
      if (!extendable(shift.template.durationHours)) continue;
      const [, end] = coveredHours(shift, frame);
      if (end < window[0] || end + 1 > window[1] || end >= frame.horizonHours || !(missing[cell(end, shift.queue)] > 1e-9)) continue;
      const i = cell(end, shift.queue);
      byCell.set(i, [...(byCell.get(i) ?? []), { shift, schedule, causes: extensionBlocks(shift, schedule, agent, input.lever, ctx) }]);
    }
  }
  const groups = new Map<string, ExhaustedGroup>();
  for (const candidates of byCell.values()) {
    if (candidates.some((c) => c.causes.length === 0) || !candidates.some((c) => c.causes.some((k) => CEILINGS.has(k)))) continue;
    for (const c of candidates) {
      const { day, queue } = c.shift;
      const group = groupFor(groups, day, queue);
      const [, end] = coveredHours(c.shift, frame);
      group.hours.push(end);
      c.causes.forEach((k) => group.causes.add(k));
      // One more unit: lifting only the ceilings, an hour on a shift no other rule holds back, at its pay rate.
      if (c.causes.every((k) => CEILINGS.has(k))) {
        const agent = ctx.agents.get(c.shift.agentId) as Agent;
        const longer = c.schedule.map((s) => (s === c.shift ? extendShift(s, 1) : s));
        const premium = schedulePremium(longer, frame) - schedulePremium(c.schedule, frame);
        group.placements.push({ unit: 'overtimeHour', queue, from: end, to: end + 1, coverage: 1, costCny: input.wagesCnyPerHour[agent.contract] * (1 + premium) });
      }
    }
  }
  return [...groups.values()].map((g) =>
    summariseExhaustedGroup('overtime', g, { missing, money: input.money, frame }, ({ date, hours, causes, oneMore }) => {
      const buys = oneMore ? `; one more overtime hour ${oneMoreBuys(oneMore)}` : '';
      return `overtime ran out on ${date}: ${hours.length} ${g.queue} hour(s) stay short right after shifts held at their ceiling (${causes.join(', ')})${buys}`;
    }),
  );
}
