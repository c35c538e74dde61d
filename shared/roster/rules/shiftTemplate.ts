import { templateActiveOn, templateFitsContract } from '../shift.ts';
import { DAY_MS, HOUR_MS } from '../../time.ts';
import { violationAt, type AgentRule } from './rule.ts';

/** Each shift follows a configured template (plus its declared whole overtime hours), on a day the template is active, fitting the agent's contract. */
export const shiftTemplate: AgentRule = {
  name: 'shiftTemplate',
  violations(shifts, agent, ctx) {
    return shifts.flatMap((s) => {
      const minutes = (s.endMs - s.startMs) / 60_000;
      const known = ctx.rules.templates.some((t) => t.code === s.template.code);
      const expectedStart = ctx.frame.dayZeroMs + s.day * DAY_MS + s.template.startHour * HOUR_MS;
      const overtime = s.overtimeHours ?? 0;
      const shaped = Number.isInteger(overtime) && overtime >= 0 && s.startMs === expectedStart && s.endMs === expectedStart + (s.template.durationHours + overtime) * HOUR_MS;
      if (!known || !shaped) return [violationAt('shiftTemplate', s, ctx, `shift does not match template ${s.template.code}`, minutes)];
      if (!templateActiveOn(s.template, s.day, ctx.frame)) return [violationAt('shiftTemplate', s, ctx, `template ${s.template.code} is not active on ${ctx.frame.dates[s.day]}`, minutes)];
      if (!templateFitsContract(s.template, agent, ctx.rules)) return [violationAt('shiftTemplate', s, ctx, `template ${s.template.code} is not open to ${agent.contract} agents`, minutes)];
      return [];
    });
  },
};
