/** Move candidates: a cross-trained agent serves another queue from the first open hour (or its shift's start) to the shift's end. */
import { mayServeQueue } from '../../roster/rules/reassignmentWindow.ts';
import { cellsOf } from '../grid.ts';
import type { CandidateContext, ChangeColumn } from './column.ts';

/** A move never costs wages (the hours are paid anyway); it still counts as a change, which only a saving justifies. */
export function moveColumns(cc: CandidateContext): ChangeColumn[] {
  const groups = new Map<string, ChangeColumn>();
  for (const [agentId, list] of cc.shifts) {
    const agent = cc.ctx.agents.get(agentId);
    if (!agent) continue;
    for (const shift of list) {
      if (shift.queue !== agent.primaryQueue || shift.endMs <= cc.grid.firstMs) continue;
      const fromMs = Math.max(shift.startMs, cc.grid.firstMs);
      for (const queue of agent.crossTrainedFor) {
        if (queue === shift.queue || !mayServeQueue(agent, queue, fromMs, shift.endMs, cc.ctx)) continue;
        const key = `mv|${shift.queue}|${queue}|${fromMs}|${shift.endMs}`;
        const column = groups.get(key) ?? {
          key,
          kind: 'move' as const,
          queue,
          fromQueue: shift.queue,
          startMs: fromMs,
          endMs: shift.endMs,
          cover: [
            ...cellsOf(cc.grid, fromMs, shift.endMs, shift.queue).map((cell) => ({ cell, amount: -1 })),
            ...cellsOf(cc.grid, fromMs, shift.endMs, queue).map((cell) => ({ cell, amount: 1 })),
          ],
          costCny: 0,
          upper: 0,
          members: [],
        };
        column.upper++;
        column.members.push(agent.id);
        groups.set(key, column);
      }
    }
  }
  return [...groups.values()].filter((c) => c.cover.length > 0);
}
