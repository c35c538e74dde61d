import { instantOf } from '../instants.ts';
import { overlapMs } from '../shift.ts';
import { violationAt, type AgentRule } from './rule.ts';

/** No shift overlaps a time the agent cannot work; penalised by the overlapping minutes. */
export const unavailability: AgentRule = {
  name: 'unavailability',
  violations(shifts, agent, ctx) {
    const blocked = agent.unavailable.map((i) => [instantOf(i.start, ctx.frame.timeZone) ?? 0, instantOf(i.end, ctx.frame.timeZone) ?? 0] as const);
    return shifts.flatMap((s) => {
      const ms = blocked.reduce((sum, [from, to]) => sum + overlapMs(s.startMs, s.endMs, from, to), 0);
      return ms > 0 ? [violationAt('unavailability', s, ctx, `agent is unavailable for ${ms / 60_000} min of this shift`, ms / 60_000)] : [];
    });
  },
};
