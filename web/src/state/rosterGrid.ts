// What the roster grid shows, derived from the API's roster, agents and templates; no fetching here.
import { BOOKED_TEMPLATE_NAMES, bookedKindOf, placeholderNumber } from '../../../shared/roster/bookedStaff.ts';
import { isPeakTemplate, peakTemplateNames } from '../../../shared/roster/peakTemplates.ts';
import type { QueueCode } from '../../../shared/types.ts';
import type { AgentRecord, EventInfo, RosterDetail } from '../api.ts';
import type { GridDay, RosterRow, RosterShift, TemplateStyle } from '../components/RosterGrid.tsx';
import { HOUR_MS, hourOfDay } from '../../../shared/time.ts';
import { zonedDay } from '../i18n/format.ts';

// Light, distinct colours for day shifts; a night shift is dark, so it never reads as a light day shift.
const PALETTE = ['#93c5fd', '#fcd34d', '#86efac', '#f9a8d4', '#fdba74', '#5eead4', '#c4b5fd', '#fca5a5'];
const NIGHT = '#312e81';
const DAY_MS = 86_400_000;

/** Dark text on light colours, white on dark ones (relative luminance of the sRGB hex). */
function inkFor(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.45 ? '#ffffff' : '#1f2937';
}

/** Whether a template works within the night band [from, to) of the roster rules (0-6 by default). */
function worksAtNight(tpl: { startHour: number; durationHours: number }, night: { from: number; to: number }): boolean {
  for (let h = tpl.startHour; h < tpl.startHour + tpl.durationHours; h++) if (h % 24 >= night.from && h % 24 < night.to) return true;
  return false;
}

/** A colour per template: night templates dark, the others from the palette in order; templates only for part-time contracts are striped. */
export function templateStyles(
  templates: readonly TemplateShape[],
  night: { from: number; to: number } = { from: 0, to: 6 },
): Map<string, TemplateStyle> {
  let next = 0;
  return new Map(
    templates.map((tpl) => {
      const colour = worksAtNight(tpl, night) ? NIGHT : PALETTE[next++ % PALETTE.length];
      const striped = !!tpl.contracts && tpl.contracts.length > 0 && tpl.contracts.every((c) => c === 'part_time');
      return [tpl.code, { code: tpl.code, nameZh: tpl.nameZh, nameEn: tpl.nameEn, colour, ink: inkFor(colour), striped }];
    }),
  );
}

/** The horizon's days, each marked when any of it falls in the event window. */
export function horizonDays(event: EventInfo): GridDay[] {
  const start = Date.parse(event.horizonStart);
  const count = Math.round((Date.parse(event.horizonEnd) - start) / DAY_MS);
  const [windowStart, windowEnd] = [Date.parse(event.windowStart), Date.parse(event.windowEnd)];
  return Array.from({ length: count }, (_, d) => {
    const from = start + d * DAY_MS;
    return { iso: new Date(from + 12 * 3_600_000).toISOString(), date: zonedDay(new Date(from + 12 * 3_600_000).toISOString()), inWindow: from < windowEnd && from + DAY_MS > windowStart };
  });
}

/**
 * A booked temp or borrowed agent (TEMP-001, BORROWED-001: one shift each) as a row of its own, so the supervisor
 * can hand the list to the agency; it has no staff record, so it is described by its one shift's queue.
 */
function placeholderAgent(id: string, shift: RosterShift): AgentRecord {
  return { id, dbId: 0, active: true, name: '', primaryQueue: shift.queue, crossTrainedFor: [], contract: 'part_time', team: '', unavailable: [] };
}

/** One row per agent with its confirmed shifts by day, then one per booked placeholder (agent ids not on the staff list). */
export function rosterRows(roster: RosterDetail | null | undefined, agents: readonly AgentRecord[]): RosterRow[] {
  const byAgent = new Map<string, Map<string, RosterShift>>();
  for (const a of roster?.assignments ?? []) {
    if (a.status !== 'confirmed') continue;
    let shifts = byAgent.get(a.agentId);
    if (!shifts) byAgent.set(a.agentId, (shifts = new Map()));
    shifts.set(zonedDay(a.start), a);
  }
  const staff = new Set(agents.map((a) => a.id));
  const placeholders = [...byAgent.keys()].filter((id) => !staff.has(id)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return [
    ...agents.map((agent) => ({ agent, shifts: byAgent.get(agent.id) ?? new Map() })),
    ...placeholders.map((id) => {
      const shifts = byAgent.get(id)!;
      return { agent: placeholderAgent(id, [...shifts.values()][0]), shifts };
    }),
  ];
}

/** How many roster rows are the team's own agents and how many are booked placeholders, per lever. */
export interface RosterRowCounts {
  agents: number;
  temps: number;
  borrowed: number;
}

/**
 * The rows counted as the supervisor reads them: "agents" is the team, never the temps and borrowed staff booked
 * alongside it (TEMP-001, BORROWED-001, ...), which can outnumber it.
 */
export function rosterRowCounts(rows: readonly RosterRow[]): RosterRowCounts {
  const counts: RosterRowCounts = { agents: 0, temps: 0, borrowed: 0 };
  for (const { agent } of rows) {
    if (placeholderNumber('temps', agent.id) > 0) counts.temps++;
    else if (placeholderNumber('borrowed', agent.id) > 0) counts.borrowed++;
    else counts.agents++;
  }
  return counts;
}

/** What the grid needs of a template. */
export interface TemplateShape {
  code: string;
  nameZh: string;
  nameEn: string;
  startHour: number;
  durationHours: number;
  contracts?: string[] | null;
}

/**
 * The event's templates and, after them, every template code the roster uses that the event does not define:
 * peak shifts (P20-6: 20:00 for 6 h, named by their hours) and booked staff (TEMP, BORROWED, named by their
 * lever), their hours read off a shift (without its overtime).
 */
function extraTemplateNames(code: string, startHour: number, durationHours: number): { nameZh: string; nameEn: string } {
  const booked = bookedKindOf({ template: code });
  if (booked) return BOOKED_TEMPLATE_NAMES[booked];
  return isPeakTemplate({ code }) ? peakTemplateNames(startHour, durationHours) : { nameZh: '', nameEn: '' };
}

export function rosterTemplates(templates: readonly TemplateShape[], roster: RosterDetail | null | undefined): TemplateShape[] {
  const known = new Set(templates.map((t) => t.code));
  const extra = new Map<string, TemplateShape>();
  for (const a of roster?.assignments ?? []) {
    if (known.has(a.template) || extra.has(a.template)) continue;
    const durationHours = Math.round((Date.parse(a.end) - Date.parse(a.start)) / HOUR_MS) - (a.overtimeHours ?? 0);
    const startHour = hourOfDay(Date.parse(a.start));
    extra.set(a.template, { code: a.template, ...extraTemplateNames(a.template, startHour, durationHours), startHour, durationHours });
  }
  return [...templates, ...[...extra.values()].sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }))];
}

export interface RosterFilter {
  team: string;
  queue: QueueCode | '';
  template: string;
}

/** The rows a filter keeps: by team, by queue served (own or helped) and by template worked; '' keeps all. */
export function filterRows(rows: readonly RosterRow[], filter: RosterFilter): RosterRow[] {
  return rows.filter((row) => {
    if (filter.team && row.agent.team !== filter.team) return false;
    const shifts = [...row.shifts.values()];
    if (filter.queue && row.agent.primaryQueue !== filter.queue && !shifts.some((s) => s.queue === filter.queue)) return false;
    if (filter.template && !shifts.some((s) => s.template === filter.template)) return false;
    return true;
  });
}
