/** Writes a roster's calendars and spreadsheets into a folder, for the plan CLI's --out. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildCalendar } from '../../shared/calendar/buildCalendar.ts';
import { calendarShifts, feedName, feedShowsAgentName, shiftsInScope, type FeedScope } from '../../shared/calendar/feeds.ts';
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
  scope: FeedScope;
  name: string;
}

function feeds(input: CalendarFilesInput, shifts: CalendarShift[]): Feed[] {
  const agentIds = [...new Set([...input.agents.map((a) => a.id), ...shifts.map((s) => s.agentId)])];
  const names = new Map(input.agents.map((a) => [a.id, a.name]));
  const teams = [...new Set(input.agents.map((a) => a.team))];
  return [
    ...agentIds.map((agentId) => ({ file: `agent-${fileNamePart(agentId)}.ics`, scope: { kind: 'agent', agentId } as const, name: feedName({ kind: 'agent', agentId }, input.eventName, names.get(agentId)) })),
    ...teams.map((team) => ({ file: `team-${fileNamePart(team)}.ics`, scope: { kind: 'team', team } as const, name: feedName({ kind: 'team', team }, input.eventName) })),
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
    const text = buildCalendar({ name: feed.name, shifts: shiftsInScope(shifts, feed.scope), templates: input.templates }, { ...options, showAgentName: feedShowsAgentName(feed.scope) });
    await write(join(dir, 'calendars', feed.file), text);
  }
  await write(join(dir, 'roster.xlsx'), await rosterWorkbook({ ...input, generatedAt: input.generatedAt ?? input.publishedAt }));
  await write(join(dir, 'roster.csv'), rosterCsv(input, { timeZone }));
  return written;
}
