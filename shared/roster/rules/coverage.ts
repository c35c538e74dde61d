import { instantOf } from '../instants.ts';
import type { ShortfallRow } from '../../types.ts';
import { coverageShortfall, type RequirementInput } from '../coverageMatrix.ts';
import type { RosterFrame, Shift, Violation } from '../types.ts';

/** Coverage: every hour short of its requirement must appear in the reported shortfall with the true figures (never silent). */
export function coverage(requirement: RequirementInput[], shifts: Shift[], reported: ShortfallRow[], frame: RosterFrame): Violation[] {
  const said = new Map(reported.map((r) => [`${instantOf(r.hourStart, frame.timeZone)}|${r.queue}`, r]));
  return coverageShortfall(requirement, shifts, frame)
    .filter((r) => {
      const claim = said.get(`${instantOf(r.hourStart, frame.timeZone)}|${r.queue}`);
      return !claim || claim.required !== r.required || claim.scheduled !== r.scheduled;
    })
    .map((r) => ({ rule: 'coverage' as const, at: r.hourStart, message: `${r.queue} has ${r.scheduled} of ${r.required} agents and the shortfall is not reported`, penaltyMinutes: (r.required - r.scheduled) * 60 }));
}
