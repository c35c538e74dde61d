/**
 * What booking staff would cost where the booked-staff levers still have room (issue 15): the named search prices a
 * missing agent at no more than that, so an agent leaves hours that temps or borrowed staff can cover for less and
 * works where only the team can (the bookings themselves are revised after the search, `reviseBooked`).
 */
import { QUEUE_CODES } from '../../types.ts';
import { flexRowId, type MoneyModel } from '../model/buildCoverageModel.ts';
import type { FlexColumn } from '../model/flexColumns.ts';

export interface BookingRoom {
  /** Per cell, the least CNY per agent-hour of a booking covering it on a day with room (Infinity where none). */
  cnyPerAgentHour: Float64Array;
  /** Per cell, how many agents' worth the room left could bring there (each lever's room x its coverage). */
  agents: Float64Array;
}

/** Booked people per day row (flexRowId) in these bookings. */
export function bookedPerDay(booked: ReadonlyMap<FlexColumn, number>): Map<string, number> {
  const used = new Map<string, number>();
  for (const [f, n] of booked) used.set(flexRowId(f), (used.get(flexRowId(f)) ?? 0) + n);
  return used;
}

/** Where and at what price the booked-staff levers could still cover missing agents, beside the bookings made. */
export function bookingRoom(booked: ReadonlyMap<FlexColumn, number>, money: MoneyModel, cells: number): BookingRoom {
  const used = bookedPerDay(booked);
  const cnyPerAgentHour = new Float64Array(cells).fill(Infinity);
  const agents = new Float64Array(cells);
  const Q = QUEUE_CODES.length;
  // Per lever, the most agents its room brings to a cell: bookings starting on different days count against different rows.
  const byKind = new Map<FlexColumn['kind'], Float64Array>();
  for (const f of money.flex) {
    const room = money.flexBound(f.kind, f.day) - (used.get(flexRowId(f)) ?? 0);
    if (room < 1) continue;
    const reach = byKind.get(f.kind) ?? new Float64Array(cells);
    byKind.set(f.kind, reach);
    const price = f.costCny / (f.hours * f.coverage);
    for (let h = f.from; h < f.to; h++) {
      const c = h * Q + QUEUE_CODES.indexOf(f.queue);
      if (c >= cells) break;
      cnyPerAgentHour[c] = Math.min(cnyPerAgentHour[c], price);
      reach[c] = Math.max(reach[c], room * f.coverage);
    }
  }
  for (const reach of byKind.values()) reach.forEach((a, c) => (agents[c] += a));
  return { cnyPerAgentHour, agents };
}
