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
/** What coverage needs of a shift: its queue, its interval, and the agents' worth it counts for (absent: 1; a booked temp 1/proficiency). */
export type OnDuty = Pick<Shift, 'queue' | 'startMs' | 'endMs'> & { coverage?: number };

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

/** Puts `agents` more on duty (fewer when negative) on the horizon hours [from, to) of a queue in a matrix of agents still missing. */
export function coverHours(missing: Float64Array, queue: QueueCode, from: number, to: number, agents: number): void {
  const q = QUEUE_CODES.indexOf(queue);
  for (let h = from; h < to; h++) missing[h * Q + q] -= agents;
}

/** The horizon hours [from, to) a shift covers (clipped to the horizon). */
export function coveredHours(shift: Pick<OnDuty, 'startMs' | 'endMs'>, grid: Pick<HourGrid, 'horizonStartMs' | 'horizonHours'>): [number, number] {
  return [Math.max(0, Math.floor((shift.startMs - grid.horizonStartMs) / HOUR_MS)), Math.min(grid.horizonHours, Math.ceil((shift.endMs - grid.horizonStartMs) / HOUR_MS))];
}

/** Agents on duty per (hour, queue), each counted at its coverage; a cell with a fractional share is rounded to hundredths. */
export function scheduledMatrix(shifts: readonly OnDuty[], grid: HourGrid): Float64Array {
  const out = new Float64Array(grid.horizonHours * Q);
  let fractional = false;
  for (const s of shifts) {
    const [from, to] = coveredHours(s, grid);
    const weight = s.coverage ?? 1;
    if (weight !== 1) fractional = true;
    for (let h = from; h < to; h++) out[cell(h, s.queue)] += weight;
  }
  // Three temps at 1/1.3 sum to 2.3076...; hundredths are what the roster's shortfall reports (bookedStaff.ts), so both compare alike.
  if (fractional) for (let i = 0; i < out.length; i++) out[i] = roundHundredths(out[i]);
  return out;
}

/** Agents' worth of cover, to the hundredth the roster reports it in. */
export function roundHundredths(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Stored or wire assignments as coverage counts them: queue, interval and coverage weight, nothing of the template. */
export function onDutyFromAssignments(assignments: readonly Pick<Assignment, 'queue' | 'start' | 'end' | 'coverage'>[]): OnDuty[] {
  return assignments.map((a) => ({ queue: a.queue, startMs: Date.parse(a.start), endMs: Date.parse(a.end), ...(a.coverage !== undefined ? { coverage: a.coverage } : {}) }));
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
