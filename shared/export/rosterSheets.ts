/**
 * The roster workbook's sheets by what they hold, in the order the workbook writes them. The server names each
 * sheet from here and the exports page lists them from here, so the page cannot describe a sheet the file lacks.
 */
export const ROSTER_SHEET_NAMES = {
  schedule: '排班表',
  coverage: '覆盖 Coverage',
  reassignments: '调岗 Reassignments',
  workingTime: '工时 Working time',
  /** Only when the plan pulls a lever: temps, borrowed staff, peak shifts or overtime. */
  levers: '调配 Levers',
  /** Only when the roster is priced. */
  cost: '成本 Cost',
} as const;

export type RosterSheet = keyof typeof ROSTER_SHEET_NAMES;

/** Every sheet the workbook can hold, in its order. */
export const ROSTER_SHEETS = Object.keys(ROSTER_SHEET_NAMES) as RosterSheet[];
