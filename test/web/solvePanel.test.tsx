// @vitest-environment happy-dom
// The solver details of a roster: the proven gap, and for a roster priced in CNY the gap in money and the agent-hours below the coverage floor;
// for a re-planned roster, whose figures those are.
import { cleanup, render } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import type { RosterDetail, Scenario } from '../../web/src/api.ts';
import { SolvePanel } from '../../web/src/components/SolvePanel.tsx';
import { en } from '../../web/src/i18n/en.ts';
import { setLocale } from '../../web/src/i18n/i18n.ts';
import { zhCN } from '../../web/src/i18n/zh-CN.ts';
import { InEvent } from './inEvent.tsx';

const summary = { totalAgentHours: 133, hoursShort: 81, worst: [], message: '' };
const roster = (stats: RosterDetail['stats'], diagnostics: Partial<RosterDetail['diagnostics']> = {}) =>
  ({
    id: 3, eventId: 1, scenarioId: 7, scenarioVersion: 1, status: 'draft', createdAt: '2026-11-01T00:00:00Z', publishedAt: null, shortfall: [], reassignments: [], assignments: [], stats,
    diagnostics: { summary, suggestions: [], violations: [], overtime: [], objective: {}, ...diagnostics },
  }) as unknown as RosterDetail;

function renderPanel(detail: RosterDetail) {
  return render(() => (
    <InEvent scenario={() => ({ id: 7 }) as Scenario}>
      <SolvePanel roster={detail} publishedRosterId={null} onChanged={() => {}} />
    </InEvent>
  ));
}

const figure = (page: ReturnType<typeof renderPanel>, label: string) => {
  const dt = [...page.container.querySelectorAll('[data-testid=solver-details] dt')].find((d) => d.textContent === label);
  return dt?.nextElementSibling?.textContent;
};

describe('SolvePanel solver details', () => {
  afterEach(cleanup);

  it('beside the walled gap of a priced roster: the gap in money, the agent-hours below the floor and why they differ, in both languages', () => {
    setLocale('en');
    const page = renderPanel(roster({ paidHours: 12_539, objective: 4_989_000, lowerBound: 619_008, gap: 7.0597, moneyGap: 0.04, belowFloorAgentHours: 43.52, solveMs: 0 }));
    expect(page.getByTestId('solver-gap').textContent).toBe('706%');
    expect(figure(page, en.moneyGap)).toBe('4%');
    expect(figure(page, en.belowFloorAgentHours)).toBe('43.5');
    expect(page.getByTestId('solver-below-floor').classList.contains('short')).toBe(true);
    expect(page.getByTestId('money-gap-help').textContent).toBe(en.moneyGapHelp);
    expect(page.container.querySelector('[data-testid=solver-details] dt')?.textContent).toBe(en.objectiveMoney);
    setLocale('zh-CN');
    expect(figure(page, zhCN.moneyGap)).toBe('4%');
    expect(page.getByTestId('money-gap-help').textContent).toBe(zhCN.moneyGapHelp);
  });

  it('a priced roster with nothing below the floor shows a gap in money of 0 %, not nothing', () => {
    setLocale('en');
    const page = renderPanel(roster({ paidHours: 10, objective: 1_000, lowerBound: 1_000, gap: 0, moneyGap: 0, belowFloorAgentHours: 0, solveMs: 0 }));
    expect(figure(page, en.moneyGap)).toBe('0%');
    expect(page.getByTestId('solver-below-floor').classList.contains('short')).toBe(false);
  });

  it('an unpriced roster keeps the plain figures: paid-hour objective and gap, no money', () => {
    setLocale('en');
    const page = renderPanel(roster({ paidHours: 10, objective: 1_200, lowerBound: 1_000, gap: 0.2, solveMs: 0 }));
    expect(page.container.querySelector('[data-testid=solver-details] dt')?.textContent).toBe(en.objective);
    expect(page.getByTestId('solver-gap').textContent).toBe('20%');
    expect(page.queryByTestId('solver-money-gap')).toBeNull();
    expect(page.queryByTestId('money-gap-help')).toBeNull();
    expect(page.queryByTestId('solver-replanned-note')).toBeNull();
  });

  it('a roster an applied re-plan stored says its solver figures are those of the roster it was re-planned from, in both languages', () => {
    setLocale('en');
    const page = renderPanel(roster({ paidHours: 10, objective: 1_200, lowerBound: 1_000, gap: 0.2, solveMs: 0 }, { replannedFrom: 2 }));
    expect(page.getByTestId('solver-replanned-note').textContent).toBe(en.solverReplanned.replace('{{ id }}', '2'));
    expect(page.getByTestId('solver-replanned-note').textContent).toContain('roster #2, before the re-plan');
    expect(page.getByTestId('solver-gap').textContent).toBe('20%');
    setLocale('zh-CN');
    expect(page.getByTestId('solver-replanned-note').textContent).toBe(zhCN.solverReplanned.replace('{{ id }}', '2'));
  });

  it('dates a re-planned roster as re-planned, a solved one as solved', () => {
    setLocale('en');
    const stats = { paidHours: 10, objective: 1_200, lowerBound: 1_000, gap: 0.2, solveMs: 0 };
    const label = (page: ReturnType<typeof renderPanel>) => page.getByTestId('roster-created-at').previousElementSibling?.textContent;
    expect(label(renderPanel(roster(stats, { replannedFrom: 2 })))).toBe(en.replannedAt);
    cleanup();
    expect(label(renderPanel(roster(stats)))).toBe(en.solvedAt);
  });
});
