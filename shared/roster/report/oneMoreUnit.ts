/**
 * What one more unit of a lever would buy (issue 15): the money model's objective re-evaluated with that unit
 * added at its best placement and everything else held as the roster has it. The saving per cell comes from
 * the model's own shortfall pieces (lost GMV from the requirement's service curve, and the coverage floor's
 * wall), so it is what the model would gain from raising the lever's bound by one with nothing re-planned: a
 * lower bound on what a full re-solve would gain.
 */
import type { OneMoreUnit } from '../../levers/plan.ts';
import { cell } from '../coverageMatrix.ts';
import type { MoneyModel } from '../model/buildCoverageModel.ts';
import { FLOOR_BREACH_CNY } from '../model/moneyModel.ts';
import type { QueueCode } from '../../types.ts';
import { HOUR_MS } from '../../time.ts';
import { isoAt } from '../instants.ts';
import type { RosterFrame } from '../types.ts';

/** The model's shortfall cost of `missing` agents in a cell, split into lost GMV and the floor's wall, with the agents below the floor. */
function cellCost(money: MoneyModel, i: number, missing: number): { lostGmvCny: number; floorCny: number; belowFloor: number } {
  let left = missing;
  let lostGmvCny = 0;
  let floorCny = 0;
  let belowFloor = 0;
  const segments = money.segments(i, missing);
  segments.forEach((seg, k) => {
    const take = k === segments.length - 1 ? left : Math.min(left, seg.size);
    if (seg.cost >= FLOOR_BREACH_CNY) {
      floorCny += take * seg.cost;
      belowFloor += take;
    } else lostGmvCny += take * seg.cost;
    left -= take;
  });
  return { lostGmvCny, floorCny, belowFloor };
}

/** One unit's placement: the horizon hours [from, to) it covers on a queue, the agents' worth it adds per hour, its cost. */
export interface UnitPlacement {
  unit: OneMoreUnit['unit'];
  queue: QueueCode;
  from: number;
  to: number;
  /** Agents' worth of coverage per hour: 1, or 1 / proficiency for booked staff. */
  coverage: number;
  costCny: number;
}

/** The short agent-hours a placement covers and the lost GMV and floor wall it removes, against `missing` agents per cell. */
export function oneMoreUnit(placement: UnitPlacement, missing: Float64Array, money: MoneyModel, frame: RosterFrame): OneMoreUnit {
  let agentHours = 0;
  let lostGmvCny = 0;
  let floorCny = 0;
  let floorAgentHours = 0;
  for (let h = Math.max(0, placement.from); h < Math.min(placement.to, frame.horizonHours); h++) {
    const i = cell(h, placement.queue);
    const m = missing[i];
    if (!(m > 1e-9)) continue;
    const covered = Math.min(placement.coverage, m);
    const before = cellCost(money, i, m);
    const after = cellCost(money, i, m - covered);
    agentHours += covered;
    lostGmvCny += before.lostGmvCny - after.lostGmvCny;
    floorCny += before.floorCny - after.floorCny;
    floorAgentHours += before.belowFloor - after.belowFloor;
  }
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    unit: placement.unit,
    start: isoAt(frame.horizonStartMs + placement.from * HOUR_MS, frame.timeZone),
    end: isoAt(frame.horizonStartMs + placement.to * HOUR_MS, frame.timeZone),
    agentHours: round(agentHours),
    lostGmvCny: round(lostGmvCny),
    floorCny: round(floorCny),
    floorAgentHours: round(floorAgentHours),
    costCny: round(placement.costCny),
  };
}

/** Net CNY a unit saves (lost GMV and floor wall less its cost), never below 0: a unit that would not pay saves nothing. */
export function netSaving(unit: OneMoreUnit): number {
  return Math.max(0, Math.round(unit.lostGmvCny + unit.floorCny - unit.costCny));
}

/** The placement that saves most, net of its cost; undefined when there is none. */
export function bestUnit(placements: readonly UnitPlacement[], missing: Float64Array, money: MoneyModel, frame: RosterFrame): OneMoreUnit | undefined {
  let best: OneMoreUnit | undefined;
  let bestNet = -Infinity;
  for (const p of placements) {
    const unit = oneMoreUnit(p, missing, money, frame);
    const net = unit.lostGmvCny + unit.floorCny - unit.costCny;
    if (net > bestNet) {
      best = unit;
      bestNet = net;
    }
  }
  return best;
}

/**
 * What a unit buys in the supervisor's terms: agent-hours back to the coverage floor when it lifts any (the floor's
 * wall is a model price, not cash, so it is never added to money), and the cash it saves: lost GMV less its cost.
 */
export function oneMoreBuys(unit: OneMoreUnit): string {
  const cashNet = Math.round(unit.lostGmvCny - unit.costCny);
  const cash = cashNet >= 0 ? `saves about ${cashNet} CNY net` : `costs ${-cashNet} CNY more than the lost GMV it saves`;
  const lifted = unit.floorAgentHours > 0 ? `lifts ${unit.floorAgentHours} agent-hours back to the coverage floor and ` : '';
  return `would cover ${unit.agentHours} agent-hours: ${lifted}${cash} (${Math.round(unit.lostGmvCny)} CNY of lost GMV for ${Math.round(unit.costCny)} CNY)`;
}
