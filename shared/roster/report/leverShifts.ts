/** The peak shifts and overtime extensions a roster uses, as the plan lists them (issue 15, levers 1 and 2). */
import { dayKind, OVERTIME_PAY_RATE } from '../../labour/dayKind.ts';
import type { OvertimeExtension, PeakShift } from '../../levers/plan.ts';
import { isoAt } from '../instants.ts';
import { isPeakTemplate } from '../peakTemplates.ts';
import type { RosterFrame, Shift } from '../types.ts';

/** Every shift on a generated peak template, in start order. */
export function peakShiftsOf(shifts: readonly Shift[], frame: RosterFrame): PeakShift[] {
  return shifts
    .filter((s) => isPeakTemplate(s.template))
    .sort((a, b) => a.startMs - b.startMs || a.agentId.localeCompare(b.agentId))
    .map((s) => ({ agentId: s.agentId, start: isoAt(s.startMs, frame.timeZone), end: isoAt(s.endMs, frame.timeZone) }));
}

/** Every shift extended by overtime: its date (the day it starts), the hours and their pay rate. */
export function overtimeExtensionsOf(shifts: readonly Shift[], frame: RosterFrame): OvertimeExtension[] {
  return shifts
    .filter((s) => (s.overtimeHours ?? 0) > 0)
    .sort((a, b) => a.startMs - b.startMs || a.agentId.localeCompare(b.agentId))
    .map((s) => {
      const date = frame.dates[s.day];
      const kind = dayKind(date).kind;
      return { agentId: s.agentId, date, hours: s.overtimeHours as number, rate: OVERTIME_PAY_RATE[kind], dayKind: kind };
    });
}
