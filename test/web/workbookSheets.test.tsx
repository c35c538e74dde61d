// @vitest-environment happy-dom
// The exports page names the workbook's sheets from the list the workbook itself names them from; a workbook with every sheet proves the two agree.
import { cleanup, render } from '@solidjs/testing-library';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { rosterWorkbook } from '../../server/export/rosterWorkbook.ts';
import { ROSTER_SHEET_NAMES, ROSTER_SHEETS } from '../../shared/export/rosterSheets.ts';
import { DEFAULT_TEMPLATES } from '../../shared/roster/rulesSchema.ts';
import type { Assignment } from '../../shared/types.ts';
import { setLocale } from '../../web/src/i18n/i18n.ts';
import { WorkbookSheets } from '../../web/src/pages/exports/WorkbookSheets.tsx';

const shift = (agentId: string, template: string, extra: Partial<Assignment> = {}): Assignment => ({
  agentId,
  queue: 'pre_sale',
  template,
  start: '2026-11-10T08:00:00+08:00',
  end: '2026-11-10T16:00:00+08:00',
  ...extra,
});

/** A roster that pulls every lever and is priced, so the workbook writes every sheet it can. */
async function sheetsOfAFullWorkbook(): Promise<string[]> {
  const buffer = await rosterWorkbook({
    agents: [{ id: 'A001', name: '张三', team: 'T01', primaryQueue: 'pre_sale', contract: 'full_time' }],
    assignments: [shift('A001', 'E', { end: '2026-11-10T18:00:00+08:00', overtimeHours: 2 }), shift('TEMP-001', 'TEMP'), shift('BORROWED-001', 'BORROWED')],
    templates: DEFAULT_TEMPLATES,
    requirement: [{ hourStart: '2026-11-10T08:00:00+08:00', queue: 'pre_sale', requiredAgents: 3 }],
    reassignments: [],
    generatedAt: '2026-11-09T18:00:00+08:00',
    cost: { wagesCny: 1000, overtimeCny: 150, tempsCny: 240, borrowedCny: 200, lostGmvCny: 0, totalCny: 1590 },
  });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook.worksheets.map((s) => s.name);
}

describe('the workbook sheets on the exports page', () => {
  afterEach(cleanup);

  it('are every sheet the workbook writes, in its order', async () => {
    const written = await sheetsOfAFullWorkbook();
    expect(written).toEqual(ROSTER_SHEETS.map((sheet) => ROSTER_SHEET_NAMES[sheet]));
    setLocale('en');
    const page = render(() => <WorkbookSheets />);
    expect(page.getAllByTestId('workbook-sheet-name').map((name) => name.textContent)).toEqual(written);
  });

  it('say what each sheet holds in both languages, the levers and cost sheets only when there are any', () => {
    for (const [locale, levers, cost] of [['en', 'Only when the plan pulls levers', 'Only when the roster is priced'], ['zh-CN', '仅在方案使用调配手段时', '仅在排班已计价时']] as const) {
      setLocale(locale);
      const page = render(() => <WorkbookSheets />);
      const items = page.getAllByTestId('workbook-sheet').map((item) => item.textContent ?? '');
      expect(items).toHaveLength(ROSTER_SHEETS.length);
      // Each sheet has its own description, none left empty.
      expect(new Set(items.map((item) => item.split(' — ')[1])).size).toBe(ROSTER_SHEETS.length);
      expect(items[ROSTER_SHEETS.indexOf('levers')]).toContain(levers);
      expect(items[ROSTER_SHEETS.indexOf('cost')]).toContain(cost);
      cleanup();
    }
    setLocale('en');
  });
});
