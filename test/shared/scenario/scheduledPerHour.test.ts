import { describe, expect, it } from 'vitest';
import { compareScenarios } from '../../../shared/scenario/compareScenarios.ts';
import { scenarioOutcome } from '../../../shared/scenario/outcome.ts';
import { scheduledPerHour } from '../../../shared/scenario/scheduledPerHour.ts';
import type { Assignment, QueueCode, RequirementRow } from '../../../shared/types.ts';

const hour = (h: number) => `2026-11-11T${String(h).padStart(2, '0')}:00:00+08:00`;
const need = (h: number, queue: QueueCode, requiredAgents: number): RequirementRow => ({
  hourStart: hour(h),
  queue,
  inquiries: 0,
  humanInquiries: 0,
  offeredLoad: 0,
  requiredOnline: requiredAgents,
  requiredAgents,
  serviceLevel: 1,
});
const shift = (agentId: string, queue: QueueCode, from: number, to: number): Assignment => ({ agentId, queue, template: 'X', start: hour(from), end: hour(to) });
const requirement = [need(8, 'pre_sale', 1), need(9, 'pre_sale', 1), need(10, 'pre_sale', 1), need(8, 'after_sale', 1), need(9, 'after_sale', 1), need(10, 'after_sale', 1)];

describe('scheduledPerHour', () => {
  it('counts the shifts on duty per requirement hour and queue, over-coverage included', () => {
    const shifts = [shift('A', 'pre_sale', 8, 10), shift('B', 'pre_sale', 9, 11), shift('C', 'after_sale', 10, 18)];
    expect(scheduledPerHour(requirement, shifts).map((r) => [r.hourStart.slice(11, 13), r.queue, r.scheduled])).toEqual([
      ['08', 'pre_sale', 1],
      ['09', 'pre_sale', 2],
      ['10', 'pre_sale', 1],
      ['08', 'after_sale', 0],
      ['09', 'after_sale', 0],
      ['10', 'after_sale', 1],
    ]);
  });

  it('reads instants written in UTC as the same hours', () => {
    const utc = { agentId: 'A', queue: 'pre_sale' as const, start: '2026-11-11T01:00:00.000Z', end: '2026-11-11T02:00:00.000Z' };
    expect(scheduledPerHour(requirement, [utc]).filter((r) => r.scheduled > 0)).toEqual([{ hourStart: hour(9), queue: 'pre_sale', scheduled: 1 }]);
  });

  it('gives nothing for an empty requirement', () => {
    expect(scheduledPerHour([], [shift('A', 'pre_sale', 8, 10)])).toEqual([]);
  });
});

describe('scenarioOutcome and compareScenarios', () => {
  const outcome = (scenarioId: number, assignments: Assignment[]) =>
    scenarioOutcome({
      scenarioId,
      name: `s${scenarioId}`,
      version: 1,
      requirement,
      roster: { stats: { paidHours: assignments.length, objective: 0, lowerBound: 0, gap: 0, solveMs: 0 }, shortfall: [], reassignmentCount: 0, assignments },
    });

  it('shows over-coverage as a difference even where neither scenario is short', () => {
    const lean = outcome(1, [shift('A', 'pre_sale', 8, 11), shift('C', 'after_sale', 8, 11)]);
    const rich = outcome(2, [shift('A', 'pre_sale', 8, 11), shift('B', 'pre_sale', 9, 10), shift('C', 'after_sale', 8, 11)]);
    expect(lean.hourly.find((h) => h.hourStart === hour(9) && h.queue === 'pre_sale')).toMatchObject({ required: 1, scheduled: 1 });
    const comparison = compareScenarios([lean, rich]);
    expect(comparison.hourlyDifferences).toEqual([
      { hourStart: hour(9), queue: 'pre_sale', values: [{ scenarioId: 1, required: 1, scheduled: 1 }, { scenarioId: 2, required: 1, scheduled: 2 }] },
    ]);
  });

  it('counts no hour as differing only because one scenario is not solved yet', () => {
    const solved = outcome(1, [shift('A', 'pre_sale', 8, 11), shift('C', 'after_sale', 8, 11)]);
    const unsolved = scenarioOutcome({ scenarioId: 2, name: 's2', version: 1, requirement });
    expect(compareScenarios([solved, unsolved]).hourlyDifferences).toEqual([]);
  });

  it('still lists the hours whose requirement differs when one scenario is not solved yet', () => {
    const solved = outcome(1, [shift('A', 'pre_sale', 8, 11), shift('C', 'after_sale', 8, 11)]);
    const busier = requirement.map((r) => (r.hourStart === hour(10) && r.queue === 'after_sale' ? { ...r, requiredAgents: 3 } : r));
    const unsolved = scenarioOutcome({ scenarioId: 2, name: 's2', version: 1, requirement: busier });
    expect(compareScenarios([solved, unsolved]).hourlyDifferences).toEqual([
      { hourStart: hour(10), queue: 'after_sale', values: [{ scenarioId: 1, required: 1, scheduled: 1 }, { scenarioId: 2, required: 3, scheduled: null }] },
    ]);
  });

  it('leaves scheduled, cost and GMV at risk null without a roster', () => {
    const unsolved = scenarioOutcome({ scenarioId: 1, name: 'x', version: 1, requirement });
    expect(unsolved.hourly.every((h) => h.scheduled === null)).toBe(true);
    expect(unsolved).toMatchObject({ totalCostCny: null, lostGmvCny: null });
  });

  it('takes cost and GMV at risk from a priced roster', () => {
    const cost = { wagesCny: 700, overtimeCny: 0, tempsCny: 0, borrowedCny: 0, lostGmvCny: 160, totalCny: 860 };
    const priced = scenarioOutcome({ scenarioId: 1, name: 'x', version: 1, requirement, roster: { stats: { paidHours: 20, objective: 0, lowerBound: 0, gap: 0, solveMs: 0 }, shortfall: [], reassignmentCount: 0, assignments: [], cost } });
    expect(priced).toMatchObject({ totalCostCny: 860, lostGmvCny: 160 });
  });
});
