/** Writes a roster's calendars and spreadsheets into a folder, for the plan CLI's --out. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildCalendar } from '../../shared/calendar/buildCalendar.ts';
import { calendarShifts, feedName, feedShowsAgentName, type FeedScope } from '../../shared/calendar/feeds.ts';
import type { CalendarShift } from '../../shared/calendar/types.ts';
import { rosterCsv } from '../../shared/export/rosterCsv.ts';
import { EVENT_TIME_ZONE, type QueueCode } from '../../shared/types.ts';
import { shiftUid } from '../db/repositories/rosters.ts';
import { fileNamePart } from './fileNames.ts';
import { rosterWorkbook, type RosterWorkbookInput } from './rosterWorkbook.ts';
import { vtimezoneComponent } from './vtimezone.ts';

export interface CalendarFilesInput extends RosterWorkbookInput {
  /** Calendar titles start with it, e.g. "Double 11 2026". */
  eventName: string;
  /** When the roster was made (ISO 8601): every DTSTAMP and the workbook date. */
  publishedAt: string;
  /** Concurrent-chat cap per queue, shown in each shift's description. */
  caps?: Partial<Record<QueueCode, number>>;
}

interface Feed {
  file: string;
  name: string;
  shifts: CalendarShift[];
  showAgentName: boolean;
}

function groupBy(shifts: CalendarShift[], key: (s: CalendarShift) => string | undefined): Map<string, CalendarShift[]> {
  const groups = new Map<string, CalendarShift[]>();
  for (const shift of shifts) {
    const k = key(shift);
    if (k === undefined) continue;
    const list = groups.get(k) ?? [];
    list.push(shift);
    groups.set(k, list);
  }
  return groups;
}

/** One feed per agent (temporary staff included) and per team; shifts grouped once, not filtered per feed. */
function feeds(input: CalendarFilesInput, shifts: CalendarShift[]): Feed[] {
  const byAgent = groupBy(shifts, (s) => s.agentId);
  const byTeam = groupBy(shifts, (s) => s.team);
  const names = new Map(input.agents.map((a) => [a.id, a.name]));
  const agentIds = [...new Set([...input.agents.map((a) => a.id), ...byAgent.keys()])];
  const teams = [...new Set(input.agents.map((a) => a.team))];
  const feed = (file: string, scope: FeedScope, list: CalendarShift[] | undefined, agentName?: string): Feed => ({
    file,
    name: feedName(scope, input.eventName, agentName),
    shifts: list ?? [],
    showAgentName: feedShowsAgentName(scope),
  });
  return [
    ...agentIds.map((agentId) => feed(`agent-${fileNamePart(agentId)}.ics`, { kind: 'agent', agentId }, byAgent.get(agentId), names.get(agentId))),
    ...teams.map((team) => feed(`team-${fileNamePart(team)}.ics`, { kind: 'team', team }, byTeam.get(team))),
  ];
}

/**
 * Writes calendars/agent-<id>.ics for every agent, calendars/team-<team>.ics for every team, roster.xlsx and
 * roster.csv into `dir`; returns the paths written. Shifts get the identity storage gives them (agent +
 * calendar day) at SEQUENCE 0, so the files match what the first publish of this roster would serve.
 */
export async function writeCalendarFiles(dir: string, input: CalendarFilesInput): Promise<string[]> {
  const timeZone = input.timeZone ?? EVENT_TIME_ZONE;
  const published = input.assignments.map((a) => ({ ...a, uid: shiftUid(a.agentId, a.start, timeZone), sequence: 0, status: 'confirmed' as const }));
  const shifts = calendarShifts(published, input.agents, input.caps);
  const options = { publishedAt: input.publishedAt, vtimezone: vtimezoneComponent(timeZone), timeZone };
  await mkdir(join(dir, 'calendars'), { recursive: true });
  const written: string[] = [];
  const write = async (path: string, data: string | Buffer) => {
    await writeFile(path, data);
    written.push(path);
  };
  for (const feed of feeds(input, shifts)) {
    const text = buildCalendar({ name: feed.name, shifts: feed.shifts, templates: input.templates }, { ...options, showAgentName: feed.showAgentName });
    await write(join(dir, 'calendars', feed.file), text);
  }
  await write(join(dir, 'roster.xlsx'), await rosterWorkbook({ ...input, generatedAt: input.generatedAt ?? input.publishedAt }));
  await write(join(dir, 'roster.csv'), rosterCsv(input, { timeZone }));
  return written;
}
