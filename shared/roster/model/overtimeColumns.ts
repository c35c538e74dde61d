/**
 * Overtime as extension columns of the aggregate model (issue 15, lever 2): "k more hours at the end of one
 * shift of column c", k = 1..maxHoursPerDay, within the event's day ceiling. Only shifts of at least the
 * standard day are extended, so every extension hour is overtime the law counts on that day and its price
 * (wage x pay rate of the day: 150 / 200 / 300 %) is exact. A link row keeps the extensions of a column at
 * most its shifts; a pool-month row keeps the extension hours at most maxHoursPerMonth x headcount (a
 * relaxation of the per-agent ceiling the rule functions hold in the named stage).
 */
import { overtimePayRate } from '../../labour/dayKind.ts';
import { LEGAL_FIGURES } from '../../labour/legalFigures.ts';
import type { Levers } from '../../levers/schema.ts';
import { parseInstant, HOUR_MS } from '../../time.ts';
import type { Contract } from '../../types.ts';
import type { RosterRules } from '../rulesSchema.ts';
import type { RosterFrame } from '../types.ts';
import type { ShiftColumn } from './columns.ts';

export interface ExtensionColumn {
  id: string;
  base: ShiftColumn;
  hours: number;
  /** Horizon hours [from, to) the extension covers: right after its base shift. */
  from: number;
  to: number;
  costCny: number;
  /** yyyy-MM of the base shift's date: the month whose ceiling the hours count against. */
  month: string;
}

/** Whether a template's shifts may be extended: only those of at least the standard day, whose every extra hour is overtime. */
export function extendable(durationHours: number): boolean {
  return durationHours >= LEGAL_FIGURES.dayHours;
}

/** The horizon hours [from, to) inside which an extension must lie: the lever's window, else the event window. */
export function overtimeWindow(lever: NonNullable<Levers['overtime']>, rules: Pick<RosterRules, 'eventWindow'>, frame: RosterFrame): [number, number] {
  const window = lever.window ?? rules.eventWindow;
  const at = (text: string) => ((parseInstant(text, frame.timeZone) as number) - frame.horizonStartMs) / HOUR_MS;
  return [Math.max(0, at(window.start)), Math.min(frame.horizonHours, at(window.end))];
}

/** Every extension the lever allows of the full-time columns whose shifts end inside its window. */
export function extensionColumns(columns: ShiftColumn[], levers: Levers, rules: RosterRules, frame: RosterFrame, wages: Record<Contract, number>): ExtensionColumn[] {
  const lever = levers.overtime;
  if (!lever) return [];
  const [start, end] = overtimeWindow(lever, rules, frame);
  const out: ExtensionColumn[] = [];
  for (const base of columns) {
    if (base.pool.contract !== 'full_time' || !extendable(base.template.durationHours) || base.to !== base.from + base.hours) continue;
    const date = frame.dates[base.day];
    const rate = overtimePayRate(date);
    for (let k = 1; k <= lever.maxHoursPerDay && base.template.durationHours + k <= rules.workingTime.maxDayHours; k++) {
      if (base.to < start || base.to + k > end) continue;
      out.push({ id: `o${out.length}`, base, hours: k, from: base.to, to: base.to + k, costCny: k * wages[base.pool.contract] * rate, month: date.slice(0, 7) });
    }
  }
  return out;
}

/** The link row of a base column: its extensions never outnumber its shifts. */
export function extensionLinkRowId(base: Pick<ShiftColumn, 'id'>): string {
  return `ol${base.id}`;
}

/** The pool-month row of an extension: its hours within maxHoursPerMonth x the pool's headcount. */
export function extensionMonthRowId(column: ExtensionColumn): string {
  // Names stay plain identifiers, so the same model can be written as CPLEX LP for HiGHS.
  return `om${column.base.pool.key.replace(/[^A-Za-z0-9_]/g, '_')}_${column.month.replace('-', '')}`;
}
