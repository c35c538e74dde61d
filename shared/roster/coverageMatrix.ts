/**
 * The hour-by-queue table every part of the product counts coverage with: the engine, the checker, the
 * re-plan, the coverage sheet and the web charts read the same matrices, so they show the figures the
 * checker judges. The coverage rule itself is in rules/coverage.ts.
 */
import { DomainError } from '../errors.ts';
import { HOUR_MS } from '../time.ts';
import { QUEUE_CODES, type Assignment, type QueueCode, type RequirementRow, type ShortfallRow } from '../types.ts';
import { isoAt, instantOf } from './instants.ts';
import type { RosterFrame, Shift } from './types.ts';

export type RequirementInput = Pick<RequirementRow, 'hourStart' | 'queue' | 'requiredAgents'>;
/** What coverage needs of a frame: the horizon's hours. */
export type HourGrid = Pick<RosterFrame, 'horizonStartMs' | 'horizonHours' | 'timeZone'>;
/** What coverage needs of a shift: its queue and interval. */
export type OnDuty = Pick<Shift, 'queue' | 'startMs' | 'endMs'>;

const Q = QUEUE_CODES.length;

/** Index of (hour, queue) in the flat coverage arrays. */
export function cell(hour: number, queue: QueueCode): number {
  return hour * Q + QUEUE_CODES.indexOf(queue);
}

/** Hour index (from the horizon start) of an instant; may be negative or past the horizon. */
export function gridHour(grid: HourGrid, ms: number): number {
  return Math.floor((ms - grid.horizonStartMs) / HOUR_MS);
}

/** The hours a requirement spans, for counting alone (no rules needed): first to last hour, inclusive. */
export function hourGrid(requirement: readonly Pick<RequirementRow, 'hourStart'>[], timeZone: string): HourGrid {
  let first = Infinity;
  let last = -Infinity;
  for (const row of requirement) {
    const ms = instantOf(row.hourStart, timeZone);
    if (ms === null) throw new DomainError('INVALID_INPUT', `requirement hourStart "${row.hourStart}" is not an instant`, [{ field: 'hourStart', message: row.hourStart }]);
    first = Math.min(first, ms);
    last = Math.max(last, ms);
  }
  if (first === Infinity) throw new DomainError('INVALID_INPUT', 'the requirement has no rows', [{ field: 'requirement', message: 'empty' }]);
  return { horizonStartMs: first, horizonHours: (last - first) / HOUR_MS + 1, timeZone };
}

/** Required agents per (hour, queue) of the horizon; the model and the checker read the same array. */
export function requirementMatrix(requirement: readonly RequirementInput[], grid: HourGrid): Float64Array {
  const out = new Float64Array(grid.horizonHours * Q);
  for (const row of requirement) {
    const h = gridHour(grid, instantOf(row.hourStart, grid.timeZone) ?? 0);
    out[cell(h, row.queue)] = Math.max(0, Math.ceil(row.requiredAgents - 1e-9));
  }
  return out;
}

/** The horizon hours [from, to) a shift covers (clipped to the horizon). */
export function coveredHours(shift: Pick<OnDuty, 'startMs' | 'endMs'>, grid: Pick<HourGrid, 'horizonStartMs' | 'horizonHours'>): [number, number] {
  return [Math.max(0, Math.floor((shift.startMs - grid.horizonStartMs) / HOUR_MS)), Math.min(grid.horizonHours, Math.ceil((shift.endMs - grid.horizonStartMs) / HOUR_MS))];
}

/** Agents on duty per (hour, queue). */
export function scheduledMatrix(shifts: readonly OnDuty[], grid: HourGrid): Float64Array {
  const out = new Float64Array(grid.horizonHours * Q);
  for (const s of shifts) {
    const [from, to] = coveredHours(s, grid);
    for (let h = from; h < to; h++) out[cell(h, s.queue)]++;
  }
  return out;
}

/** Stored or wire assignments as coverage counts them: queue and interval, nothing of the template. */
export function onDutyFromAssignments(assignments: readonly Pick<Assignment, 'queue' | 'start' | 'end'>[]): OnDuty[] {
  return assignments.map((a) => ({ queue: a.queue, startMs: Date.parse(a.start), endMs: Date.parse(a.end) }));
}

/** Every (hour, queue) where the scheduled agents fall short of the requirement. */
export function coverageShortfall(requirement: readonly RequirementInput[], shifts: readonly OnDuty[], grid: HourGrid): ShortfallRow[] {
  const required = requirementMatrix(requirement, grid);
  const scheduled = scheduledMatrix(shifts, grid);
  const rows: ShortfallRow[] = [];
  for (let h = 0; h < grid.horizonHours; h++) {
    for (const queue of QUEUE_CODES) {
      const i = cell(h, queue);
      if (scheduled[i] < required[i]) rows.push({ hourStart: isoAt(grid.horizonStartMs + h * HOUR_MS, grid.timeZone), queue, required: required[i], scheduled: scheduled[i] });
    }
  }
  return rows;
}
