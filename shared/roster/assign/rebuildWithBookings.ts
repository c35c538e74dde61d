/**
 * The named search with the bookings open to revision (issue 15). The integer plan fixes how many temps and
 * borrowed staff to book before any agent is named, so on its own the search cannot trade "temps on the late
 * pre-sale peak, the agents who would have worked it free for after-sale two days on". After the usual search,
 * each revision searches again with every missing agent the booked-staff levers could still cover priced at no
 * more than booking them (`bookingRoom`), so agents leave those hours; then the bookings are revised against the
 * roster (people who no longer pay released, people who now pay booked), the search settles at the full price
 * against the new bookings, and the bookings are revised once more. A revision is kept only when the roster's cost
 * in CNY falls. Deterministic: a fixed number of revisions, each a seeded search.
 */
import type { Contract } from '../../types.ts';
import { balanceAfter, bookedCoverage, bookedShifts } from '../bookedStaff.ts';
import type { RequirementInput } from '../coverageMatrix.ts';
import type { MoneyModel } from '../model/buildCoverageModel.ts';
import type { FlexColumn } from '../model/flexColumns.ts';
import { shortfallCostOf } from '../model/solveAggregate.ts';
import { shiftHours } from '../shift.ts';
import type { Shift } from '../types.ts';
import { schedulePremium } from '../workingTime.ts';
import { bookingRoom } from './bookingRoom.ts';
import { extendShifts, type ExtensionTerms } from './extendShifts.ts';
import { rebuildAgents } from './rebuildAgents.ts';
import { moneyPrice } from './searchPrice.ts';
import { addShift, allShifts, removeShift, type AssignState } from './state.ts';
import { releaseBooked, topUpBooked } from './topUpBooked.ts';

/** Revisions tried after the first search; the search stops at the first that does not lower the cost. */
const MAX_REVISIONS = 3;

export interface BookingSearchTerms {
  /** The whole requirement (booked staff not taken off). */
  requirement: RequirementInput[];
  required: Float64Array;
  money: MoneyModel;
  wages: Record<Contract, number>;
  /** The overtime lever's terms, when it is pulled: shifts are extended once the bookings are settled. */
  overtime?: ExtensionTerms;
}

type Bookings = Map<FlexColumn, number>;

/** What the roster costs in CNY as the money model counts it: wages with the overtime premium, bookings, and the shortfall's pieces. */
function rosterCny(state: AssignState, booked: Bookings, balance: Float64Array, terms: BookingSearchTerms): number {
  let sum = 0;
  for (const agent of state.agents) {
    const shifts = state.shifts.get(agent.id) ?? [];
    const hours = shifts.reduce((h, s) => h + shiftHours(s), 0) + schedulePremium(shifts, state.ctx.frame);
    sum += hours * terms.wages[agent.contract];
  }
  for (const [f, n] of booked) sum += n * f.costCny;
  balance.forEach((missing, c) => {
    if (missing > 1e-9) sum += shortfallCostOf(terms.money, c, missing);
  });
  return sum;
}

/** Every agent's shifts, to put back when a revision does not pay. */
function snapshot(state: AssignState): Map<string, Shift[]> {
  return new Map([...state.shifts].map(([id, shifts]) => [id, [...shifts]]));
}

function restore(state: AssignState, saved: Map<string, Shift[]>): void {
  for (const agent of state.agents) {
    for (const s of [...(state.shifts.get(agent.id) ?? [])]) removeShift(state, s);
    for (const s of saved.get(agent.id) ?? []) addShift(state, s);
  }
}

/**
 * Searches the named roster (`state`, from the flow) with the planned bookings revisable; returns the bookings the
 * roster ends with. Every booking stays within its lever's day bound: release only lowers counts, the top-up books
 * only where a day has room.
 */
export function rebuildWithBookings(state: AssignState, planned: ReadonlyMap<FlexColumn, number>, terms: BookingSearchTerms): Bookings {
  const { frame } = state.ctx;
  const { requirement, required, money, wages } = terms;
  const coverOf = (booked: ReadonlyMap<FlexColumn, number>) => bookedCoverage(bookedShifts(new Map(booked)), frame);
  const priceAt = (booked: ReadonlyMap<FlexColumn, number>, room: boolean) => moneyPrice(money, required, wages, room ? bookingRoom(booked, money, required.length) : undefined);
  // Revises the bookings against the roster as it stands; returns them with the cells' balance after.
  const revise = (booked: ReadonlyMap<FlexColumn, number>, cover: Float64Array): [Bookings, Float64Array] => {
    const balance = balanceAfter(requirement, allShifts(state), cover, frame);
    return [topUpBooked(releaseBooked(booked, balance, money), balance, money), balance];
  };
  const search = (booked: ReadonlyMap<FlexColumn, number>, room: boolean, settleOnly: boolean): [Bookings, Float64Array] => {
    const cover = coverOf(booked);
    rebuildAgents(requirement, state, { price: priceAt(booked, room), booked: cover, ...(settleOnly ? { rounds: 0, chainBudget: 0 } : {}) });
    return revise(booked, cover);
  };
  let [booked, balance] = search(planned, false, false);
  let cost = rosterCny(state, booked, balance, terms);
  for (let revision = 0; revision < MAX_REVISIONS; revision++) {
    const saved = snapshot(state);
    const [next, nextBalance] = search(search(booked, true, false)[0], false, true);
    const nextCost = rosterCny(state, next, nextBalance, terms);
    if (nextCost >= cost - 1e-6) {
      restore(state, saved);
      break;
    }
    [booked, balance, cost] = [next, nextBalance, nextCost];
  }
  if (!terms.overtime) return booked;
  const cover = coverOf(booked);
  extendShifts(state, balance.map((b) => Math.max(0, b)), money, terms.overtime);
  return revise(booked, cover)[0];
}
