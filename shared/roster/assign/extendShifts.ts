/**
 * The named stage of the overtime lever (issue 15, lever 2): extends named agents' shifts by whole hours
 * where the hours right after a shift are still short and the lost GMV it saves exceeds the overtime's pay
 * (wage x pay rate, the premium priced by the law's own count over the agent's week and month). Every
 * extension is checked by every per-agent rule function on the agent's whole schedule (rest before the
 * next shift, the day and month ceilings), and the lever's own bounds hold per shift and per month.
 */
import type { Agent, Contract } from '../../types.ts';
import type { MoneyModel } from '../model/buildCoverageModel.ts';
import { extendable } from '../model/overtimeColumns.ts';
import { shortfallCostOf } from '../model/solveAggregate.ts';
import { agentViolations } from '../rules/index.ts';
import { cell, coveredHours } from '../coverageMatrix.ts';
import { extendShift } from '../shift.ts';
import type { Shift } from '../types.ts';
import { schedulePremium } from '../workingTime.ts';
import type { AssignState } from './state.ts';

export interface ExtensionTerms {
  maxHoursPerDay: number;
  maxHoursPerMonth: number;
  /** Horizon hours [from, to) the extension must lie in. */
  window: [number, number];
  wagesCnyPerHour: Record<Contract, number>;
}

interface Candidate {
  agent: Agent;
  shift: Shift;
  hours: number;
  net: number;
}

/** Extension hours an agent already has in the month (yyyy-MM) of a date. */
function monthExtensionHours(shifts: readonly Shift[], month: string, dates: readonly string[]): number {
  return shifts.reduce((sum, s) => sum + (dates[s.day]?.startsWith(month) ? (s.overtimeHours ?? 0) : 0), 0);
}

/**
 * Extends shifts greedily, best net saving first, while one saves more than it costs; `missing` is the
 * agents still missing per cell (after booked staff) and is updated. Returns the extensions made.
 */
export function extendShifts(state: AssignState, missing: Float64Array, money: MoneyModel, terms: ExtensionTerms): number {
  const { ctx } = state;
  const { frame } = ctx;
  const saving = (shift: Shift, hours: number): number => {
    const [from] = coveredHours({ startMs: shift.endMs, endMs: shift.endMs }, frame);
    let sum = 0;
    for (let h = from; h < from + hours && h < frame.horizonHours; h++) {
      const i = cell(h, shift.queue);
      const m = missing[i];
      if (m > 1e-9) sum += shortfallCostOf(money, i, m) - shortfallCostOf(money, i, Math.max(0, m - 1));
    }
    return sum;
  };
  const best = (agent: Agent, shift: Shift): Candidate | null => {
    const list = state.shifts.get(agent.id) ?? [];
    const [, end] = coveredHours(shift, frame);
    const room = Math.min(terms.maxHoursPerDay, terms.maxHoursPerMonth - monthExtensionHours(list, frame.dates[shift.day].slice(0, 7), frame.dates));
    const wage = terms.wagesCnyPerHour[agent.contract];
    const premiumBefore = schedulePremium(list, frame);
    let pick: Candidate | null = null;
    for (let k = 1; k <= room && end + k <= terms.window[1]; k++) {
      const save = saving(shift, k);
      if (save <= 0) continue;
      const longer = list.map((s) => (s === shift ? extendShift(s, k) : s));
      const cost = wage * (k + schedulePremium(longer, frame) - premiumBefore);
      if (save - cost <= (pick?.net ?? 0) || agentViolations(longer, agent, ctx).length > 0) continue;
      pick = { agent, shift, hours: k, net: save - cost };
    }
    return pick;
  };
  const eligible = (shift: Shift) => !shift.overtimeHours && extendable(shift.template.durationHours) && coveredHours(shift, frame)[1] >= terms.window[0] && coveredHours(shift, frame)[1] < terms.window[1];
  let candidates = state.agents
    .filter((a) => a.contract === 'full_time')
    .flatMap((agent) => (state.shifts.get(agent.id) ?? []).filter(eligible).map((shift) => best(agent, shift)))
    .filter((c): c is Candidate => c !== null);
  let made = 0;
  while (candidates.length > 0) {
    candidates.sort((a, b) => b.net - a.net);
    // Savings only fall as hours get covered: re-price the leader, keep it if it still leads.
    const head = candidates[0];
    const fresh = best(head.agent, head.shift);
    if (!fresh) {
      candidates.shift();
      continue;
    }
    if (candidates.length > 1 && fresh.net < candidates[1].net) {
      candidates[0] = fresh;
      continue;
    }
    const list = state.shifts.get(head.agent.id) ?? [];
    const longer = extendShift(fresh.shift, fresh.hours);
    state.shifts.set(head.agent.id, list.map((s) => (s === fresh.shift ? longer : s)));
    const [from] = coveredHours({ startMs: fresh.shift.endMs, endMs: fresh.shift.endMs }, frame);
    for (let h = from; h < from + fresh.hours; h++) missing[cell(h, fresh.shift.queue)] -= 1;
    made++;
    candidates.shift();
  }
  return made;
}
