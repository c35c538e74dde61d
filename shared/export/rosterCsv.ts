/** The roster as CSV for Excel: one row per shift, UTF-8 with BOM, formula-looking text defused. */
import Papa from 'papaparse';
import { isoAt } from '../roster/instants.ts';
import { EVENT_TIME_ZONE, type Agent, type Assignment, type ShiftTemplate } from '../types.ts';
import { FORMULA_LEADING } from './formulaCells.ts';

export interface RosterCsvInput {
  agents: readonly Pick<Agent, 'id' | 'name' | 'team'>[];
  assignments: readonly Assignment[];
  templates: readonly ShiftTemplate[];
}

// Excel in China reads a CSV without a BOM as GBK (PITFALLS.md): the BOM makes it read UTF-8.
const BOM = '\uFEFF';
const FIELDS = ['agent_id', 'name', 'team', 'queue', 'template', 'shift', 'start', 'end', 'hours', 'reassigned_from'];

/** CSV of all shifts ordered by start then agent, times in the event zone; cells that would run as formulas get a leading ' (OWASP). */
export function rosterCsv(input: RosterCsvInput, options: { timeZone?: string } = {}): string {
  const timeZone = options.timeZone ?? EVENT_TIME_ZONE;
  const agents = new Map(input.agents.map((a) => [a.id, a]));
  const templates = new Map(input.templates.map((t) => [t.code, t]));
  const rows = [...input.assignments]
    .map((a) => ({ a, startMs: Date.parse(a.start), endMs: Date.parse(a.end) }))
    .sort((x, y) => x.startMs - y.startMs || (x.a.agentId < y.a.agentId ? -1 : x.a.agentId > y.a.agentId ? 1 : 0))
    .map(({ a, startMs, endMs }) => {
      const template = templates.get(a.template);
      return [
        a.agentId,
        agents.get(a.agentId)?.name ?? '',
        agents.get(a.agentId)?.team ?? '',
        a.queue,
        a.template,
        template ? `${template.nameZh} ${template.nameEn}` : '',
        isoAt(startMs, timeZone),
        isoAt(endMs, timeZone),
        (endMs - startMs) / 3_600_000,
        a.reassignedFrom ?? '',
      ];
    });
  const text = Papa.unparse({ fields: FIELDS, data: rows }, { escapeFormulae: FORMULA_LEADING, newline: '\r\n' });
  // papaparse ends the header-only case with a line break and the others without: end every file with one.
  return BOM + (text.endsWith('\r\n') ? text : `${text}\r\n`);
}
