// @vitest-environment happy-dom
import { cleanup, render } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { LEGAL_FIGURES } from '../../shared/labour/legalFigures.ts';
import type { RosterLegalExcess } from '../../web/src/api.ts';
import { LegalExcessTable } from '../../web/src/components/LegalExcessTable.tsx';
import { setLocale } from '../../web/src/i18n/i18n.ts';

const excess: RosterLegalExcess = {
  rosterId: 7,
  legalFigures: { ...LEGAL_FIGURES },
  rows: [
    { agentId: 'A001', kind: 'weekHours', from: '2026-11-16', to: '2026-11-21', hours: 48, limit: 40, overtimeHours: 8, payRatePercent: 200, overtimePayHours: 16 },
    { agentId: 'A002', kind: 'holidayWork', from: '2026-10-01', to: '2026-10-01', hours: 8, limit: 0, overtimeHours: 8, payRatePercent: 300, overtimePayHours: 24 },
  ],
};

const cells = (table: HTMLElement) => [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));

describe('LegalExcessTable', () => {
  afterEach(cleanup);

  it('lists each excess with its kind, period, overtime hours and pay rate, under a note naming the legal figures and whose the ceilings are', () => {
    setLocale('en');
    const { getByTestId } = render(() => <LegalExcessTable excess={excess} />);
    const note = getByTestId('legal-excess-note').textContent ?? '';
    expect(note).toContain(`${LEGAL_FIGURES.dayHours} h a day and ${LEGAL_FIGURES.weekHours} h a week`);
    expect(note).toContain(`${LEGAL_FIGURES.overtimeHoursPerMonth} h a month`);
    expect(note).toContain("the supervisor's decision");
    expect(cells(getByTestId('legal-excess-table'))).toEqual([
      ['A001', 'Week over 40 h', '11/16–11/21', '48', '40', '8', '200%', '16'],
      ['A002', 'Work on a statutory holiday', '10/1', '8', '0', '8', '300%', '24'],
    ]);
  });

  it('speaks Chinese and says so when nothing exceeds the legal figures', () => {
    setLocale('zh-CN');
    const { getByTestId, queryByTestId } = render(() => <LegalExcessTable excess={{ ...excess, rows: [] }} />);
    expect(getByTestId('legal-excess-note').textContent).toContain('由主管决定');
    expect(getByTestId('legal-excess-none').textContent).toBe('没有超出法定标准的工时。');
    expect(queryByTestId('legal-excess-table')).toBeNull();
  });
});
