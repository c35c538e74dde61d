/** Overtime candidates: a shift whose end lies in the open hours, extended by whole hours within the ceilings and the rules. */
import { overtimePayRate } from '../../labour/dayKind.ts';
import { overtimeSchema } from '../../levers/schema.ts';
import { canAssign } from '../../roster/rules/index.ts';
import type { Shift } from '../../roster/types.ts';
import { HOUR_MS, zonedDate } from '../../time.ts';
import type { Agent } from '../../types.ts';
import { cellAt } from '../grid.ts';
import type { CandidateContext, ChangeColumn } from './column.ts';

import { extendShift } from '../../roster/shift.ts';

export { extendShift };

/** Overtime hours already in the agent's shifts of the month (yyyy-MM) of `ms`. */
function monthOvertime(shifts: readonly Shift[], ms: number, timeZone: string): number {
  const month = zonedDate(ms, timeZone).slice(0, 7);
  return shifts.filter((s) => zonedDate(s.startMs, timeZone).slice(0, 7) === month).reduce((sum, s) => sum + (s.overtimeHours ?? 0), 0);
}

/** Most whole hours the shift may be extended by: the day and month ceilings, then every roster rule, hour by hour. */
export function maxExtension(shift: Shift, shifts: readonly Shift[], agent: Agent, cc: CandidateContext): number {
  const ceilings = overtimeSchema.parse(cc.levers?.overtime ?? {});
  const tz = cc.ctx.frame.timeZone;
  const room = Math.min(ceilings.maxHoursPerDay - (shift.overtimeHours ?? 0), ceilings.maxHoursPerMonth - monthOvertime(shifts, shift.startMs, tz));
  const others = shifts.filter((s) => s !== shift);
  let k = 0;
  while (k < room && shift.endMs + (k + 1) * HOUR_MS <= cc.untilMs && canAssign(extendShift(shift, k + 1), others, agent, cc.ctx)) k++;
  return k;
}

/** One column per (queue, shift end, contract, hour k): the k-th overtime hour of that many of those shifts. */
export function overtimeColumns(cc: CandidateContext): ChangeColumn[] {
  const groups = new Map<string, { shift: Shift; agent: Agent; max: number }[]>();
  for (const [agentId, list] of cc.shifts) {
    const agent = cc.ctx.agents.get(agentId);
    if (!agent) continue;
    for (const shift of list) {
      if (shift.endMs < cc.grid.firstMs || shift.endMs >= cc.untilMs) continue;
      const max = maxExtension(shift, list, agent, cc);
      if (max === 0) continue;
      const key = `ot|${shift.queue}|${shift.endMs}|${agent.contract}`;
      groups.set(key, [...(groups.get(key) ?? []), { shift, agent, max }]);
    }
  }
  const out: ChangeColumn[] = [];
  for (const [key, members] of groups) {
    members.sort((a, b) => b.max - a.max || a.agent.id.localeCompare(b.agent.id));
    const { shift, agent } = members[0];
    for (let k = 1; k <= members[0].max; k++) {
      const hourMs = shift.endMs + (k - 1) * HOUR_MS;
      const rate = overtimePayRate(zonedDate(hourMs, cc.ctx.frame.timeZone));
      out.push({
        key: `${key}|${k}`,
        kind: 'overtime',
        queue: shift.queue,
        startMs: hourMs,
        endMs: hourMs + HOUR_MS,
        cover: [{ cell: cellAt(cc.grid, hourMs, shift.queue), amount: 1 }],
        costCny: cc.wagesCnyPerHour[agent.contract] * rate,
        upper: members.filter((m) => m.max >= k).length,
        layer: k,
        ...(k > 1 ? { needs: `${key}|${k - 1}` } : {}),
        members: members.map((m) => m.agent.id),
      });
    }
  }
  return out;
}
