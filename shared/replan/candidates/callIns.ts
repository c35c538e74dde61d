/** Call-in candidates: an off-duty agent works a template shift starting at least the notice after `now`. */
import { mayServeQueue } from '../../roster/rules/reassignmentWindow.ts';
import { canAssign } from '../../roster/rules/index.ts';
import { makeShift, templateActiveOn } from '../../roster/shift.ts';
import { HOUR_MS } from '../../time.ts';
import type { QueueCode } from '../../types.ts';
import { cellsOf } from '../grid.ts';
import type { CandidateContext, ChangeColumn } from './column.ts';

/** One column per (queue, template, day, contract): that many eligible agents called in for that shift. */
export function callInColumns(cc: CandidateContext): ChangeColumn[] {
  const earliest = cc.now + cc.noticeHours * HOUR_MS;
  const { frame, rules } = cc.ctx;
  const groups = new Map<string, ChangeColumn>();
  for (const agent of cc.ctx.agents.values()) {
    const shifts = cc.shifts.get(agent.id) ?? [];
    const queues: QueueCode[] = [agent.primaryQueue, ...agent.crossTrainedFor.filter((q) => q !== agent.primaryQueue)];
    for (let day = 0; day < frame.days; day++) {
      for (const template of rules.templates) {
        if (!templateActiveOn(template, day, frame)) continue;
        for (const queue of queues) {
          const shift = makeShift(agent.id, queue, template, day, frame);
          if (shift.startMs < earliest || shift.startMs >= cc.untilMs) continue;
          if (!mayServeQueue(agent, queue, shift.startMs, shift.endMs, cc.ctx) || !canAssign(shift, shifts, agent, cc.ctx)) continue;
          const key = `ci|${queue}|${template.code}|${day}|${agent.contract}`;
          const column = groups.get(key) ?? {
            key,
            kind: 'callIn' as const,
            queue,
            startMs: shift.startMs,
            endMs: shift.endMs,
            cover: cellsOf(cc.grid, shift.startMs, shift.endMs, queue).map((cell) => ({ cell, amount: 1 })),
            costCny: cc.wagesCnyPerHour[agent.contract] * template.durationHours,
            upper: 0,
            members: [],
            template: template.code,
          };
          column.upper++;
          column.members.push(agent.id);
          groups.set(key, column);
        }
      }
    }
  }
  return [...groups.values()].filter((c) => c.cover.length > 0);
}
