/**
 * Every agent-day, week, month and run of days beyond China's legal working-time figures, with its
 * overtime hours and pay rate, so the supervisor signs a roster off knowingly. The event's own ceilings
 * (rules.workingTime) are what the engine holds; these rows are always against the law's figures.
 */
import { DomainError } from '../errors.ts';
import { HOUR_MS, parseInstant, zonedDate } from '../time.ts';
import { EVENT_TIME_ZONE, type Agent, type Assignment } from '../types.ts';
import { LEGAL_FIGURES } from './legalFigures.ts';
import type { LegalExcessKind } from './legalExcessKinds.ts';
import { dayOvertime, monthlyOvertime, type DayOvertime, type WorkDay } from './overtimeHours.ts';
import { addDays } from './periods.ts';

export type { LegalExcessKind } from './legalExcessKinds.ts';

/** One period of one agent beyond a legal figure. */
export interface LegalExcessRow {
  agentId: string;
  kind: LegalExcessKind;
  /** First and last date of the period (yyyy-MM-dd, event zone): a day, an ISO week, a month, or a run without rest. */
  from: string;
  to: string;
  /** Hours worked in the period. */
  hours: number;
  /** The legal figure exceeded: hours, or days for noRestDay. */
  limit: number;
  /** Overtime hours in the period (see overtimeHours.ts for how they are counted). */
  overtimeHours: number;
  /** The highest rate any of those overtime hours is paid at, in percent (150, 200, 300); 0 without overtime. */
  payRatePercent: number;
  /** Hours of wage the overtime costs: each overtime hour times its rate. */
  overtimePayHours: number;
}

export interface LegalExcessOptions {
  /** Defaults to EVENT_TIME_ZONE. */
  timeZone?: string;
}

/** Overtime hours, highest rate and pay over some of an agent's days. */
function overtimeOf(days: readonly DayOvertime[]): Pick<LegalExcessRow, 'overtimeHours' | 'payRatePercent' | 'overtimePayHours'> {
  const paid = days.filter((d) => d.overtimeHours > 0);
  return {
    overtimeHours: paid.reduce((s, d) => s + d.overtimeHours, 0),
    payRatePercent: paid.reduce((m, d) => Math.max(m, Math.round(d.payRate * 100)), 0),
    overtimePayHours: paid.reduce((s, d) => s + d.overtimeHours * d.payRate, 0),
  };
}

function row(agentId: string, kind: LegalExcessKind, days: readonly DayOvertime[], limit: number, period?: { from: string; to: string }): LegalExcessRow {
  return {
    agentId,
    kind,
    from: period?.from ?? days[0].date,
    to: period?.to ?? days[days.length - 1].date,
    hours: days.reduce((s, d) => s + d.hours, 0),
    limit,
    ...overtimeOf(days),
  };
}

/** The most serious excess of one day: over the special overtime ceiling, the normal one, or the standard day. */
function dayExcessKind(day: DayOvertime): { kind: LegalExcessKind; limit: number } | null {
  const L = LEGAL_FIGURES;
  if (day.extensionHours > L.overtimeHoursPerDaySpecial) return { kind: 'dailyOvertimeSpecial', limit: L.dayHours + L.overtimeHoursPerDaySpecial };
  if (day.extensionHours > L.overtimeHoursPerDay) return { kind: 'dailyOvertime', limit: L.dayHours + L.overtimeHoursPerDay };
  if (day.extensionHours > 0) return { kind: 'dayHours', limit: L.dayHours };
  return null;
}

function dayRows(agentId: string, days: readonly DayOvertime[]): LegalExcessRow[] {
  const out: LegalExcessRow[] = [];
  for (const day of days) {
    const excess = dayExcessKind(day);
    if (excess) out.push(row(agentId, excess.kind, [day], excess.limit));
    if (day.kind === 'statutoryHoliday') out.push(row(agentId, 'holidayWork', [day], 0));
  }
  return out;
}

function groupBy<K>(days: readonly DayOvertime[], key: (d: DayOvertime) => K): DayOvertime[][] {
  const groups = new Map<K, DayOvertime[]>();
  for (const d of days) groups.set(key(d), [...(groups.get(key(d)) ?? []), d]);
  return [...groups.values()];
}

function weekRows(agentId: string, days: readonly DayOvertime[], partTime: boolean): LegalExcessRow[] {
  const L = LEGAL_FIGURES;
  const out: LegalExcessRow[] = [];
  for (const week of groupBy(days, (d) => d.week)) {
    const hours = week.reduce((s, d) => s + d.hours, 0);
    if (hours > L.weekHours) out.push(row(agentId, 'weekHours', week, L.weekHours));
    if (!partTime) continue;
    if (hours > L.partTimeWeekHours) out.push(row(agentId, 'partTimeWeek', week, L.partTimeWeekHours));
    if (hours / week.length > L.partTimeDayHours) out.push(row(agentId, 'partTimeDayAverage', week, L.partTimeDayHours));
  }
  return out;
}

