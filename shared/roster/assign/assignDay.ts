/** One day of the named pass: a min-cost max-flow from agents to the day's shift slots. */
import type { QueueCode } from '../../types.ts';
import { canAssign } from '../rules/index.ts';
import { mayServeQueue } from '../rules/reassignmentWindow.ts';
import type { RosterTemplate } from '../rulesSchema.ts';
import { makeShift, templateFitsContract } from '../shift.ts';
import type { Shift } from '../types.ts';
import { MinCostFlow } from './minCostFlow.ts';
import { assignmentCost } from './preference.ts';
import { addShift, shiftOnDay, withinNightCap, type AssignState } from './state.ts';

/** Shifts wanted on one day: how many agents on a template serving a queue. */
export interface SlotDemand {
  template: RosterTemplate;
  queue: QueueCode;
  count: number;
}

/** Fills as many of the day's slots as the rules allow (max flow), at least cost; returns the slots left open. */
export function assignDay(day: number, demand: SlotDemand[], state: AssignState): SlotDemand[] {
  const { ctx, agents } = state;
  const A = agents.length;
  const S = demand.length;
  const sink = A + S + 1;
  const graph = new MinCostFlow(A + S + 2);
  const arcs: { edge: number; shift: Shift }[] = [];
  agents.forEach((agent, i) => {
    if (shiftOnDay(state, agent.id, day)) return;
    graph.addEdge(0, i + 1, 1, 0);
    const mine = state.shifts.get(agent.id) ?? [];
    demand.forEach((slot, j) => {
      if (!templateFitsContract(slot.template, agent, ctx.rules)) return;
      const shift = makeShift(agent.id, slot.queue, slot.template, day, ctx.frame);
      if (!withinNightCap(state, agent, shift) || !mayServeQueue(agent, slot.queue, shift.startMs, shift.endMs, ctx) || !canAssign(shift, mine, agent, ctx)) return;
      arcs.push({ edge: graph.addEdge(i + 1, A + 1 + j, 1, assignmentCost(agent, shift, state)), shift });
    });
  });
  demand.forEach((slot, j) => graph.addEdge(A + 1 + j, sink, slot.count, 0));
  graph.run(0, sink);
  const filled = new Map<SlotDemand, number>();
  for (const { edge, shift } of arcs) {
    if (graph.flow(edge) <= 0) continue;
    addShift(state, shift);
    const slot = demand.find((d) => d.template === shift.template && d.queue === shift.queue) as SlotDemand;
    filled.set(slot, (filled.get(slot) ?? 0) + 1);
  }
  return demand.map((d) => ({ ...d, count: d.count - (filled.get(d) ?? 0) })).filter((d) => d.count > 0);
}
