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
});
