/** Turns the LP's units into named changes: which agent works the overtime, takes the call, moves; every pick re-checked against the rules. */
import { dayIndex } from '../roster/frame.ts';
import { isoAt } from '../roster/instants.ts';
import { canAssign } from '../roster/rules/index.ts';
import { mayServeQueue } from '../roster/rules/reassignmentWindow.ts';
import { makeShift, sortShifts } from '../roster/shift.ts';
import type { Shift } from '../roster/types.ts';
import { HOUR_MS } from '../time.ts';
import type { Reassignment } from '../types.ts';
import type { CandidateContext, ChangeColumn } from './candidates/column.ts';
import { extendShift } from './candidates/overtime.ts';
import type { ReplanChange } from './types.ts';

export interface Realized {
  changes: ReplanChange[];
  /** Every agent's shifts after the changes, sorted by start. */
  shifts: Map<string, Shift[]>;
  reassignments: Reassignment[];
  /** Temps booked: coverage per unit and count, for the staffed matrix. */
  temps: { column: ChangeColumn; count: number }[];
}

/** Applies the chosen units in a fixed order (overtime, moves, call-ins, temps); `skip` names agents whose changes are withheld. */
export function realize(columns: readonly ChangeColumn[], units: ReadonlyMap<string, number>, cc: CandidateContext, skip: ReadonlySet<string> = new Set()): Realized {
  const state: Realized = { changes: [], shifts: new Map([...cc.shifts].map(([id, list]) => [id, [...list]])), reassignments: [], temps: [] };
  const touched = new Set<Shift>();
  const chosen = columns.filter((c) => (units.get(c.key) ?? 0) > 0);
  realizeOvertime(chosen.filter((c) => c.kind === 'overtime'), units, cc, state, touched, skip);
  for (const column of chosen.filter((c) => c.kind === 'move')) realizeMove(column, units.get(column.key)!, cc, state, touched, skip);
  for (const column of chosen.filter((c) => c.kind === 'callIn')) realizeCallIn(column, units.get(column.key)!, cc, state, skip);
  for (const column of chosen.filter((c) => c.kind === 'temps')) {
    const count = units.get(column.key)!;
    state.temps.push({ column, count });
    state.changes.push({ kind: 'temps', queue: column.queue, start: iso(column.startMs, cc), end: iso(column.endMs, cc), count, costCny: money(count * column.costCny) });
  }
  return state;
}

/** Overtime hours by layer: the i-th picked shift of a group gets one hour per layer bought more than i times. */
function realizeOvertime(columns: ChangeColumn[], units: ReadonlyMap<string, number>, cc: CandidateContext, state: Realized, touched: Set<Shift>, skip: ReadonlySet<string>): void {
  const groups = new Map<string, ChangeColumn[]>();
  for (const c of columns) {
    const group = c.key.slice(0, c.key.lastIndexOf('|'));
    groups.set(group, [...(groups.get(group) ?? []), c]);
  }
  for (const layers of groups.values()) {
    layers.sort((a, b) => (a.layer ?? 0) - (b.layer ?? 0));
    const counts: number[] = [];
    for (const [k, c] of layers.entries()) counts.push(Math.min(units.get(c.key) ?? 0, counts[k - 1] ?? Infinity));
    const endMs = layers[0].startMs;
    let next = 0;
    for (let slot = 0; slot < counts[0]; slot++) {
      const hours = counts.filter((n) => slot < n).length;
      while (next < layers[0].members.length) {
        const agentId = layers[0].members[next++];
        const list = state.shifts.get(agentId) ?? [];
        const shift = list.find((s) => s.endMs === endMs && s.queue === layers[0].queue && !touched.has(s));
        const agent = cc.ctx.agents.get(agentId);
        if (!shift || !agent || skip.has(agentId)) continue;
        const extended = extendShift(shift, hours);
        const others = list.filter((s) => s !== shift);
        if (!canAssign(extended, others, agent, cc.ctx)) continue;
        state.shifts.set(agentId, sortShifts([...others, extended]));
        touched.add(extended);
        const costCny = layers.slice(0, hours).reduce((sum, c) => sum + c.costCny, 0);
        state.changes.push({ kind: 'overtime', agentId, queue: shift.queue, start: iso(endMs, cc), end: iso(endMs + hours * HOUR_MS, cc), costCny: money(costCny) });
        break;
      }
    }
  }
}

/** A move of a shift not yet started changes the shift's queue; one inside an on-duty shift becomes a reassignment for its rest. */
function realizeMove(column: ChangeColumn, count: number, cc: CandidateContext, state: Realized, touched: Set<Shift>, skip: ReadonlySet<string>): void {
  let done = 0;
  for (const agentId of column.members) {
    if (done === count) break;
    const list = state.shifts.get(agentId) ?? [];
    const shift = list.find((s) => s.queue === column.fromQueue && s.endMs === column.endMs && s.startMs <= column.startMs && !touched.has(s));
    const agent = cc.ctx.agents.get(agentId);
    if (!shift || !agent || skip.has(agentId) || !mayServeQueue(agent, column.queue, column.startMs, column.endMs, cc.ctx)) continue;
    touched.add(shift);
    if (shift.startMs === column.startMs) {
      const moved = { ...shift, queue: column.queue };
      state.shifts.set(agentId, sortShifts([...list.filter((s) => s !== shift), moved]));
      touched.add(moved);
    } else {
      state.reassignments.push({ agentId, fromQueue: shift.queue, toQueue: column.queue, start: iso(column.startMs, cc), end: iso(column.endMs, cc) });
    }
    state.changes.push({ kind: 'move', agentId, queue: column.queue, fromQueue: shift.queue, start: iso(column.startMs, cc), end: iso(column.endMs, cc), costCny: 0 });
    done++;
  }
}

/** Calls in the first members still free for the shift under every rule. */
function realizeCallIn(column: ChangeColumn, count: number, cc: CandidateContext, state: Realized, skip: ReadonlySet<string>): void {
  const template = cc.ctx.rules.templates.find((t) => t.code === column.template);
  if (!template) return;
  const day = dayIndex(cc.ctx.frame, column.startMs);
  let done = 0;
  for (const agentId of column.members) {
    if (done === count) break;
    const agent = cc.ctx.agents.get(agentId);
    const list = state.shifts.get(agentId) ?? [];
    const shift = makeShift(agentId, column.queue, template, day, cc.ctx.frame);
    if (!agent || skip.has(agentId) || !canAssign(shift, list, agent, cc.ctx)) continue;
    state.shifts.set(agentId, sortShifts([...list, shift]));
    state.changes.push({ kind: 'callIn', agentId, queue: column.queue, start: iso(shift.startMs, cc), end: iso(shift.endMs, cc), costCny: money(column.costCny) });
    done++;
  }
}

function iso(ms: number, cc: CandidateContext): string {
  return isoAt(ms, cc.ctx.frame.timeZone);
}

function money(x: number): number {
  return Math.round(x * 100) / 100;
}
