import { HOUR_MS } from '../../time.ts';
import { isoAt, instantOf } from '../instants.ts';
import { QUEUE_CODES, type QueueCode, type RequirementRow, type ShortfallRow } from '../../types.ts';
import { hourIndex } from '../frame.ts';
import type { RosterFrame, Shift, Violation } from '../types.ts';

export type RequirementInput = Pick<RequirementRow, 'hourStart' | 'queue' | 'requiredAgents'>;
const Q = QUEUE_CODES.length;

/** Index of (hour, queue) in the flat coverage arrays. */
export function cell(hour: number, queue: QueueCode): number {
  return hour * Q + QUEUE_CODES.indexOf(queue);
}

/** Required agents per (hour, queue) of the horizon; the model and the checker read the same array. */
export function requirementMatrix(requirement: RequirementInput[], frame: RosterFrame): Float64Array {
  const out = new Float64Array(frame.horizonHours * Q);
  for (const row of requirement) {
    const h = hourIndex(frame, instantOf(row.hourStart, frame.timeZone) ?? 0);
    out[cell(h, row.queue)] = Math.max(0, Math.ceil(row.requiredAgents - 1e-9));
  }
  return out;
}

/** The horizon hours [from, to) a shift covers (clipped to the horizon). */
export function coveredHours(shift: Pick<Shift, 'startMs' | 'endMs'>, frame: RosterFrame): [number, number] {
  return [Math.max(0, hourIndex(frame, shift.startMs)), Math.min(frame.horizonHours, Math.ceil((shift.endMs - frame.horizonStartMs) / HOUR_MS))];
}

/** Agents on duty per (hour, queue). */
export function scheduledMatrix(shifts: Shift[], frame: RosterFrame): Float64Array {
  const out = new Float64Array(frame.horizonHours * Q);
  for (const s of shifts) {
    const [from, to] = coveredHours(s, frame);
    for (let h = from; h < to; h++) out[cell(h, s.queue)]++;
  }
  return out;
}

/** Every (hour, queue) where the scheduled agents fall short of the requirement. */
export function coverageShortfall(requirement: RequirementInput[], shifts: Shift[], frame: RosterFrame): ShortfallRow[] {
  const required = requirementMatrix(requirement, frame);
  const scheduled = scheduledMatrix(shifts, frame);
  const rows: ShortfallRow[] = [];
  for (let h = 0; h < frame.horizonHours; h++) {
    for (const queue of QUEUE_CODES) {
      const i = cell(h, queue);
      if (scheduled[i] < required[i]) rows.push({ hourStart: isoAt(frame.horizonStartMs + h * HOUR_MS, frame.timeZone), queue, required: required[i], scheduled: scheduled[i] });
    }
  }
  return rows;
}

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
