import { setIntake } from './duty.ts';
import { BREAK_PERIODS, EventKind, HOUR, type RunState } from './runState.ts';
import { closeHour } from './tally.ts';

// The run's clock: each hour's start and, with breaks, each quarter's rotation, as events in the run's queue.

/**
 * Pushes clock tick k (each hour's start, then its break rotations), one at a time so the heap stays
 * small, with the order reserved for it at the start: ties then break as if every tick had been pushed first.
 */
export function scheduleTick(s: RunState, k: number): void {
  if (k >= s.hours * s.ticksPerHour) return;
  const hour = Math.floor(k / s.ticksPerHour);
  const period = k % s.ticksPerHour;
  if (period === 0) s.events.pushOrdered(hour * HOUR, EventKind.Hour, hour, s.tickOrder + k);
  else s.events.pushOrdered(hour * HOUR + (period * HOUR) / BREAK_PERIODS, EventKind.Break, hour * BREAK_PERIODS + period, s.tickOrder + k);
}

/** Hour `hour` begins: the last hour's clock figures are booked, and the new hour's agents take chats. */
export function startHour(s: RunState, hour: number): void {
  if (hour > 0) closeHour(s);
  s.hour = hour;
  s.hourBase = hour * s.queueCount;
  setIntake(s, hour, 0);
  // The queue carried over from the last hour (after the new shift's agents took what they could) is this hour's too.
  for (let q = 0; q < s.queueCount; q++) s.stats.hourMaxQueue[s.hourBase + q] = Math.max(s.stats.hourMaxQueue[s.hourBase + q], s.waiting[q]);
}
