/**
 * Peak shifts (issue 15, lever 1) as generated templates: a shorter shift for full-time staff that starts at
 * an allowed hour inside the lever's window. They travel with the rules (`rulesWithLevers` appends them to
 * `rules.templates`), so every rule function, the checker, the grid, the calendars and roster.json read them
 * as templates; the code (`P20-6` = 20:00 for 6 h) names the shift, the template's active dates hold the window.
 */
import { LEGAL_FIGURES } from '../labour/legalFigures.ts';
import type { Levers } from '../levers/schema.ts';
import { DAY_MS, HOUR_MS, parseInstant, startOfZonedDay, zonedDate } from '../time.ts';
import { EVENT_TIME_ZONE } from '../types.ts';
import type { RosterRules, RosterTemplate } from './rulesSchema.ts';

const PEAK_CODE = /^P(\d{2})-(\d{1,2})$/;

/** The generated template code of a peak shift: `P` + two-digit start hour + `-` + length in hours. */
export function peakTemplateCode(startHour: number, durationHours: number): string {
  return `P${String(startHour).padStart(2, '0')}-${durationHours}`;
}

/** A peak shift's names in both languages, by its hours: 高峰班 20:00-02:00 / Peak 20:00-02:00. */
export function peakTemplateNames(startHour: number, durationHours: number): { nameZh: string; nameEn: string } {
  const endHour = (startHour + durationHours) % 24;
  const span = `${String(startHour).padStart(2, '0')}:00-${String(endHour).padStart(2, '0')}:00`;
  return { nameZh: `高峰班 ${span}`, nameEn: `Peak ${span}` };
}

/** Whether a template code is a generated peak shift's. */
export function isPeakTemplate(template: Pick<RosterTemplate, 'code'>): boolean {
  return PEAK_CODE.test(template.code);
}

/**
 * Every peak template the lever allows: one per allowed length and start hour, active on the dates on which
 * a shift starting at that hour lies wholly inside the window (the event window when the lever names none).
 */
export function peakTemplates(lever: NonNullable<Levers['peakShifts']>, rules: Pick<RosterRules, 'eventWindow'>, timeZone: string = EVENT_TIME_ZONE): RosterTemplate[] {
  const window = lever.window ?? rules.eventWindow;
  const start = parseInstant(window.start, timeZone) as number;
  const end = parseInstant(window.end, timeZone) as number;
  const hours = lever.startHours ?? Array.from({ length: 24 }, (_, h) => h);
  const out: RosterTemplate[] = [];
  for (const durationHours of [...new Set(lever.lengths)].sort((a, b) => a - b)) {
    for (const startHour of [...new Set(hours)].sort((a, b) => a - b)) {
      const dates: string[] = [];
      for (let day = startOfZonedDay(start, timeZone) - DAY_MS; day < end; day += DAY_MS) {
        const from = day + startHour * HOUR_MS;
        if (from >= start && from + durationHours * HOUR_MS <= end) dates.push(zonedDate(from, timeZone));
      }
      if (dates.length === 0) continue;
      out.push({ code: peakTemplateCode(startHour, durationHours), ...peakTemplateNames(startHour, durationHours), startHour, durationHours, activeFrom: dates[0], activeTo: dates.at(-1), contracts: ['full_time'] });
    }
  }
  return out;
}

/**
 * The rules a roster with levers is built and checked under: the peak templates appended (a code the event
 * already uses is kept as the event defines it), and the working-time ceilings raised to the overtime
 * lever's (a day of the standard 8 h plus its hours a day; its hours a month), never lowered. Idempotent.
 */
export function rulesWithLevers(rules: RosterRules, levers: Levers | undefined, timeZone: string = EVENT_TIME_ZONE): RosterRules {
  if (!levers || (!levers.peakShifts && !levers.overtime)) return rules;
  const known = new Set(rules.templates.map((t) => t.code));
  const peaks = levers.peakShifts ? peakTemplates(levers.peakShifts, rules, timeZone).filter((t) => !known.has(t.code)) : [];
  const { workingTime } = rules;
  const overtime = levers.overtime;
  return {
    ...rules,
    templates: [...rules.templates, ...peaks],
    workingTime: overtime
      ? {
          maxDayHours: Math.max(workingTime.maxDayHours, LEGAL_FIGURES.dayHours + overtime.maxHoursPerDay),
          maxMonthlyOvertimeHours: Math.max(workingTime.maxMonthlyOvertimeHours, overtime.maxHoursPerMonth),
        }
      : workingTime,
  };
}
