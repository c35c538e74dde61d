import { rotationRank } from '../shift.ts';
import { violationAt, type AgentRule } from './rule.ts';

/**
 * Forward rotation (early -> middle -> night -> off): inside a run of consecutive working days a
 * shift never starts earlier in the rotation than the day before, so after a night comes a day off
 * before an early. Penalised by 60 min per hour of rotation stepped back.
 */
export const forwardRotation: AgentRule = {
  name: 'forwardRotation',
  violations(shifts, _agent, ctx) {
    const out = [];
    for (let i = 1; i < shifts.length; i++) {
      const before = shifts[i - 1];
      const after = shifts[i];
      if (after.day !== before.day + 1) continue;
      const back = rotationRank(before.template, ctx.rules) - rotationRank(after.template, ctx.rules);
      if (back > 0) out.push(violationAt('forwardRotation', after, ctx, `${after.template.code} the day after ${before.template.code} rotates backwards`, back * 60));
    }
    return out;
  },
};
