/**
 * Where the peak-shift lever ran out (issue 15): an hour a peak shift could cover stays short, and every
 * full-timer who may serve its queue there is already on a shift that day or kept off every such peak shift by
 * the rules (rest, rotation, runs of days). When someone could still take one and it simply did not pay, the
 * lever is not exhausted.
 */
import type { ExhaustedLever, ExhaustionCause } from '../../levers/plan.ts';
import { QUEUE_CODES, type QueueCode } from '../../types.ts';
import { cell, coveredHours } from '../coverageMatrix.ts';
import type { MoneyModel } from '../model/buildCoverageModel.ts';
import { isPeakTemplate } from '../peakTemplates.ts';
import { canAssign } from '../rules/index.ts';
import { mayServeQueue } from '../rules/reassignmentWindow.ts';
import { makeShift, shiftsByAgent, templateActiveOn, templateFitsContract } from '../shift.ts';
import type { RuleContext, Shift } from '../types.ts';
import { type ExhaustedGroup, groupFor, summariseExhaustedGroup, unitClock } from './exhaustedGroup.ts';
import { oneMoreBuys } from './oneMoreUnit.ts';

export interface ExhaustedPeakInput {
  shifts: readonly Shift[];
  missing: Float64Array;
  money: MoneyModel;
  /** A full-time agent's wage per hour: the price of one more peak shift's hours. */
  wageCnyPerHour: number;
  ctx: RuleContext;
}

/** One peak shift that reaches short hours, and whether any eligible full-timer could still take it. */
interface PeakOption {
  day: number;
  queue: QueueCode;
  from: number;
  to: number;
  eligible: number;
  free: boolean;
  causes: Set<ExhaustionCause>;
}

function peakOptions(input: ExhaustedPeakInput): PeakOption[] {
  const { ctx, missing } = input;
  const { frame, rules } = ctx;
  const schedules = shiftsByAgent([...input.shifts]);
  const fullTimers = [...ctx.agents.values()].filter((a) => a.contract === 'full_time');
  const out: PeakOption[] = [];
  for (const template of rules.templates.filter(isPeakTemplate)) {
    for (let day = 0; day < frame.days; day++) {
      if (!templateActiveOn(template, day, frame)) continue;
      for (const queue of QUEUE_CODES) {
        const probe = makeShift('', queue, template, day, frame);
        const [from, to] = coveredHours(probe, frame);
        let short = false;
        for (let h = from; h < to && !short; h++) short = missing[cell(h, queue)] > 1e-9;
        if (!short) continue;
        const option: PeakOption = { day, queue, from, to, eligible: 0, free: false, causes: new Set() };
        for (const agent of fullTimers) {
          if (!templateFitsContract(template, agent, rules) || !mayServeQueue(agent, queue, probe.startMs, probe.endMs, ctx)) continue;
          option.eligible++;
          const schedule = schedules.get(agent.id) ?? [];
          if (schedule.some((s) => s.day === day)) option.causes.add('onShift');
          else if (canAssign({ ...probe, agentId: agent.id }, schedule, agent, ctx)) {
            option.free = true;
            break;
          } else option.causes.add('restRules');
        }
        if (option.eligible > 0) out.push(option);
      }
    }
  }
  return out;
}

/** Every day and queue on which the peak-shift lever ran out, with what one more full-timer on a peak shift would buy. */
export function exhaustedPeakShifts(input: ExhaustedPeakInput): ExhaustedLever[] {
  const { ctx, missing } = input;
  const { frame } = ctx;
  const options = peakOptions(input);
  // A short cell is exhausted when peak shifts reach it and none of them has a free eligible full-timer.
  const reachable = new Map<number, PeakOption[]>();
  for (const o of options) {
    for (let h = o.from; h < o.to; h++) if (missing[cell(h, o.queue)] > 1e-9) reachable.set(cell(h, o.queue), [...(reachable.get(cell(h, o.queue)) ?? []), o]);
  }
  const groups = new Map<string, ExhaustedGroup>();
  for (const [i, reaching] of reachable) {
    if (reaching.some((o) => o.free)) continue;
    const first = reaching.reduce((a, b) => (b.day < a.day ? b : a));
    const group = groupFor(groups, first.day, first.queue);
    group.hours.push(Math.floor(i / QUEUE_CODES.length));
    for (const o of reaching) {
      o.causes.forEach((k) => group.causes.add(k));
      group.placements.push({ unit: 'peakShift', queue: o.queue, from: o.from, to: o.to, coverage: 1, costCny: (o.to - o.from) * input.wageCnyPerHour });
    }
  }
  return [...groups.values()].map((g) =>
    summariseExhaustedGroup('peakShifts', g, { missing, money: input.money, frame }, ({ date, hours, causes, oneMore }) => {
      const buys = oneMore ? `; one more full-timer on a peak shift (${unitClock(oneMore)}) ${oneMoreBuys(oneMore)}` : '';
      return `peak shifts ran out on ${date}: ${hours.length} ${g.queue} hour(s) stay short and every full-timer who may serve them is on shift that day or kept off by the rules (${causes.join(', ')})${buys}`;
    }),
  );
}
