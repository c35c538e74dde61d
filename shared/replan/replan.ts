/**
 * Intraday re-planning (issue 21): re-forecast from the actuals, then choose the changes that pay over the
 * open hours (overtime, call-ins, moves, temps), with everything before `now` fixed and every changed
 * shift checked by the same rule functions the roster engine builds and checks with.
 */
import { reforecast } from '../actuals/reforecast.ts';
import { resolveMoney } from '../levers/money.ts';
import { rosterPricing } from '../levers/pricing.ts';
import { employedShifts } from '../labour/legalExcess.ts';
import { shiftsFromAssignments } from '../roster/checkAssignments.ts';
import { buildFrame } from '../roster/frame.ts';
import { instantOf, isoAt } from '../roster/instants.ts';
import { toAssignment } from '../roster/reassign/reassignments.ts';
import { agentViolations } from '../roster/rules/index.ts';
import { nightFairness } from '../roster/rules/nightFairness.ts';
import { shiftsByAgent } from '../roster/shift.ts';
import type { RuleContext, Shift, Violation } from '../roster/types.ts';
import { requirement } from '../staffing/requirement.ts';
import { resolveQueueParams, type RequirementParams } from '../staffing/params.ts';
import { QUEUE_CODES, type ForecastRow, type QueueCode } from '../types.ts';
import { callInColumns } from './candidates/callIns.ts';
import type { CandidateContext, ChangeColumn } from './candidates/column.ts';
import { moveColumns } from './candidates/moves.ts';
import { overtimeColumns } from './candidates/overtime.ts';
import { tempColumns } from './candidates/temps.ts';
import { CHANGE_TIE_BREAK_CNY, chooseChanges } from './chooseChanges.ts';
import { cellAt, cellCount, cellLabel, replanGrid, type ReplanGrid } from './grid.ts';
import { realize, type Realized } from './realize.ts';
import { shortTotals } from './shortTotals.ts';
import { tempBookings } from './tempBookings.ts';
import { bookedMatrix, staffedMatrix, withCover } from './staffed.ts';
import { CHANGE_KINDS, DEFAULT_CALL_IN_NOTICE_HOURS, type ChangeKind, type ReplanInput, type ReplanOptions, type ReplanResult } from './types.ts';

/** The kinds bought as LP columns; a cap change is chosen by solving once per cap the levers offer. */
const BUILDERS: Record<Exclude<ChangeKind, 'cap'>, (cc: CandidateContext) => ChangeColumn[]> = { overtime: overtimeColumns, callIn: callInColumns, move: moveColumns, temps: tempColumns };
const COLUMN_KINDS = Object.keys(BUILDERS) as (keyof typeof BUILDERS)[];

