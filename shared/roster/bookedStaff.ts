/** Temps and borrowed staff the integer plan books: named placeholders, their coverage, and what the team must still cover. */
import type { BookedStaff } from '../levers/plan.ts';
import { DEFAULT_BOOKED_CNY_PER_HOUR, type Levers } from '../levers/schema.ts';
import { HOUR_MS } from '../time.ts';
import { QUEUE_CODES, type Assignment, type QueueCode, type ShortfallRow } from '../types.ts';
import { isoAt } from './instants.ts';
import type { FlexColumn, FlexKind } from './model/flexColumns.ts';
import { cell, requirementMatrix, roundHundredths, scheduledMatrix, type RequirementInput } from './coverageMatrix.ts';
import type { RosterFrame, Shift } from './types.ts';

/** One booked person: a placeholder id (TEMP-001, BORROWED-001, ...) and one shift. */
export interface BookedShift {
  agentId: string;
  kind: FlexKind;
  queue: QueueCode;
  from: number;
  to: number;
  coverage: number;
  costCny: number;
}

const PREFIX: Record<FlexKind, string> = { temps: 'TEMP', borrowed: 'BORROWED' };

/** The `n`-th placeholder of a lever: TEMP-001, BORROWED-012, ... */
export function placeholderId(kind: FlexKind, n: number): string {
  return `${PREFIX[kind]}-${String(n).padStart(3, '0')}`;
}

/** The number a lever's placeholder id carries (TEMP-012: 12), or 0 when the id is not one of that lever's. */
export function placeholderNumber(kind: FlexKind, agentId: string): number {
  const match = new RegExp(`^${PREFIX[kind]}-(\\d+)$`).exec(agentId);
  return match ? Number(match[1]) : 0;
}
/** Template code a placeholder's assignment carries: the lever it came from. */
export const BOOKED_TEMPLATE: Record<FlexKind, string> = { temps: 'TEMP', borrowed: 'BORROWED' };

/** What a booked person's template is called where templates are listed (the grid's key, its filter). */
export const BOOKED_TEMPLATE_NAMES: Record<FlexKind, { nameZh: string; nameEn: string }> = {
  temps: { nameZh: '临时工', nameEn: 'Temp' },
  borrowed: { nameZh: '借调', nameEn: 'Borrowed' },
};

/** The lever a booked person's assignment came from (by its template), or undefined for the team's own shifts. */
export function bookedKindOf(assignment: Pick<Assignment, 'template'>): FlexKind | undefined {
  return (Object.keys(BOOKED_TEMPLATE) as FlexKind[]).find((kind) => BOOKED_TEMPLATE[kind] === assignment.template);
}

/** One placeholder per booked person, numbered per lever in order of start, queue and length. */
export function bookedShifts(flex: Map<FlexColumn, number>): BookedShift[] {
  const columns = [...flex.entries()].sort(([a], [b]) => a.from - b.from || QUEUE_CODES.indexOf(a.queue) - QUEUE_CODES.indexOf(b.queue) || a.to - b.to);
  const next: Record<FlexKind, number> = { temps: 0, borrowed: 0 };
  const out: BookedShift[] = [];
  for (const [col, n] of columns) {
    for (let i = 0; i < n; i++) {
      const id = placeholderId(col.kind, ++next[col.kind]);
      out.push({ agentId: id, kind: col.kind, queue: col.queue, from: col.from, to: col.to, coverage: col.coverage, costCny: col.costCny });
    }
  }
  return out;
}

/** Agents' worth of coverage the booked staff give per (hour, queue) cell. */
export function bookedCoverage(booked: readonly BookedShift[], frame: RosterFrame): Float64Array {
  const out = new Float64Array(frame.horizonHours * QUEUE_CODES.length);
  for (const b of booked) for (let h = b.from; h < b.to; h++) out[cell(h, b.queue)] += b.coverage;
  return out;
}

