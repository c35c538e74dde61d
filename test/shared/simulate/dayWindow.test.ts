import { describe, expect, it } from 'vitest';
import { requirementDays, specFromRosterDay } from '../../../shared/simulate/dayWindow.ts';
import { specFromRoster } from '../../../shared/simulate/fromRoster.ts';

// Three hours across midnight of the 11th (Beijing time), one night shift over them and a day shift after.
const requirement = [
  { hourStart: '2026-11-10T23:00:00+08:00', queue: 'pre_sale' as const, humanInquiries: 40 },
  { hourStart: '2026-11-11T00:00:00+08:00', queue: 'pre_sale' as const, humanInquiries: 90 },
  { hourStart: '2026-11-11T01:00:00+08:00', queue: 'pre_sale' as const, humanInquiries: 60 },
];
const assignments = [
  { queue: 'pre_sale' as const, start: '2026-11-10T22:00:00+08:00', end: '2026-11-11T06:00:00+08:00' },
  { queue: 'pre_sale' as const, start: '2026-11-11T01:00:00+08:00', end: '2026-11-11T09:00:00+08:00' },
];

describe('a simulation spec for one day of a roster', () => {
  it('lists the Beijing calendar days of the requirement, even for instants written in UTC', () => {
    expect(requirementDays([...requirement, { hourStart: '2026-11-11T16:00:00Z' }])).toEqual(['2026-11-10', '2026-11-11', '2026-11-12']);
  });

  it('keeps the hours of that day, with the shift that began the evening before on duty from midnight', () => {
    const spec = specFromRosterDay(requirement, assignments, '2026-11-11', { caps: [2, 4], seed: 3 });
    expect(spec).toEqual({
      caps: [2, 4],
      seed: 3,
      horizonStart: '2026-11-11T00:00:00+08:00',
      queues: [{ queue: 'pre_sale', arrivalsPerHour: [90, 60], agentsOnDuty: [1, 2] }],
    });
  });

  it('is the whole roster when no day is chosen', () => {
    expect(specFromRosterDay(requirement, assignments, null)).toEqual(specFromRoster(requirement, assignments));
  });
});
