import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { addCoverageSheet } from '../../../server/export/coverageSheet.ts';
import type { RosterPricing } from '../../../shared/levers/pricing.ts';
import { leversSchema } from '../../../shared/levers/schema.ts';
import { DEFAULT_TEMPLATES } from '../../../shared/roster/rulesSchema.ts';
import { solveRoster } from '../../../shared/roster/solveRoster.ts';
import { HOUR_MS, toZonedIso } from '../../../shared/time.ts';
import { EVENT_TIME_ZONE, QUEUE_CODES, QUEUE_LABELS, type Agent } from '../../../shared/types.ts';

// Two days around the event window, four pre-sale agents for up to eight required: the engine books temps at
// proficiency 1.3 (1/1.3 of an agent each) and is still short in some hours.
const start = Date.parse('2026-11-10T00:00:00+08:00');
const team: Agent[] = Array.from({ length: 4 }, (_, i) => ({ id: `A${i}`, name: `Agent ${i}`, primaryQueue: 'pre_sale', crossTrainedFor: [], contract: 'full_time', team: 'T', unavailable: [] }));
const requirement = Array.from({ length: 48 }, (_, h) =>
  QUEUE_CODES.map((queue) => ({ hourStart: toZonedIso(start + h * HOUR_MS), queue, requiredAgents: queue === 'pre_sale' && h >= 8 && h < 26 ? 4 + (h % 5) : 0 })),
).flat();
const pricing: RosterPricing = { wagesCnyPerHour: { full_time: 35, part_time: 25 }, minShortfallCny: 70, lostGmv: requirement.map((r) => ({ hourStart: r.hourStart, queue: r.queue, marginalCny: Array.from({ length: r.requiredAgents }, () => 400) })) };
const levers = leversSchema.parse({ temps: { maxPerDay: 3, minHours: 4, maxHours: 8, queues: ['pre_sale'], proficiency: 1.3 } });

describe('the coverage sheet of a roster with temps', () => {
  it("counts a temp at 1/proficiency, so its Short equals the roster's shortfall hour by hour", async () => {
    const roster = solveRoster({ requirement, agents: team, pricing, levers });
    const temps = roster.assignments.filter((a) => a.template === 'TEMP');
    expect(temps.length).toBeGreaterThan(0);
    for (const t of temps) expect(t.coverage).toBeCloseTo(1 / 1.3, 12);
    expect(roster.shortfall.some((s) => !Number.isInteger(s.scheduled))).toBe(true);

    const workbook = new ExcelJS.Workbook();
    addCoverageSheet(workbook, { agents: team, assignments: roster.assignments, templates: DEFAULT_TEMPLATES, requirement, reassignments: [] }, EVENT_TIME_ZONE);
    const sheet = workbook.getWorksheet('覆盖 Coverage')!;
    const header = (sheet.getRow(1).values as string[]).slice(1);
    const shortOnSheet = new Map<string, number>();
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      const values = (row.values as (string | number)[]).slice(1);
      for (const queue of QUEUE_CODES) {
        const short = values[header.indexOf(`${QUEUE_LABELS[queue].zh} 缺口 Short`)] as number;
        if (short > 0) shortOnSheet.set(`${values[0]}|${queue}`, short);
      }
    });
    const shortOfRoster = new Map(roster.shortfall.map((s) => [`${toZonedIso(Date.parse(s.hourStart), EVENT_TIME_ZONE).slice(0, 16).replace('T', ' ')}|${s.queue}`, Math.round((s.required - s.scheduled) * 100) / 100]));
    expect(shortOnSheet).toEqual(shortOfRoster);
  });
});
