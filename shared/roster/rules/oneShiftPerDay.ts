import { violationAt, type AgentRule } from './rule.ts';

/** At most one shift per agent per calendar day (the day a shift starts on). */
export const oneShiftPerDay: AgentRule = {
  name: 'oneShiftPerDay',
  violations(shifts, _agent, ctx) {
    const seen = new Set<number>();
    return shifts.flatMap((s) => {
      if (!seen.has(s.day)) {
        seen.add(s.day);
        return [];
      }
      return [violationAt('oneShiftPerDay', s, ctx, `second shift on ${ctx.frame.dates[s.day]}`, (s.endMs - s.startMs) / 60_000)];
    });
  },
};
