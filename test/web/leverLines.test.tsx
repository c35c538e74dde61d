// @vitest-environment happy-dom
// The levers a roster pulls, booking by booking, in the event's own words (issue 15): read off its assignments.
import { cleanup, render } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { leverLines } from '../../shared/levers/leverLines.ts';
import type { Assignment } from '../../shared/types.ts';
import { LeverLines } from '../../web/src/components/LeverLines.tsx';
import { setLocale } from '../../web/src/i18n/i18n.ts';

const shift = (agentId: string, template: string, start: string, end: string, extra: Partial<Assignment> = {}): Assignment => ({ agentId, queue: 'pre_sale', template, start, end, ...extra });
const ASSIGNMENTS: Assignment[] = [
  shift('A001', 'E', '2026-11-11T08:00:00+08:00', '2026-11-11T18:00:00+08:00', { overtimeHours: 2 }),
  shift('A002', 'E', '2026-11-11T08:00:00+08:00', '2026-11-11T18:00:00+08:00', { overtimeHours: 2 }),
  shift('A003', 'E', '2026-11-11T08:00:00+08:00', '2026-11-11T16:00:00+08:00'),
  shift('TEMP-001', 'TEMP', '2026-11-10T20:00:00+08:00', '2026-11-11T02:00:00+08:00', { coverage: 0.77 }),
  shift('TEMP-002', 'TEMP', '2026-11-10T20:00:00+08:00', '2026-11-11T02:00:00+08:00', { coverage: 0.77 }),
  shift('TEMP-003', 'TEMP', '2026-11-12T08:00:00+08:00', '2026-11-12T12:00:00+08:00', { queue: 'logistics', coverage: 0.77 }),
  shift('BORROWED-001', 'BORROWED', '2026-11-10T21:00:00+08:00', '2026-11-11T01:00:00+08:00', { coverage: 0.83 }),
  // A peak shift run one hour over: the peak shift 20:00-02:00 and one agent's overtime on its date.
  shift('A004', 'P20-6', '2026-11-10T20:00:00+08:00', '2026-11-11T03:00:00+08:00', { overtimeHours: 1 }),
];

describe('leverLines', () => {
  it('groups booked staff by queue and booking, peak shifts by their hours without overtime, overtime by date and hours, in time order', () => {
    expect(leverLines(ASSIGNMENTS)).toEqual([
      { kind: 'peakShifts', queue: 'pre_sale', start: '2026-11-10T20:00:00+08:00', end: '2026-11-11T02:00:00+08:00', count: 1 },
      { kind: 'temps', queue: 'pre_sale', start: '2026-11-10T20:00:00+08:00', end: '2026-11-11T02:00:00+08:00', count: 2 },
      { kind: 'borrowed', queue: 'pre_sale', start: '2026-11-10T21:00:00+08:00', end: '2026-11-11T01:00:00+08:00', count: 1 },
      { kind: 'overtime', date: '2026-11-10', hours: 1, count: 1 },
      { kind: 'overtime', date: '2026-11-11', hours: 2, count: 2 },
      { kind: 'temps', queue: 'logistics', start: '2026-11-12T08:00:00+08:00', end: '2026-11-12T12:00:00+08:00', count: 1 },
    ]);
    expect(leverLines(ASSIGNMENTS.filter((a) => a.template === 'E' && !a.overtimeHours))).toEqual([]);
  });
});

describe('LeverLines', () => {
  afterEach(cleanup);

  it('says each line in the event’s words, one person in the singular, in both languages, and nothing for a roster that pulls no lever', () => {
    setLocale('en');
    const page = render(() => <LeverLines lines={leverLines(ASSIGNMENTS)} />);
    const lines = () => [...page.getByTestId('lever-lines').querySelectorAll('li')].map((li) => li.textContent);
    expect(lines()).toEqual([
      '1 full-timer on a peak shift Nov 10, 20:00–02:00 (Pre-sale)',
      'Book 2 temps Nov 10, 20:00–02:00 for Pre-sale',
      'Borrow 1 person Nov 10, 21:00–01:00 for Pre-sale',
      '1 agent works +1 h on Tue, 11/10',
      '2 agents work +2 h on Wed, 11/11',
      'Book 1 temp Nov 12, 08:00–12:00 for Logistics',
    ]);
    setLocale('zh-CN');
    expect(lines()[1]).toBe('预订 2 名临时工，11月10日 20:00–02:00，售前');
    expect(lines()[5]).toBe('预订 1 名临时工，11月12日 08:00–12:00，查件');
    cleanup();
    const none = render(() => <LeverLines lines={[]} />);
    expect(none.queryByTestId('lever-lines')).toBeNull();
  });
});