/** The requirement the team's own agents must meet once the booked staff are on duty. */
export function teamRequirement(requirement: readonly RequirementInput[], cover: Float64Array, frame: RosterFrame): RequirementInput[] {
  const required = requirementMatrix([...requirement], frame);
  return requirement.map((row) => {
    const h = Math.floor((Date.parse(row.hourStart) - frame.horizonStartMs) / HOUR_MS);
    const i = cell(h, row.queue);
    return { ...row, requiredAgents: Math.max(0, required[i] - cover[i]) };
  });
}

/** Agents required per cell less those on duty (the team's shifts and the booked staff's cover); negative where more are on duty. */
export function balanceAfter(requirement: readonly RequirementInput[], shifts: readonly Shift[], cover: Float64Array, frame: RosterFrame): Float64Array {
  const balance = requirementMatrix([...requirement], frame);
  const scheduled = scheduledMatrix(shifts, frame);
  return balance.map((r, i) => r - scheduled[i] - cover[i]);
}

/** Every (hour, queue) where the team's shifts and the booked staff together fall short; scheduled counts a temp as 1 / proficiency. */
export function shortfallWithBooked(requirement: readonly RequirementInput[], shifts: Shift[], cover: Float64Array, frame: RosterFrame): ShortfallRow[] {
  const required = requirementMatrix([...requirement], frame);
  const scheduled = scheduledMatrix(shifts, frame);
  const rows: ShortfallRow[] = [];
  for (let h = 0; h < frame.horizonHours; h++) {
    for (const queue of QUEUE_CODES) {
      const i = cell(h, queue);
      const onDuty = roundHundredths(scheduled[i] + cover[i]);
      if (onDuty < required[i] - 1e-9) rows.push({ hourStart: isoAt(frame.horizonStartMs + h * HOUR_MS, frame.timeZone), queue, required: required[i], scheduled: onDuty });
    }
  }
  return rows;
}

/** The placeholders as roster assignments. */
export function bookedAssignments(booked: readonly BookedShift[], frame: RosterFrame): Assignment[] {
  return booked.map((b) => ({
    agentId: b.agentId,
    queue: b.queue,
    template: BOOKED_TEMPLATE[b.kind],
    start: isoAt(frame.horizonStartMs + b.from * HOUR_MS, frame.timeZone),
    end: isoAt(frame.horizonStartMs + b.to * HOUR_MS, frame.timeZone),
    ...(b.coverage !== 1 ? { coverage: b.coverage } : {}),
  }));
}

/**
 * The placeholders among a roster's assignments as booked people, priced at their lever's hourly rate: what a
 * stored roster's bookings cost, read back from its assignments. A placeholder whose lever the levers no longer
 * offer was still booked and is paid: it is priced at that lever's default rate (the price it was booked at is
 * not stored), never at nothing.
 */
export function bookedFromAssignments(assignments: readonly Assignment[], levers: Levers | undefined, frame: RosterFrame): BookedShift[] {
  return assignments.flatMap((a) => {
    const kind = bookedKindOf(a);
    if (!kind) return [];
    const from = (Date.parse(a.start) - frame.horizonStartMs) / HOUR_MS;
    const to = (Date.parse(a.end) - frame.horizonStartMs) / HOUR_MS;
    return [{ agentId: a.agentId, kind, queue: a.queue, from, to, coverage: a.coverage ?? 1, costCny: (to - from) * (levers?.[kind]?.costCnyPerHour ?? DEFAULT_BOOKED_CNY_PER_HOUR[kind]) }];
  });
}

/** Bookings of one lever grouped as the plan states them: "so many on queue q from a to b". */
export function bookingsOf(kind: FlexKind, flex: Map<FlexColumn, number>, frame: RosterFrame): BookedStaff[] {
  return [...flex.entries()]
    .filter(([col]) => col.kind === kind)
    .sort(([a], [b]) => a.from - b.from || a.to - b.to)
    .map(([col, count]) => ({ queue: col.queue, start: isoAt(frame.horizonStartMs + col.from * HOUR_MS, frame.timeZone), end: isoAt(frame.horizonStartMs + col.to * HOUR_MS, frame.timeZone), count }));
}
