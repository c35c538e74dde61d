import { isoAt } from '../instants.ts';
import type { RosterRules } from '../rulesSchema.ts';
import { shiftType, SHIFT_TYPES, type ShiftType } from '../shift.ts';
import type { RosterFrame, Shift } from '../types.ts';
import type { AgentRule } from './rule.ts';

/** Whether a shift counts towards rotation: any shift while the rotation runs, only those outside the event window while it is suspended there (contracts are the rule's concern). */
export function countsForRotation(shift: Pick<Shift, 'startMs' | 'endMs'>, rules: RosterRules, frame: Pick<RosterFrame, 'eventStartMs' | 'eventEndMs'>): boolean {
  return !rules.rotation.suspendDuringEvent || shift.endMs <= frame.eventStartMs || shift.startMs >= frame.eventEndMs;
}

/** Per shift type that goes over: the busiest window of `windowDays` days (its first day) and how many shifts of that type it holds. */
export function rotationExcess(shifts: Shift[], rules: RosterRules, frame: RosterFrame): { firstDay: number; type: ShiftType; count: number }[] {
  const { windowDays, maxSameType } = rules.rotation;
  const counted = shifts.filter((s) => countsForRotation(s, rules, frame));
  const out: { firstDay: number; type: ShiftType; count: number }[] = [];
  for (const type of SHIFT_TYPES) {
    const days = counted.filter((s) => shiftType(s.template, rules) === type).map((s) => s.day);
    if (days.length <= maxSameType) continue;
    let busiest = { firstDay: 0, count: 0 };
    for (let w = Math.min(...days) - windowDays + 1; w <= Math.max(...days); w++) {
      const count = days.filter((d) => d >= w && d < w + windowDays).length;
      if (count > busiest.count) busiest = { firstDay: w, count };
    }
    if (busiest.count > maxSameType) out.push({ type, ...busiest });
  }
  return out;
}

/**
 * Rotation through early, middle and night (三班倒): in any `rotation.windowDays` days a full-time agent
 * works at most `rotation.maxSameType` shifts of one type, shifts inside the event window aside while
 * the rotation is suspended there. Penalised a shift's length (480 min) per extra shift.
 */
export const rotationBalance: AgentRule = {
  name: 'rotationBalance',
  violations(shifts, agent, ctx) {
    if (agent.contract !== 'full_time') return [];
    const { windowDays, maxSameType } = ctx.rules.rotation;
    return rotationExcess(shifts, ctx.rules, ctx.frame).map((o) => ({
        rule: 'rotationBalance' as const,
        agentId: agent.id,
        at: isoAt(ctx.frame.dayZeroMs + Math.max(0, o.firstDay) * 86_400_000, ctx.frame.timeZone),
        message: `${o.count} ${o.type} shifts in ${windowDays} days from ${ctx.frame.dates[Math.max(0, o.firstDay)] ?? o.firstDay} (max ${maxSameType} of one type)`,
        penaltyMinutes: (o.count - maxSameType) * 480,
      }));
  },
};
