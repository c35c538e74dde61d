/** Shift construction and the shift facts every rule shares (hours, night, rotation rank, template availability). */
import { DAY_MS, HOUR_MS } from '../time.ts';
import type { Agent, QueueCode } from '../types.ts';
import type { RosterRules, RosterTemplate } from './rulesSchema.ts';
import type { RosterFrame, Shift } from './types.ts';

/** The shift an agent works on template t, starting on day d. */
export function makeShift(agentId: string, queue: QueueCode, template: RosterTemplate, day: number, frame: RosterFrame): Shift {
  const startMs = frame.dayZeroMs + day * DAY_MS + template.startHour * HOUR_MS;
  return { agentId, queue, template, day, startMs, endMs: startMs + template.durationHours * HOUR_MS };
}

/** The shift extended by `hours` more overtime hours at its end (the template rule accepts exactly this). */
export function extendShift(shift: Shift, hours: number): Shift {
  return { ...shift, endMs: shift.endMs + hours * HOUR_MS, overtimeHours: (shift.overtimeHours ?? 0) + hours };
}

/** Paid hours of a shift. */
export function shiftHours(shift: Shift): number {
  return (shift.endMs - shift.startMs) / HOUR_MS;
}

/** The paid hours of a set of shifts (overtime extensions included, as each shift's later end). */
export function paidHoursOf(shifts: readonly Shift[]): number {
  return shifts.reduce((sum, s) => sum + shiftHours(s), 0);
}

/** True when the shift overlaps the night hours [from, to) of any day. */
export function isNightShift(shift: Pick<Shift, 'template'>, rules: RosterRules): boolean {
  const { startHour, durationHours } = shift.template;
  const { from, to } = rules.nightHours;
  // Check the template's local hours against the night band on its own day and the next one.
  for (let h = startHour; h < startHour + durationHours; h++) {
    const local = h % 24;
    if (local >= from && local < to) return true;
  }
  return false;
}

/** Position in the early -> middle -> night rotation: start hour counted from the pivot hour. */
export function rotationRank(template: RosterTemplate, rules: RosterRules): number {
  return (template.startHour - rules.rotationPivotHour + 24) % 24;
}

export const SHIFT_TYPES = ['early', 'middle', 'night'] as const;
export type ShiftType = (typeof SHIFT_TYPES)[number];

/** The 三班 a template belongs to: night when it touches the night hours, else early or middle by its start counted from the pivot hour. */
export function shiftType(template: RosterTemplate, rules: RosterRules): ShiftType {
  if (isNightShift({ template }, rules)) return 'night';
  return rotationRank(template, rules) < 12 ? 'early' : 'middle';
}

/** Calendar days (indices) on which the shift has any working time: its start day and every day it runs into. */
export function daysTouched(shift: Pick<Shift, 'day' | 'startMs' | 'endMs'>, frame: Pick<RosterFrame, 'dayZeroMs'>): number[] {
  const days = [shift.day];
  for (let d = shift.day + 1; frame.dayZeroMs + d * DAY_MS < shift.endMs; d++) days.push(d);
  return days;
}

/** Whether template t may be used on day d (its activeFrom/activeTo dates). */
export function templateActiveOn(template: RosterTemplate, day: number, frame: RosterFrame): boolean {
  const date = frame.dates[day];
  if (date === undefined) return false;
  return (!template.activeFrom || date >= template.activeFrom) && (!template.activeTo || date <= template.activeTo);
}

/** Whether an agent's contract allows the template at all (its contract list and the part-time shift cap). */
export function templateFitsContract(template: RosterTemplate, agent: Agent, rules: RosterRules): boolean {
  if (template.contracts && !template.contracts.includes(agent.contract)) return false;
  return agent.contract !== 'part_time' || template.durationHours <= rules.partTime.maxShiftHours;
}

/** Milliseconds two half-open intervals overlap. */
export function overlapMs(aStart: number, aEnd: number, bStart: number, bEnd: number): number {
  return Math.max(0, Math.min(aEnd, bEnd) - Math.max(aStart, bStart));
}

/** An agent's shifts sorted by start. */
export function sortShifts(shifts: Shift[]): Shift[] {
  return [...shifts].sort((a, b) => a.startMs - b.startMs);
}

/** Groups shifts by agent id, each list sorted by start. */
export function shiftsByAgent(shifts: Shift[]): Map<string, Shift[]> {
  const map = new Map<string, Shift[]>();
  for (const s of shifts) {
    const list = map.get(s.agentId) ?? [];
    list.push(s);
    map.set(s.agentId, list);
  }
  for (const [id, list] of map) map.set(id, sortShifts(list));
  return map;
}
