/** The kinds of excess over the legal working-time figures, with the bilingual labels the spreadsheet and the API share. */
import { LEGAL_FIGURES as L } from './legalFigures.ts';

export const LEGAL_EXCESS_KINDS = [
  'dayHours',
  'dailyOvertime',
  'dailyOvertimeSpecial',
  'holidayWork',
  'weekHours',
  'monthlyOvertime',
  'noRestDay',
  'partTimeDayAverage',
  'partTimeWeek',
] as const;
export type LegalExcessKind = (typeof LEGAL_EXCESS_KINDS)[number];

/** Chinese and English label of each kind, naming the article it comes from. */
export const LEGAL_EXCESS_LABELS: Readonly<Record<LegalExcessKind, { zh: string; en: string }>> = Object.freeze({
  dayHours: { zh: `日工时超过${L.dayHours}小时（劳动法第36条）`, en: `Day over ${L.dayHours} h (Labour Law Art. 36)` },
  dailyOvertime: { zh: `日加班超过${L.overtimeHoursPerDay}小时（第41条）`, en: `Overtime over ${L.overtimeHoursPerDay} h a day (Art. 41)` },
  dailyOvertimeSpecial: {
    zh: `日加班超过${L.overtimeHoursPerDaySpecial}小时（第41条，特殊原因上限）`,
    en: `Overtime over ${L.overtimeHoursPerDaySpecial} h a day, the special-reason ceiling (Art. 41)`,
  },
  holidayWork: { zh: '法定节假日工作（第44条，300%）', en: 'Work on a statutory holiday (Art. 44, 300 %)' },
  weekHours: { zh: `周工时超过${L.weekHours}小时（第36条）`, en: `Week over ${L.weekHours} h (Art. 36)` },
  monthlyOvertime: { zh: `月加班超过${L.overtimeHoursPerMonth}小时（第41条）`, en: `Overtime over ${L.overtimeHoursPerMonth} h a month (Art. 41)` },
  noRestDay: { zh: `连续${L.restDayEvery}天无休息日（第38条）`, en: `No rest day in ${L.restDayEvery} days (Art. 38)` },
  partTimeDayAverage: {
    zh: `非全日制日均超过${L.partTimeDayHours}小时（劳动合同法第68条）`,
    en: `Part-time: over ${L.partTimeDayHours} h a day on average (Labour Contract Law Art. 68)`,
  },
  partTimeWeek: { zh: `非全日制周工时超过${L.partTimeWeekHours}小时（劳动合同法第68条）`, en: `Part-time: week over ${L.partTimeWeekHours} h (Labour Contract Law Art. 68)` },
});
