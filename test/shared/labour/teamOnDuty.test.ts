import { describe, expect, it } from 'vitest';
import { teamOnDuty, windowDates } from '../../../shared/labour/teamOnDuty.ts';

const shift = (agentId: string, date: string, startHour = 8, hours = 8) => {
  const start = `${date}T${String(startHour).padStart(2, '0')}:00:00+08:00`;
  return { agentId, start, end: new Date(Date.parse(start) + hours * 3_600_000).toISOString() };
};
const week = (agentId: string, dates: string[]) => dates.map((d) => shift(agentId, d));

describe('teamOnDuty', () => {
  it('counts the team working each day, those off, and those off with the legal week already worked', () => {
    const assignments = [
      // A1 works 11-11. A2 is off on 11-11 with five 8 h days in that ISO week (11-09 to 11-15): 40 h.
      shift('A1', '2026-11-11'),
      ...week('A2', ['2026-11-09', '2026-11-12', '2026-11-13', '2026-11-14', '2026-11-15']),
      // A3 is off with 32 h; the night shift starting at 00:00 on 11-11 counts for 11-11, not the 10th.
      ...week('A3', ['2026-11-12', '2026-11-13', '2026-11-14', '2026-11-15']),
      // P1, part-time, is off with the part-time week's 24 h.
      ...['2026-11-09', '2026-11-10', '2026-11-12', '2026-11-13', '2026-11-14', '2026-11-15'].map((d) => shift('P1', d, 19, 4)),
      shift('A4', '2026-11-11', 0),
      // A booked temp is not the team, and a week's hours of the week before do not count.
      shift('TEMP-001', '2026-11-11'),
      ...week('A3', ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06']),
    ];
    const agents = [
      { id: 'A1', contract: 'full_time' as const },
      { id: 'A2', contract: 'full_time' as const },
      { id: 'A3', contract: 'full_time' as const },
      { id: 'A4', contract: 'full_time' as const },
      { id: 'P1', contract: 'part_time' as const },
    ];
    expect(teamOnDuty(assignments, agents, ['2026-11-10', '2026-11-11'])).toEqual([
      { date: '2026-11-10', working: 1, off: 4, offWeekFull: 1 },
      { date: '2026-11-11', working: 2, off: 3, offWeekFull: 2 },
    ]);
  });

  it('lists the dates a window touches, its end excluded', () => {
    expect(windowDates('2026-11-10T08:00:00+08:00', '2026-11-12T02:00:00+08:00')).toEqual(['2026-11-10', '2026-11-11', '2026-11-12']);
    expect(windowDates('2026-11-10T08:00:00+08:00', '2026-11-12T00:00:00+08:00')).toEqual(['2026-11-10', '2026-11-11']);
  });
});
