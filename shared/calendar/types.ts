/** Input shapes of the calendar export: published shifts as a feed shows them. */
import type { QueueCode, ShiftTemplate } from '../types.ts';

export type CalendarShiftStatus = 'confirmed' | 'cancelled';

/** One published shift of one agent, with what a calendar needs to follow it across publishes. */
export interface CalendarShift {
  /** Stable id from storage (the assignment's shift uid: agent + calendar day); the VEVENT UID derives from it. */
  id: string;
  agentId: string;
  agentName: string;
  team?: string;
  queue: QueueCode;
  template: string;
  /** ISO 8601 with offset. */
  start: string;
  end: string;
  reassignedFrom?: QueueCode;
  /** RFC 5545 SEQUENCE: raised by each publish that changes this shift (see planPublication). */
  sequence: number;
  status: CalendarShiftStatus;
  /** The supervisor's note for this shift. */
  note?: string | null;
  /** Maximum concurrent chats per agent on this queue, when known. */
  cap?: number;
}

export interface CalendarInput {
  /** Shown by clients as the calendar's name, e.g. "Peak Roster · 张三". */
  name: string;
  shifts: readonly CalendarShift[];
  templates: readonly ShiftTemplate[];
}

export interface BuildCalendarOptions {
  /** DTSTAMP of every event: when this roster was published (ISO 8601). Never the build time, so the same roster gives the same bytes. */
  publishedAt: string;
  /** The VTIMEZONE component for timeZone (server: vtimezoneComponent()). Passed in so shared/ stays free of file I/O. */
  vtimezone: string;
  /** Defaults to EVENT_TIME_ZONE. */
  timeZone?: string;
  /** Prefix each SUMMARY with the agent's name: for team, queue and whole-event feeds. */
  showAgentName?: boolean;
  /** Only shifts overlapping [start, end) are written; a cancelled shift is sent only while it is inside this window. */
  window?: { start?: string; end?: string };
  /** Right-hand side of every UID; give each deployment or tenant its own so UIDs stay globally unique. Defaults to "peak-roster". */
  uidDomain?: string;
  /** Suggested refresh interval for subscribing clients (REFRESH-INTERVAL, X-PUBLISHED-TTL), in seconds. */
  refreshSeconds?: number;
}
