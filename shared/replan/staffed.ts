/** Agents on duty per open cell: shifts on their queue, on-duty moves shifted to their new queue, temps at their proficiency. */
import { roundHundredths } from '../roster/coverageMatrix.ts';
import { instantOf } from '../roster/instants.ts';
import type { Shift } from '../roster/types.ts';
import type { Assignment, Reassignment } from '../types.ts';
import { cellCount, cellsOf, type ReplanGrid } from './grid.ts';
import type { Realized } from './realize.ts';

/** Staffed agents per cell of the grid. */
export function staffedMatrix(grid: ReplanGrid, shifts: Iterable<Shift>, reassignments: readonly Reassignment[] = [], temps: Realized['temps'] = []): Float64Array {
  const out = new Float64Array(cellCount(grid));
  for (const s of shifts) for (const c of cellsOf(grid, s.startMs, s.endMs, s.queue)) out[c]++;
  for (const r of reassignments) {
    const start = instantOf(r.start, grid.timeZone) ?? 0;
    const end = instantOf(r.end, grid.timeZone) ?? 0;
    for (const c of cellsOf(grid, start, end, r.fromQueue)) out[c]--;
    for (const c of cellsOf(grid, start, end, r.toQueue)) out[c]++;
  }
  for (const { column, count } of temps) for (const c of column.cover) out[c.cell] += c.amount * count;
  return out;
}

/** On duty per open cell from booked temps and borrowed staff already in the roster, each at its stored coverage (1/proficiency). */
export function bookedMatrix(grid: ReplanGrid, booked: readonly Pick<Assignment, 'queue' | 'start' | 'end' | 'coverage'>[]): Float64Array {
  const out = new Float64Array(cellCount(grid));
  for (const b of booked) for (const c of cellsOf(grid, instantOf(b.start, grid.timeZone) ?? 0, instantOf(b.end, grid.timeZone) ?? 0, b.queue)) out[c] += b.coverage ?? 1;
  return out.map(roundHundredths);
}

/** Staffing plus a fixed cover, cell by cell. */
export function withCover(staffed: Float64Array, cover: Float64Array): Float64Array {
  return staffed.map((s, c) => s + cover[c]);
}