/** Re-plans the open hours from actual volumes: the changes to make now, their cost, and the shortfall before and after. */
export function replan(input: ReplanInput, options: ReplanOptions): ReplanResult {
  const rf = reforecast(input.forecast, input.actuals, { now: options.now, overrides: options.overrides });
  const ctx: RuleContext = { rules: input.rules, frame: buildFrame([...input.forecast], input.rules), agents: new Map(input.agents.map((a) => [a.id, a])) };
  const untilMs = Math.min(options.untilMs ?? ctx.frame.eventEndMs, ctx.frame.horizonStartMs + ctx.frame.horizonHours * 3_600_000);
  const grid = replanGrid(options.now, untilMs, ctx.frame.timeZone);
  const { required, curves, human } = openRequirement(rf.rows, input, grid);
  // Booked temps and borrowed staff are not the team's agents: they stay as booked and count as on duty.
  const shifts = shiftsByAgent(shiftsFromAssignments(employedShifts(input.assignments, input.agents), ctx));
  const booked = input.assignments.filter((a) => !ctx.agents.has(a.agentId));
  const bookedCover = bookedMatrix(grid, booked);
  const money = resolveMoney(input.levers?.money);
  const cc: CandidateContext = { grid, ctx, shifts, now: options.now, noticeHours: options.noticeHours ?? DEFAULT_CALL_IN_NOTICE_HOURS, wagesCnyPerHour: money.wagesCnyPerHour, levers: input.levers, untilMs };
  const staffedBefore = withCover(staffedMatrix(grid, [...shifts.values()].flat()), bookedCover);
  const allowed = new Set(options.allowed ?? CHANGE_KINDS);
  const columns = COLUMN_KINDS.filter((k) => allowed.has(k)).flatMap((k) => BUILDERS[k](cc));
  const current = { ...choose(columns, required, curves, staffedBefore, bookedCover, cc), required, curves };
  let best: typeof current & { cap?: { queue: QueueCode; cap: number } } = current;
  if (allowed.has('cap')) {
    for (const option of capOptions(input)) {
      const at = openRequirement(rf.rows, { ...input, params: withCap(input.params, option.queue, option.cap) }, grid);
      const mixed = mixQueue(required, curves, at, option.queue);
      const alternative = { ...choose(columns, mixed.required, mixed.curves, staffedBefore, bookedCover, cc), ...mixed, cap: option };
      if (alternative.totalCny < best.totalCny - CHANGE_TIE_BREAK_CNY) best = alternative;
    }
  }
  const { realized, staffedAfter } = best;
  if (best.cap) realized.changes.push({ kind: 'cap', queue: best.cap.queue, start: isoAt(grid.firstMs, grid.timeZone), end: isoAt(untilMs, grid.timeZone), cap: best.cap.cap, costCny: 0 });
  return {
    now: rf.now,
    factor: Object.fromEntries(rf.factors.map((f) => [f.queue, f.factor])),
    changes: realized.changes.sort((a, b) => a.start.localeCompare(b.start) || a.kind.localeCompare(b.kind) || (a.agentId ?? '').localeCompare(b.agentId ?? '')),
    before: shortTotals(required, staffedBefore, curves),
    after: shortTotals(best.required, staffedAfter, best.curves),
    assignments: [
      ...[...realized.shifts.values()].flat().sort((a, b) => a.startMs - b.startMs || a.agentId.localeCompare(b.agentId)).map((s) => toAssignment(s, ctx.agents.get(s.agentId)!, ctx.frame.timeZone)),
      ...booked,
      ...tempBookings(realized.temps, booked, ctx.frame.timeZone),
    ],
    reassignments: realized.reassignments,
    hours: Array.from(best.required, (r, c) => ({ ...cellLabel(grid, c), required: r, humanInquiries: round2(human[c]), staffedBefore: staffedBefore[c], staffedAfter: round2(staffedAfter[c]) })),
  };
}

/** The LP's choice realized within the rules, its staffing, and what it costs in all: changes plus the GMV still at risk. */
function choose(columns: ChangeColumn[], required: Float64Array, curves: number[][], staffedBefore: Float64Array, bookedCover: Float64Array, cc: CandidateContext) {
  const gap = required.map((r, c) => r - staffedBefore[c]);
  const units = columns.length === 0 ? new Map<string, number>() : chooseChanges({ columns, gap, curves });
  const realized = realizeWithinRules(columns, units, cc);
  const staffedAfter = withCover(staffedMatrix(cc.grid, [...realized.shifts.values()].flat(), realized.reassignments, realized.temps), bookedCover);
  const totalCny = realized.changes.reduce((sum, c) => sum + c.costCny, 0) + shortTotals(required, staffedAfter, curves).lostGmvCny;
  return { realized, staffedAfter, totalCny };
}

/** Every (queue, cap) the event's cap lever offers other than the queue's current cap. */
function capOptions(input: ReplanInput): { queue: QueueCode; cap: number }[] {
  return QUEUE_CODES.flatMap((queue) => (input.levers?.caps?.[queue] ?? []).filter((cap) => cap !== resolveQueueParams(input.params, queue).concurrencyCap).map((cap) => ({ queue, cap })));
}

