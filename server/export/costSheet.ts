/** Sheet 成本 Cost: the roster's cost in CNY part by part, the assumptions it rests on, and the levers that ran out. */
import type { Workbook, Worksheet } from 'exceljs';
import { ROSTER_SHEET_NAMES } from '../../shared/export/rosterSheets.ts';
import { DEFAULT_SALES, DEFAULT_WAGES_CNY_PER_HOUR } from '../../shared/levers/schema.ts';
import type { ExhaustedLever, PlanCost } from '../../shared/levers/plan.ts';
import { QUEUE_LABELS } from '../../shared/types.ts';
import { setText } from './textCell.ts';

const PARTS: [keyof PlanCost, string][] = [
  ['wagesCny', '工资 Wages'],
  ['overtimeCny', '加班费 Overtime pay'],
  ['tempsCny', '临时工 Temps'],
  ['borrowedCny', '借调 Borrowed staff'],
  ['lostGmvCny', '风险 GMV GMV at risk (lost sales)'],
  ['totalCny', '合计 Total'],
];

const LEVER_LABEL: Record<ExhaustedLever['lever'], string> = {
  temps: '临时工 Temps',
  borrowed: '借调 Borrowed staff',
  overtime: '加班 Overtime',
  peakShifts: '高峰班 Peak shifts',
  cap: '接待上限 Cap',
  staff: '团队 Team',
};

const UNIT_LABEL: Record<NonNullable<ExhaustedLever['oneMore']>['unit'], string> = {
  person: '多订一人 one more person booked',
  overtimeHour: '多加班一小时 one more overtime hour',
  peakShift: '多一人上高峰班 one more full-timer on a peak shift',
  agentHour: '每小时多一人在岗 one more agent on duty each hour',
};

const EXHAUSTED_HEADER = ['手段 Lever', '队列 Queue', '日期 Date', '缺人小时 Short hours', '原因 Binds', '再多一个 One more', '人时 Agent-hours', '挽回 GMV Lost GMV saved', '回到底线人时 Agent-hours back to the floor', '成本 Cost', '现金净省 Net cash CNY'];

/** Rows under the cost: each lever used up where a gap remains, and what one more unit of it would buy. */
function addExhaustedRows(sheet: Worksheet, exhausted: readonly ExhaustedLever[]): void {
  sheet.addRow([]);
  sheet.addRow(['用尽的手段 Levers that ran out']).font = { bold: true };
  sheet.addRow(EXHAUSTED_HEADER).font = { bold: true };
  for (const e of exhausted) {
    const unit = e.oneMore;
    const row = sheet.addRow([LEVER_LABEL[e.lever], '', '', e.hours.length, '', '', unit?.agentHours ?? 0, unit?.lostGmvCny ?? 0, unit?.floorAgentHours ?? 0, unit?.costCny ?? 0, unit ? Math.round(unit.lostGmvCny - unit.costCny) : 0]);
    setText(row.getCell(2), e.queue ? `${QUEUE_LABELS[e.queue].zh} ${QUEUE_LABELS[e.queue].en}` : '');
    setText(row.getCell(3), e.date ?? '');
    setText(row.getCell(5), e.causes.join(', '));
    setText(row.getCell(6), unit ? `${UNIT_LABEL[unit.unit]} ${unit.start.slice(0, 16).replace('T', ' ')} - ${unit.end.slice(0, 16).replace('T', ' ')}` : '');
    for (const c of [8, 10, 11]) row.getCell(c).numFmt = '#,##0';
    row.getCell(9).numFmt = '0.##';
  }
}

/** Adds the cost sheet; the note names the demo assumptions used unless the scenario's levers set money; the levers that ran out follow. */
export function addCostSheet(workbook: Workbook, cost: PlanCost, exhausted: readonly ExhaustedLever[] = []): Worksheet {
  const sheet = workbook.addWorksheet(ROSTER_SHEET_NAMES.cost);
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
  if (exhausted.length > 0) addExhaustedRows(sheet, exhausted);
  sheet.getColumn(1).width = 36;
  sheet.getColumn(2).width = 16;
  return sheet;
}
