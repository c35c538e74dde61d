// @vitest-environment happy-dom
// The comparison page: cost and GMV at risk per scenario beside the staffing figures, "not yet" for an unsolved side.
import { cleanup, render } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import type { ScenarioComparison } from '../../web/src/api.ts';
import { setLocale } from '../../web/src/i18n/i18n.ts';
import { ScenarioCompare } from '../../web/src/pages/ScenarioCompare.tsx';

const side = (scenarioId: number, name: string, priced: boolean): ScenarioComparison['scenarios'][number] => ({
  scenarioId, name, version: 1, requiredAgentHours: 1000,
  paidHours: priced ? 900 : null, shortfallAgentHours: priced ? 120 : null, reassignments: priced ? 4 : null,
  serviceLevel: null, p90FirstResponseSeconds: null, abandonmentRate: null,
  totalCostCny: priced ? 431_250 : null, lostGmvCny: priced ? 12_345 : null,
});

describe('ScenarioCompare', () => {
  afterEach(cleanup);

  it('charts and tabulates each scenario cost and GMV at risk, and says which side is unsolved', () => {
    setLocale('en');
    const view = render(() => <ScenarioCompare comparison={{ scenarios: [side(1, 'Baseline', true), side(2, 'Clone', false)], hourlyDifferences: [] }} />);
    expect(view.getByTestId('compare-cost').textContent).toContain('431,250 CNY');
    expect(view.getByTestId('compare-gmv').textContent).toContain('12,345 CNY');
    const table = view.getByTestId('comparison').querySelector('table')!.textContent!;
    expect(table).toContain('GMV at risk (lost sales)');
    expect(table).toContain('12,345 CNY');
    expect(view.getByTestId('compare-unsolved').textContent).toContain('Clone');
  });

  it('says an unsolved side is not solved yet instead of counting its hours as differing', () => {
    setLocale('en');
    const hourStart = '2026-11-11T20:00:00+08:00';
    const hourlyDifferences = [{ hourStart, queue: 'pre_sale' as const, values: [{ scenarioId: 1, required: 10, scheduled: 8 }, { scenarioId: 2, required: 12, scheduled: null }] }];
    const view = render(() => <ScenarioCompare comparison={{ scenarios: [side(1, 'Baseline', true), side(2, 'Clone', false)], hourlyDifferences }} />);
    const title = view.getByTestId('compare-hours-title').textContent!;
    expect(title).toContain('whose requirement differs: 1');
    expect(title).toContain('Clone: not solved yet');
    expect([...view.getByTestId('compare-hours').querySelectorAll('tbody td')].map((td) => [td.textContent, td.classList.contains('short')])).toEqual([
      [expect.stringMatching(/Nov 11/), false],
      ['Pre-sale', false],
      ['10 / 8', true],
      ['12 / not solved yet', false],
    ]);
  });

  it('counts the differing hours when every side is solved', () => {
    setLocale('zh-CN');
    const view = render(() => <ScenarioCompare comparison={{ scenarios: [side(1, '基线', true), side(2, '上限 6', true)], hourlyDifferences: [] }} />);
    expect(view.getByTestId('compare-hours-title').textContent).toBe('结果不同的小时 × 队列：0 个');
    expect(view.queryByTestId('compare-hours')).toBeNull();
  });

  it('pages through the differing hours, 48 to a page', () => {
    setLocale('en');
    const hourlyDifferences = Array.from({ length: 60 }, (_, h) => ({
      hourStart: new Date(Date.UTC(2026, 10, 10, h)).toISOString(),
      queue: 'pre_sale' as const,
      values: [{ scenarioId: 1, required: 10, scheduled: h }, { scenarioId: 2, required: 10, scheduled: h + 1 }],
    }));
    const view = render(() => <ScenarioCompare comparison={{ scenarios: [side(1, 'Baseline', true), side(2, 'Clone', true)], hourlyDifferences }} />);
    const firstCells = () => [...view.getByTestId('compare-hours').querySelectorAll('tbody tr')].map((tr) => tr.querySelectorAll('td')[2].textContent);
    expect(view.getByTestId('compare-hours-title').textContent).toBe('Hours × queues that differ: 60');
    expect(firstCells()).toHaveLength(48);
    expect(firstCells()[0]).toBe('10 / 0');
    view.getByTestId('compare-pager-next').click();
    expect(firstCells()).toHaveLength(12);
    expect(firstCells()[0]).toBe('10 / 48');
  });
});
