import { describe, expect, it } from 'vitest';
import { cell, coverageShortfall, hourGrid, onDutyFromAssignments, requirementMatrix, scheduledMatrix } from '../../../shared/roster/coverageMatrix.ts';
import { DomainError } from '../../../shared/errors.ts';

const zone = 'Asia/Shanghai';
const requirement = [
  { hourStart: '2026-11-10T23:00:00+08:00', queue: 'pre_sale' as const, requiredAgents: 2.2 },
  { hourStart: '2026-11-11T00:00:00+08:00', queue: 'pre_sale' as const, requiredAgents: 3 },
  { hourStart: '2026-11-11T01:00:00+08:00', queue: 'after_sale' as const, requiredAgents: 1 },
];

describe('the coverage table', () => {
  it('spans the requirement from its first to its last hour, without any rules', () => {
    const grid = hourGrid(requirement, zone);
    expect(grid.horizonHours).toBe(3);
    expect(grid.horizonStartMs).toBe(Date.parse('2026-11-10T15:00:00Z'));
    expect(() => hourGrid([], zone)).toThrow(DomainError);
  });

  it('rounds the requirement up to whole agents and counts assignments by queue and interval alone', () => {
    const grid = hourGrid(requirement, zone);
    const required = requirementMatrix(requirement, grid);
    expect(required[cell(0, 'pre_sale')]).toBe(3);
    // A shift from before the horizon to past its end is clipped to the horizon.
    const onDuty = onDutyFromAssignments([
      { queue: 'pre_sale', start: '2026-11-10T20:00:00+08:00', end: '2026-11-11T01:00:00+08:00' },
      { queue: 'pre_sale', start: '2026-11-11T00:00:00+08:00', end: '2026-11-11T06:00:00+08:00' },
    ]);
    const scheduled = scheduledMatrix(onDuty, grid);
    expect([0, 1, 2].map((h) => scheduled[cell(h, 'pre_sale')])).toEqual([1, 2, 1]);
    expect(coverageShortfall(requirement, onDuty, grid).map((r) => [r.hourStart, r.queue, r.required, r.scheduled])).toEqual([
      ['2026-11-10T23:00:00+08:00', 'pre_sale', 3, 1],
      ['2026-11-11T00:00:00+08:00', 'pre_sale', 3, 2],
      ['2026-11-11T01:00:00+08:00', 'after_sale', 1, 0],
    ]);
  });
});
