/**
 * Who of the team works on each day, read off a roster's assignments: on the event's days the supervisor signs a
 * plan knowing how many of their own agents are on duty beside the temps, and why the others are home. An agent off
 * whose ISO week already holds the legal hours (40, part-time 24) would work a sixth day as overtime at the day's
 * rate, which is what a plan priced in money weighs against a temp.
 */
import { HOUR_MS, parseInstant, zonedDate } from '../time.ts';
import { EVENT_TIME_ZONE, type Agent, type Assignment } from '../types.ts';
import { LEGAL_FIGURES } from './legalFigures.ts';
import { addDays, isoWeek } from './periods.ts';

/** One date's team: agents working, agents off, and of those off the ones whose week already holds the legal hours. */
export interface TeamDay {
  /** yyyy-MM-dd, event zone. */
  date: string;
  working: number;
  off: number;
  offWeekFull: number;
}

/** The dates (yyyy-MM-dd, event zone) a window [start, end) touches: 11-10 08:00 to 11-12 02:00 is 11-10, 11-11 and 11-12. */
export function windowDates(start: string, end: string, timeZone: string = EVENT_TIME_ZONE): string[] {
  const last = zonedDate((parseInstant(end, timeZone) as number) - 1, timeZone);
  const out: string[] = [];
  for (let date = zonedDate(parseInstant(start, timeZone) as number, timeZone); date <= last; date = addDays(date, 1)) out.push(date);
  return out;
}

/** The legal hours of a week for an agent's contract. */
function legalWeekHours(contract: Agent['contract']): number {
  return contract === 'part_time' ? LEGAL_FIGURES.partTimeWeekHours : LEGAL_FIGURES.weekHours;
}

/** Per date: how many of `agents` work a shift starting that day, how many are off, and how many of those are off with their week's legal hours worked. */
export function teamOnDuty(
  assignments: readonly Pick<Assignment, 'agentId' | 'start' | 'end'>[],
  agents: readonly Pick<Agent, 'id' | 'contract'>[],
  dates: readonly string[],
  timeZone: string = EVENT_TIME_ZONE,
): TeamDay[] {
  const team = new Set(agents.map((a) => a.id));
  const workingOn = new Map<string, Set<string>>();
  const weekHours = new Map<string, number>();
  for (const a of assignments) {
    if (!team.has(a.agentId)) continue;
    const start = parseInstant(a.start, timeZone) as number;
    const date = zonedDate(start, timeZone);
    workingOn.set(date, (workingOn.get(date) ?? new Set()).add(a.agentId));
    const key = `${a.agentId}|${isoWeek(date)}`;
    weekHours.set(key, (weekHours.get(key) ?? 0) + ((parseInstant(a.end, timeZone) as number) - start) / HOUR_MS);
  }
  return dates.map((date) => {
    const working = workingOn.get(date) ?? new Set<string>();
    const off = agents.filter((a) => !working.has(a.id));
    const offWeekFull = off.filter((a) => (weekHours.get(`${a.id}|${isoWeek(date)}`) ?? 0) >= legalWeekHours(a.contract)).length;
    return { date, working: agents.length - off.length, off: off.length, offWeekFull };
  });
}
