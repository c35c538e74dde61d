/** What would close the shortfall: extra agents per template and queue, or (with a requirement hook) a higher cap. */
import { instantOf } from '../instants.ts';
import { QUEUE_CODES, type Agent, type QueueCode, type ShortfallRow } from '../../types.ts';
import { hourIndex } from '../frame.ts';
import { buildCoverageModel } from '../model/buildCoverageModel.ts';
import type { ShiftColumn } from '../model/columns.ts';
import { solveLp } from '../model/lp.ts';
import type { Pool } from '../model/pools.ts';
import { cell, coveredHours } from '../coverageMatrix.ts';
import { makeShift, templateActiveOn } from '../shift.ts';
import type { ClosingSuggestion, RuleContext } from '../types.ts';

/** A pool of hypothetical full-time hires who may work any full-time template on one queue. */
function hirePool(queue: QueueCode, ctx: RuleContext): Pool {
  const hire: Agent = { id: 'hire', name: 'hire', primaryQueue: queue, crossTrainedFor: [], contract: 'full_time', team: 'hire', unavailable: [] };
  return { key: `hire|${queue}`, primary: queue, contract: 'full_time', crossTrainedFor: [], agents: [hire], availableByDay: new Array<number>(ctx.frame.days).fill(Infinity) };
}

/** Columns for hires on one queue, limited to days that have shortfall. */
function hireColumns(queue: QueueCode, residual: Float64Array, ctx: RuleContext): ShiftColumn[] {
  const pool = hirePool(queue, ctx);
  const out: ShiftColumn[] = [];
  for (let day = 0; day < ctx.frame.days; day++) {
    for (const template of ctx.rules.templates) {
      if (!templateActiveOn(template, day, ctx.frame) || (template.contracts && !template.contracts.includes('full_time'))) continue;
      const [from, to] = coveredHours(makeShift('hire', queue, template, day, ctx.frame), ctx.frame);
      let useful = false;
      for (let h = from; h < to; h++) useful ||= residual[cell(h, queue)] > 0;
      if (useful) out.push({ id: `y${out.length}`, day, template, pool, queue, from, to, hours: template.durationHours, moved: false });
    }
  }
  return out;
}

/**
 * Hires who can work `needByDay[d]` shifts of `durationHours` on each day d within the run and hour limits:
 * at least the busiest day's need, and in any `maxConsecutiveDays + 1` days (or 7 days of hours) no hire
 * works more than those limits allow, so the sum over such a window needs that many more people.
 */
export function hiresForDailyNeed(needByDay: number[], durationHours: number, rules: RuleContext['rules']): number {
  let hires = Math.max(0, ...needByDay);
  const windowSum = (from: number, length: number) => needByDay.slice(from, from + length).reduce((a, b) => a + b, 0);
  const runWindow = rules.maxConsecutiveDays + 1;
  for (let d = 0; d + runWindow <= needByDay.length; d++) hires = Math.max(hires, Math.ceil(windowSum(d, runWindow) / rules.maxConsecutiveDays));
  const shiftsPerWeek = Math.max(1, Math.floor(rules.maxRollingHours / durationHours));
  for (let d = 0; d + 7 <= needByDay.length; d++) hires = Math.max(hires, Math.ceil(windowSum(d, 7) / shiftsPerWeek));
  return hires;
}

/**
 * N more agents on template T for queue Q: an interval-coverage integer model (totally unimodular,
 * so it solves as fast as an LP) over the shortfall alone, with unlimited hires; the shifts it asks for
 * are then turned into people who can legally work them (`hiresForDailyNeed`).
 */
export function agentSuggestions(shortfall: ShortfallRow[], ctx: RuleContext): ClosingSuggestion[] {
  const residual = new Float64Array(ctx.frame.horizonHours * QUEUE_CODES.length);
  // Whole agents: a temp on duty leaves a fractional gap, and fractional right-hand sides break the interval model's integrality (deep branch and bound).
  for (const r of shortfall) residual[cell(hourIndex(ctx.frame, instantOf(r.hourStart, ctx.frame.timeZone) ?? 0), r.queue)] = Math.ceil(r.required - r.scheduled - 1e-9);
  const out: ClosingSuggestion[] = [];
  for (const queue of QUEUE_CODES) {
    const columns = hireColumns(queue, residual, ctx);
    if (columns.length === 0) continue;
    const solution = solveLp(buildCoverageModel({ columns, residual, capacity: [], shortfallPenalty: ctx.rules.shortfallPenalty, integer: true }));
    const byTemplate = new Map<string, { needByDay: number[]; hours: number }>();
    for (const c of columns) {
      const n = Math.round(solution.values.get(c.id) ?? 0);
      if (n <= 0) continue;
      const entry = byTemplate.get(c.template.code) ?? { needByDay: new Array<number>(ctx.frame.days).fill(0), hours: c.template.durationHours };
      entry.needByDay[c.day] += n;
      byTemplate.set(c.template.code, entry);
    }
    for (const [template, { needByDay, hours }] of byTemplate) {
      const extra = hiresForDailyNeed(needByDay, hours, ctx.rules);
      const dates = ctx.frame.dates.filter((_, d) => needByDay[d] > 0);
      const message = `${extra} more ${queue} agent(s) on template ${template} on ${dates.join(', ')} (busiest day ${Math.max(...needByDay)}, within the ${ctx.rules.maxConsecutiveDays}-day run and ${ctx.rules.maxRollingHours} h weekly limits)`;
      out.push({ kind: 'agents', queue, template, extraAgents: extra, dates, message });
    }
  }
  return out;
}

/** The smallest candidate cap whose requirement the staff can cover (per `covers`, monotone in the cap), by binary search; says so when none does. */
export function capSuggestion(candidates: number[], covers: (cap: number) => boolean): ClosingSuggestion {
  const caps = [...candidates].sort((a, b) => a - b);
  let lo = 0;
  let hi = caps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (covers(caps[mid])) hi = mid;
    else lo = mid + 1;
  }
  if (lo === caps.length) return { kind: 'cap', message: `no per-agent cap up to ${caps.at(-1)} lets the current staff cover every hour` };
  return { kind: 'cap', cap: caps[lo], message: `a per-agent cap of ${caps[lo]} concurrent chats would let the current staff cover every hour (LP estimate)` };
}

