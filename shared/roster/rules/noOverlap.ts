import { overlapMs } from '../shift.ts';
import { violationAt, type AgentRule } from './rule.ts';

/** No two shifts of one agent overlap; penalised by the overlapping minutes. */
export const noOverlap: AgentRule = {
  name: 'noOverlap',
  violations(shifts, _agent, ctx) {
    const out = [];
    for (let i = 0; i < shifts.length; i++) {
      for (let j = i + 1; j < shifts.length && shifts[j].startMs < shifts[i].endMs; j++) {
        const ms = overlapMs(shifts[i].startMs, shifts[i].endMs, shifts[j].startMs, shifts[j].endMs);
        if (ms > 0) out.push(violationAt('noOverlap', shifts[j], ctx, `overlaps the shift starting earlier by ${ms / 60_000} min`, ms / 60_000));
      }
    }
    return out;
  },
};
