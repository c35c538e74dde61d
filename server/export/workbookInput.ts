/** What the roster workbook is built from, and the small helpers its sheets share. */
import type { Fill } from 'exceljs';
import type { ExhaustedLever, PlanCost } from '../../shared/levers/plan.ts';
import type { Agent, Assignment, Reassignment, RequirementRow, ShiftTemplate } from '../../shared/types.ts';

export interface RosterWorkbookInput {
  agents: readonly Pick<Agent, 'id' | 'name' | 'team' | 'primaryQueue' | 'contract'>[];
  assignments: readonly Assignment[];
  templates: readonly ShiftTemplate[];
  /** Hourly requirement; the coverage sheet compares it with the agents on duty. */
  requirement: readonly Pick<RequirementRow, 'hourStart' | 'queue' | 'requiredAgents'>[];
  reassignments: readonly Reassignment[];
  /** Defaults to EVENT_TIME_ZONE. */
  timeZone?: string;
  /** Stored as the file's created/modified date (ISO 8601); without it the same roster would give different files. */
  generatedAt?: string;
  /** The roster's cost in CNY; adds the 成本 Cost sheet when set. */
  cost?: PlanCost;
  /** Levers used up where a gap remains; listed on the cost sheet with what one more unit would buy. */
  exhausted?: readonly ExhaustedLever[];
}

// Light fills that keep black text readable, one per template in the order the rules list them.
const PALETTE = ['FFFFF2CC', 'FFFCE4D6', 'FFD9E1F2', 'FFE2EFDA', 'FFEADCF8', 'FFDDEBF7', 'FFFFE699', 'FFF8CBAD'];
export const SHORTFALL_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };

/** A solid fill per template code, stable for a given template list. */
export function templateFills(templates: readonly ShiftTemplate[]): Map<string, Fill> {
  return new Map(templates.map((t, i) => [t.code, { type: 'pattern', pattern: 'solid', fgColor: { argb: PALETTE[i % PALETTE.length] } }]));
}
