/**
 * What the named search charges: for the agents still missing in a cell and for an agent's paid hour. Without
 * levers, hours (shortfallPenalty per missing agent-hour, 1 per paid hour); with them, the CNY the aggregate plan
 * minimises (the cell's lost-GMV pieces and the coverage floor's wall, the contract's wage), so the search keeps
 * the hours the plan found worth covering instead of trading them for any hour alike.
 */
import type { Agent, Contract } from '../../types.ts';
import type { MoneyModel } from '../model/buildCoverageModel.ts';
import type { BookingRoom } from './bookingRoom.ts';

export interface SearchPrice {
  /** The cost of `missing` agents missing in a cell (nothing when none is). */
  short(cell: number, missing: number): number;
  /** What one more agent on duty saves in a cell where `missing` are missing. */
  gain(cell: number, missing: number): number;
  /** The price of one paid hour (and of one hour of overtime premium) of this agent. */
  wage(agent: Agent | undefined): number;
  /** The most one agent-hour can save anywhere. */
  maxGain: number;
}

/** Hours: every missing agent-hour costs `penalty`, every paid hour 1 (the roster's objective without levers). */
export function hoursPrice(penalty: number): SearchPrice {
  return {
    short: (_, missing) => (missing > 0 ? penalty * missing : 0),
    gain: (_, missing) => (missing > 0 ? penalty * Math.min(1, missing) : 0),
    wage: () => 1,
    maxGain: penalty,
  };
}

/**
 * CNY as the money model prices it: each cell's missing agents by its convex pieces (as shortfallCostOf adds them,
 * read once per cell into the price of each successive missing agent), each paid hour by the agent's wage. With
 * `room`, the first agents missing in a cell the booked-staff levers could still cover cost no more than booking
 * them (the pieces stay convex: a capped agent never costs more than the next, uncapped one).
 */
export function moneyPrice(money: MoneyModel, required: Float64Array, wages: Record<Contract, number>, room?: BookingRoom): SearchPrice {
  const start = new Int32Array(required.length + 1);
  for (let c = 0; c < required.length; c++) start[c + 1] = start[c] + Math.max(1, Math.ceil(required[c] - 1e-9));
  // unit[start[c] + k]: the price of the (k + 1)-th missing agent; before[start[c] + k]: the price of the first k.
  const unit = new Float64Array(start[required.length]);
  const before = new Float64Array(start[required.length]);
  let maxGain = 0;
  for (let c = 0; c < required.length; c++) {
    const n = start[c + 1] - start[c];
    // The pieces for all n agents hold those for fewer as a prefix (shortfallCostOf fills them cheapest first).
    const pieces = money.segments(c, n);
    let k = 0;
    let total = 0;
    const bookable = room ? Math.ceil(room.agents[c] - 1e-9) : 0;
    pieces.forEach((piece, p) => {
      for (let j = 0; k < n && (j < piece.size || p === pieces.length - 1); j++, k++) {
        const cost = k < bookable ? Math.min(piece.cost, (room as BookingRoom).cnyPerAgentHour[c]) : piece.cost;
        unit[start[c] + k] = cost;
        before[start[c] + k] = total;
        total += cost;
        maxGain = Math.max(maxGain, cost);
      }
    });
  }
  const short = (c: number, missing: number): number => {
    if (missing <= 1e-9) return 0;
    const n = start[c + 1] - start[c];
    const k = Math.min(Math.floor(missing), n - 1);
    return before[start[c] + k] + (missing - k) * unit[start[c] + k];
  };
  return {
    short,
    gain: (c, missing) => (missing > 1e-9 ? short(c, missing) - short(c, missing - 1) : 0),
    wage: (agent) => (agent ? wages[agent.contract] : 0),
    maxGain,
  };
}
