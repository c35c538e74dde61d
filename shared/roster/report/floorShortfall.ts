/** Hours below the coverage floor (issue 15): where the levers could not reach it, said hour by hour, never silent. */
import type { ExhaustedLever, FloorShortfall, OneMoreUnit } from '../../levers/plan.ts';
import type { ShortfallRow } from '../../types.ts';
import { hourIndex } from '../frame.ts';
import { instantOf } from '../instants.ts';
import type { MoneyModel } from '../model/buildCoverageModel.ts';
import type { RosterFrame } from '../types.ts';
import { netSaving, oneMoreBuys, oneMoreUnit } from './oneMoreUnit.ts';

/** What the floor's report prices one more agent-hour against: the gap left, the model, a full-time wage-hour. */
export interface FloorReportContext {
  missing: Float64Array;
  money: MoneyModel;
  wageCnyPerHour: number;
  frame: RosterFrame;
}

/** Every short hour whose agents on duty fall below `floor` x its requirement, with the agents missing to reach the floor. */
export function floorShortfall(shortfall: readonly ShortfallRow[], floor: number | undefined): FloorShortfall[] {
  if (floor === undefined) return [];
  return shortfall
    .map((r) => ({ hourStart: r.hourStart, queue: r.queue, required: r.required, scheduled: r.scheduled, floorAgents: Math.ceil(floor * r.required - 1e-9) }))
    .filter((r) => r.scheduled < r.floorAgents - 1e-9)
    .map((r) => ({ ...r, missingAgents: Math.round((r.floorAgents - r.scheduled) * 100) / 100 }));
}

/**
 * The lever that ran out under the floor: every lever exhausted on those hours is already listed; when none
 * is, the team itself ran out (no free agent could take a shift, a peak shift or an extension there within
 * the rules), priced by what one more agent on duty in each of those hours would buy at a wage-hour each.
 */
export function floorExhausted(below: readonly FloorShortfall[], exhausted: readonly ExhaustedLever[], report: FloorReportContext): ExhaustedLever[] {
  if (below.length === 0) return [];
  const { frame } = report;
  const named = new Set(exhausted.flatMap((e) => e.hours.map((h) => `${Date.parse(h)}|${e.queue}`)));
  const open = below.filter((r) => !named.has(`${Date.parse(r.hourStart)}|${r.queue}`));
  if (open.length === 0) return [];
  const queues = [...new Set(open.map((r) => r.queue))];
  return queues.map((queue) => {
    const rows = open.filter((r) => r.queue === queue);
    const missing = rows.reduce((sum, r) => sum + r.missingAgents, 0);
    const hours = rows.map((r) => hourIndex(frame, instantOf(r.hourStart, frame.timeZone) ?? 0)).sort((a, b) => a - b);
    const units = hours.map((h) => oneMoreUnit({ unit: 'agentHour', queue, from: h, to: h + 1, coverage: 1, costCny: report.wageCnyPerHour }, report.missing, report.money, frame));
    const sum = (key: 'agentHours' | 'lostGmvCny' | 'floorCny' | 'floorAgentHours' | 'costCny') => Math.round(units.reduce((s, u) => s + u[key], 0) * 100) / 100;
    const oneMore: OneMoreUnit = { unit: 'agentHour', start: units[0].start, end: units[units.length - 1].end, agentHours: sum('agentHours'), lostGmvCny: sum('lostGmvCny'), floorCny: sum('floorCny'), floorAgentHours: sum('floorAgentHours'), costCny: sum('costCny') };
    const value = netSaving(oneMore);
    return {
      lever: 'staff' as const,
      queue,
      causes: ['noAgentFree' as const],
      hours: rows.map((r) => r.hourStart),
      marginalValueCny: value,
      oneMore,
      message: `${rows.length} ${queue} hour(s) stay below the coverage floor by ${Math.round(missing * 10) / 10} agent-hours: the team ran out (no agent free for another shift, peak shift or overtime hour there within the rules) and no lever reaches them; one more agent on duty in each ${oneMoreBuys(oneMore)}`,
    };
  });
}
