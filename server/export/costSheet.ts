/** Sheet 成本 Cost: the roster's cost in CNY part by part, and the assumptions it rests on. */
import type { Workbook, Worksheet } from 'exceljs';
import { DEFAULT_SALES, DEFAULT_WAGES_CNY_PER_HOUR } from '../../shared/levers/schema.ts';
import type { PlanCost } from '../../shared/levers/plan.ts';

const PARTS: [keyof PlanCost, string][] = [
  ['wagesCny', '工资 Wages'],
  ['overtimeCny', '加班费 Overtime pay'],
  ['tempsCny', '临时工 Temps'],
  ['borrowedCny', '借调 Borrowed staff'],
  ['lostGmvCny', '风险 GMV GMV at risk (lost sales)'],
  ['totalCny', '合计 Total'],
];

/** Adds the cost sheet; the note names the demo assumptions used unless the scenario's levers set money. */
export function addCostSheet(workbook: Workbook, cost: PlanCost): Worksheet {
  const sheet = workbook.addWorksheet('成本 Cost');
  sheet.addRow(['项目 Item', '元 CNY']).font = { bold: true };
  for (const [key, label] of PARTS) {
    const row = sheet.addRow([label, Math.round(cost[key] * 100) / 100]);
    row.getCell(2).numFmt = '#,##0';
    if (key === 'totalCny') row.font = { bold: true };
  }
  sheet.addRow([]);
  sheet.addRow([
    `演示假设 Demo assumptions unless the scenario's levers set them: wages ${DEFAULT_WAGES_CNY_PER_HOUR.full_time} / ${DEFAULT_WAGES_CNY_PER_HOUR.part_time} CNY/h (full-time / part-time); ` +
      `pre-sale conversion ${DEFAULT_SALES.pre_sale.conversionRate * 100} %, order value ${DEFAULT_SALES.pre_sale.orderValueCny} CNY.`,
  ]);
  sheet.getColumn(1).width = 36;
  sheet.getColumn(2).width = 16;
  return sheet;
}
