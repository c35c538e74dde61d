/** The list of agents' calendar links a supervisor sends out, as CSV for Excel (UTF-8 with BOM, formulas defused). */
import Papa from 'papaparse';
import { FORMULA_LEADING } from './formulaCells.ts';

const BOM = '\uFEFF';
const FIELDS = ['agent_id', 'name', 'team', 'calendar_link'];

/** One row per agent in the order given; a name that looks like a formula gets a leading ' (OWASP). */
export function feedListCsv(rows: readonly { agentId: string; name: string; team: string; link: string }[]): string {
  const text = Papa.unparse({ fields: FIELDS, data: rows.map((r) => [r.agentId, r.name, r.team, r.link]) }, { escapeFormulae: FORMULA_LEADING, newline: '\r\n' });
  return BOM + (text.endsWith('\r\n') ? text : `${text}\r\n`);
}
