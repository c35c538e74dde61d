/** Hours below the coverage floor (issue 15): where the levers could not reach it, said hour by hour, never silent. */
import type { ExhaustedLever, FloorShortfall } from '../../levers/plan.ts';
import type { ShortfallRow } from '../../types.ts';

/** Every short hour whose agents on duty fall below `floor` x its requirement, with the agents missing to reach the floor. */
export function floorShortfall(shortfall: readonly ShortfallRow[], floor: number | undefined): FloorShortfall[] {
  if (floor === undefined) return [];
  return shortfall
    .map((r) => ({ hourStart: r.hourStart, queue: r.queue, required: r.required, scheduled: r.scheduled, floorAgents: Math.ceil(floor * r.required - 1e-9) }))
    .filter((r) => r.scheduled < r.floorAgents - 1e-9)
    .map((r) => ({ ...r, missingAgents: Math.round((r.floorAgents - r.scheduled) * 100) / 100 }));
}

/**
 * The lever that ran out under the floor: every booked-staff lever exhausted on those hours is already listed;
 * when none is, the team itself ran out (no free agent could take a shift, a peak shift or an extension there
 * within the rules), priced by what one more agent on duty through those hours would save: the lost GMV of
 * each hour's next missing agent (`nextAgentCny`) less a full-time wage-hour.
 */
export function floorExhausted(below: readonly FloorShortfall[], exhausted: readonly ExhaustedLever[], nextAgentCny: (row: FloorShortfall) => number, wageCny: number): ExhaustedLever[] {
  if (below.length === 0) return [];
  const named = new Set(exhausted.flatMap((e) => e.hours.map((h) => `${Date.parse(h)}|${e.queue}`)));
  const open = below.filter((r) => !named.has(`${Date.parse(r.hourStart)}|${r.queue}`));
  if (open.length === 0) return [];
  const queues = [...new Set(open.map((r) => r.queue))];
  return queues.map((queue) => {
    const rows = open.filter((r) => r.queue === queue);
    const missing = rows.reduce((sum, r) => sum + r.missingAgents, 0);
    return {
      lever: 'staff' as const,
      queue,
      hours: rows.map((r) => r.hourStart),
      marginalValueCny: Math.round(rows.reduce((sum, r) => sum + Math.max(0, nextAgentCny(r) - wageCny), 0)),
      message: `${rows.length} ${queue} hour(s) stay below the coverage floor by ${Math.round(missing * 10) / 10} agent-hours: the team ran out (no agent free for another shift, peak shift or overtime hour there within the rules) and no booked-staff lever reaches them`,
    };
  });
}