/** The requirement params with one queue's per-agent cap set. */
function withCap(params: RequirementParams, queue: QueueCode, cap: number): RequirementParams {
  return { ...params, queues: { ...params.queues, [queue]: { ...params.queues?.[queue], concurrencyCap: cap } } };
}

/** The current requirement and curves with one queue's cells taken from another cap's. */
function mixQueue(required: Float64Array, curves: number[][], at: { required: Float64Array; curves: number[][] }, queue: QueueCode) {
  const q = QUEUE_CODES.indexOf(queue);
  return {
    required: required.map((r, c) => (c % QUEUE_CODES.length === q ? at.required[c] : r)),
    curves: curves.map((curve, c) => (c % QUEUE_CODES.length === q ? at.curves[c] : curve)),
  };
}

/** Required agents, lost-GMV curves and human chats of the open cells, from the re-forecast's expected inquiries. */
function openRequirement(rows: ReturnType<typeof reforecast>['rows'], input: ReplanInput, grid: ReplanGrid): { required: Float64Array; curves: number[][]; human: Float64Array } {
  const aht = new Map(input.forecast.map((f) => [`${f.hourStart}|${f.queue}`, f.ahtSeconds]));
  const open: ForecastRow[] = [];
  const cells: number[] = [];
  for (const row of rows) {
    const cell = cellAt(grid, instantOf(row.hourStart, grid.timeZone) ?? NaN, row.queue);
    if (cell < 0) continue;
    const own = aht.get(`${row.hourStart}|${row.queue}`);
    open.push(own === undefined ? { hourStart: row.hourStart, queue: row.queue, inquiries: row.expected } : { hourStart: row.hourStart, queue: row.queue, inquiries: row.expected, ahtSeconds: own });
    cells.push(cell);
  }
  const req = requirement(open, input.params);
  const pricing = rosterPricing(req, open, input.params, resolveMoney(input.levers?.money));
  const required = new Float64Array(cellCount(grid));
  const curves: number[][] = new Array(cellCount(grid)).fill([]);
  const human = new Float64Array(cellCount(grid));
  req.forEach((r, i) => {
    required[cells[i]] = Math.max(0, Math.ceil(r.requiredAgents - 1e-9));
    curves[cells[i]] = pricing.lostGmv[i].marginalCny;
    human[cells[i]] = r.humanInquiries;
  });
  return { required, curves, human };
}

/**
 * Realizes the chosen units, then runs the roster-level rules too: an agent named by a violation the
 * published roster did not have loses its changes, and the rest are realized again. Each round withholds
 * at least one more changed agent, so the loop ends.
 */
function realizeWithinRules(columns: ChangeColumn[], units: Map<string, number>, cc: CandidateContext): Realized {
  const known = new Set(ruleViolations(cc.shifts, cc.ctx).map(violationKey));
  const skip = new Set<string>();
  for (;;) {
    const realized = realize(columns, units, cc, skip);
    const changed = new Set(realized.changes.flatMap((c) => (c.agentId ? [c.agentId] : [])));
    const fresh = ruleViolations(realized.shifts, cc.ctx).filter((v) => !known.has(violationKey(v)));
    if (fresh.length === 0) return realized;
    // A violation pinned on an unchanged agent (night fairness names the heaviest) withholds every change: the published roster had none.
    for (const v of fresh) for (const id of v.agentId && changed.has(v.agentId) ? [v.agentId] : changed) skip.add(id);
  }
}

/** Every rule but coverage (the re-plan reports its own shortfall): per-agent rules and night fairness. */
function ruleViolations(byAgent: Map<string, Shift[]>, ctx: RuleContext): Violation[] {
  const out: Violation[] = [];
  for (const [agentId, list] of byAgent) {
    const agent = ctx.agents.get(agentId);
    if (agent) out.push(...agentViolations(list, agent, ctx));
  }
  return [...out, ...nightFairness(byAgent, ctx)];
}

function violationKey(v: Violation): string {
  return `${v.rule}|${v.agentId ?? ''}|${v.at ?? ''}|${v.message}`;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
