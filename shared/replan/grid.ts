/** The hours a re-plan may change, one cell per (hour, queue): from the first whole hour at or after `now` to the end. */
import { isoAt } from '../roster/instants.ts';
import { HOUR_MS } from '../time.ts';
import { QUEUE_CODES, type QueueCode } from '../types.ts';

export interface ReplanGrid {
  /** Start of the first open hour: the hour under way when re-planning is already fixed. */
  firstMs: number;
  hours: number;
  timeZone: string;
}

const Q = QUEUE_CODES.length;

/** The grid from the first whole hour at or after `now` up to `untilMs` (empty when that is not after it). */
export function replanGrid(now: number, untilMs: number, timeZone: string): ReplanGrid {
  const firstMs = Math.ceil(now / HOUR_MS) * HOUR_MS;
  return { firstMs, hours: Math.max(0, Math.floor((untilMs - firstMs) / HOUR_MS)), timeZone };
}

/** Number of cells in the grid. */
export function cellCount(grid: ReplanGrid): number {
  return grid.hours * Q;
}

/** Index of the cell of (hour starting at ms, queue), or -1 outside the grid. */
export function cellAt(grid: ReplanGrid, ms: number, queue: QueueCode): number {
  const h = Math.floor((ms - grid.firstMs) / HOUR_MS);
  return h < 0 || h >= grid.hours ? -1 : h * Q + QUEUE_CODES.indexOf(queue);
}

/** The cells of one queue an interval [startMs, endMs) covers inside the grid. */
export function cellsOf(grid: ReplanGrid, startMs: number, endMs: number, queue: QueueCode): number[] {
  const out: number[] = [];
  for (let ms = Math.max(startMs, grid.firstMs); ms < endMs; ms += HOUR_MS) {
    const c = cellAt(grid, ms, queue);
    if (c >= 0) out.push(c);
  }
  return out;
}

/** The hour start (ISO) and queue of a cell. */
export function cellLabel(grid: ReplanGrid, cell: number): { hourStart: string; queue: QueueCode } {
  return { hourStart: isoAt(grid.firstMs + Math.floor(cell / Q) * HOUR_MS, grid.timeZone), queue: QUEUE_CODES[cell % Q] };
}
