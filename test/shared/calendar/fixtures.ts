import { readFileSync } from 'node:fs';
import { parseAgentsCsv } from '../../../shared/agents/parseAgentsCsv.ts';
import type { CalendarShift } from '../../../shared/calendar/types.ts';
import { DEFAULT_TEMPLATES } from '../../../shared/roster/rulesSchema.ts';
import { SHANGHAI_VTIMEZONE } from './icsReader.ts';

export const templates = DEFAULT_TEMPLATES;
export const options = { publishedAt: '2026-11-09T18:30:00+08:00', vtimezone: SHANGHAI_VTIMEZONE };
export const demoAgents = parseAgentsCsv(readFileSync('server/demo/agents.csv', 'utf8'));
export const hostile = demoAgents.filter((a) => a.id === 'A151' || a.id === 'A152');

/** An early shift (08:00-16:00 +08:00) of one agent on 2026-11-<day>. */
export function earlyShift(agentId: string, agentName: string, day: number, extra: Partial<CalendarShift> = {}): CalendarShift {
  const date = `2026-11-${String(day).padStart(2, '0')}`;
  return {
    id: `${agentId}/${date}`,
    agentId,
    agentName,
    queue: 'pre_sale',
    template: 'E',
    start: `${date}T08:00:00+08:00`,
    end: `${date}T16:00:00+08:00`,
    sequence: 0,
    status: 'confirmed',
    ...extra,
  };
}