function monthRows(agentId: string, days: readonly DayOvertime[]): LegalExcessRow[] {
  const perMonth = monthlyOvertime(days);
  return groupBy(days, (d) => d.month)
    .filter((month) => (perMonth.get(month[0].month) ?? 0) > LEGAL_FIGURES.overtimeHoursPerMonth)
    .map((month) => row(agentId, 'monthlyOvertime', month, LEGAL_FIGURES.overtimeHoursPerMonth));
}

/** Runs of at least restDayEvery consecutive dates with any work on them (a rest day is a calendar day without work). */
function noRestRows(agentId: string, days: readonly DayOvertime[], worked: ReadonlySet<string>): LegalExcessRow[] {
  const every = LEGAL_FIGURES.restDayEvery;
  const out: LegalExcessRow[] = [];
  for (const first of [...worked].sort()) {
    if (worked.has(addDays(first, -1))) continue;
    let last = first;
    while (worked.has(addDays(last, 1))) last = addDays(last, 1);
    const inRun = days.filter((d) => d.date >= first && d.date <= last);
    if (Date.parse(last) - Date.parse(first) >= (every - 1) * 86_400_000 && inRun.length > 0) out.push(row(agentId, 'noRestDay', inRun, every, { from: first, to: last }));
  }
  return out;
}

/** `f` remembered per argument: a roster has a few hundred distinct shift instants over thousands of shifts, and zone conversions are slow. */
function memo<A, R>(f: (a: A) => R): (a: A) => R {
  const seen = new Map<A, R>();
  return (a) => {
    if (!seen.has(a)) seen.set(a, f(a));
    return seen.get(a) as R;
  };
}

/** Each agent's work days (by the date a shift starts) and every date any of its shifts touches. */
function workOf(assignments: readonly Pick<Assignment, 'agentId' | 'start' | 'end'>[], timeZone: string): Map<string, { days: WorkDay[]; worked: Set<string> }> {
  const instant = memo((text: string) => parseInstant(text, timeZone));
  const dateAt = memo((ms: number) => zonedDate(ms, timeZone));
  const out = new Map<string, { days: WorkDay[]; worked: Set<string> }>();
  assignments.forEach((a, i) => {
    const start = instant(a.start);
    const end = instant(a.end);
    if (start === null || end === null || end <= start) {
      throw new DomainError('INVALID_INPUT', `assignment ${i} of ${a.agentId} has no valid start and end`, [{ field: `assignments[${i}].start`, message: `${a.start} .. ${a.end}` }]);
    }
    const work = out.get(a.agentId) ?? { days: [], worked: new Set<string>() };
    work.days.push({ date: dateAt(start), hours: (end - start) / HOUR_MS });
    const last = dateAt(end - 1);
    for (let date = dateAt(start); date <= last; date = addDays(date, 1)) work.worked.add(date);
    out.set(a.agentId, work);
  });
  return out;
}

const ORDER: Record<LegalExcessKind, number> = {
  noRestDay: 0,
  monthlyOvertime: 1,
  weekHours: 2,
  partTimeWeek: 3,
  partTimeDayAverage: 4,
  dailyOvertimeSpecial: 5,
  dailyOvertime: 6,
  dayHours: 7,
  holidayWork: 8,
};

/**
 * The shifts of the team's own agents. Booked temps and borrowed staff (TEMP-001, BORROWED-001, ...) are not on
 * the team's list: their hours are their agency's or department's to keep within the law, not this roster's.
 */
export function employedShifts<T extends Pick<Assignment, 'agentId'>>(assignments: readonly T[], agents: readonly Pick<Agent, 'id'>[]): T[] {
  const team = new Set(agents.map((a) => a.id));
  return assignments.filter((a) => team.has(a.agentId));
}

/** Every excess over the legal figures in a roster, by agent, then date, then kind. An agent not in `agents` is an error. */
export function legalExcess(
  assignments: readonly Pick<Assignment, 'agentId' | 'start' | 'end'>[],
  agents: readonly Pick<Agent, 'id' | 'contract'>[],
  options: LegalExcessOptions = {},
): LegalExcessRow[] {
  const contracts = new Map(agents.map((a) => [a.id, a.contract]));
  const out: LegalExcessRow[] = [];
  for (const [agentId, work] of workOf(assignments, options.timeZone ?? EVENT_TIME_ZONE)) {
    const contract = contracts.get(agentId);
    if (!contract) throw new DomainError('INVALID_INPUT', `assignment for unknown agent ${agentId}`, [{ field: 'assignments.agentId', message: agentId }]);
    const days = dayOvertime(work.days);
    out.push(...dayRows(agentId, days), ...weekRows(agentId, days, contract === 'part_time'), ...monthRows(agentId, days), ...noRestRows(agentId, days, work.worked));
  }
  return out.sort((a, b) => a.agentId.localeCompare(b.agentId) || a.from.localeCompare(b.from) || ORDER[a.kind] - ORDER[b.kind]);
}
