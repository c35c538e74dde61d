// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import type { PeakWindow } from '../../shared/forecast/hourlyProfile.ts';
import type { CapEstimate, CapRecommendation } from '../../shared/simulate/recommendCap.ts';
import { CapLeadTable } from '../../web/src/components/CapLeadTable.tsx';
import { GeneratorFactorsTable } from '../../web/src/components/GeneratorFactorsTable.tsx';
import { PeakWindowsTable } from '../../web/src/components/PeakWindowsTable.tsx';
import { setLocale } from '../../web/src/i18n/i18n.ts';

const estimate = (cap: number): CapEstimate => ({ cap, withinTarget: { mean: 0.8, low: 0.72, high: 0.88 }, abandonment: { mean: 0.03, low: 0.027, high: 0.033 }, averageResponseSeconds: { mean: 40, low: 36, high: 44 }, meetsLimits: true });
const recommendation = (cap: number): CapRecommendation => ({ cap, reason: 'tie', tiedWith: [cap, cap + 2], criterion: { maxAbandonment: 0.05, maxAverageResponseSeconds: 60 }, seeds: 5, estimates: [estimate(cap)] });

describe('the tables drawn with DataTable', () => {
  afterEach(cleanup);

  it('keeps the peak window input being typed in, and edits or removes only its own window', () => {
    setLocale('en');
    const [peaks, setPeaks] = createSignal<PeakWindow[]>([
      { startHour: 20, endHour: 22, multiplier: 1.5, days: 'event_day' },
      { startHour: 0, endHour: 1, multiplier: 2, days: 'every_day' },
    ]);
    const { getByTestId } = render(() => <PeakWindowsTable peaks={peaks()} onPeaks={setPeaks} />);
    const rows = () => [...getByTestId('peak-windows').querySelectorAll('tbody tr')];
    const multiplier = rows()[0].querySelectorAll('input')[2];
    fireEvent.input(multiplier, { target: { value: '1.8' } });
    expect(peaks()[0].multiplier).toBe(1.8);
    expect(peaks()[1]).toEqual({ startHour: 0, endHour: 1, multiplier: 2, days: 'every_day' });
    // The same element, not a new row's: a redrawn row would drop the focus while the planner types.
    expect(rows()[0].querySelectorAll('input')[2]).toBe(multiplier);
    rows()[0].querySelector('button')!.click();
    expect(peaks()).toEqual([{ startHour: 0, endHour: 1, multiplier: 2, days: 'every_day' }]);
    expect(rows()).toHaveLength(1);
    expect((rows()[0].querySelector('input') as HTMLInputElement).value).toBe('0');
  });

  it('passes each queue’s total and factors to the generator by field', () => {
    setLocale('en');
    const changes: [string, string, number][] = [];
    const per = (x: number) => ({ pre_sale: x, after_sale: x, logistics: x });
    const { container } = render(() => <GeneratorFactorsTable totals={per(100)} eve={per(1.5)} eventDay={per(3)} onChange={(...c) => changes.push(c)} />);
    const rows = [...container.querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.querySelector('td')!.textContent)).toEqual(['Pre-sale', 'After-sale', 'Logistics']);
    fireEvent.input(rows[1].querySelectorAll('input')[2], { target: { value: '2.5' } });
    fireEvent.input(rows[2].querySelectorAll('input')[0], { target: { value: '80' } });
    expect(changes).toEqual([['eventDay', 'after_sale', 2.5], ['totals', 'logistics', 80]]);
  });

  it('says the queue and the rule once across a lead’s two rows, and a cap not tried once across its figures', () => {
    setLocale('en');
    const leads = [{ queue: 'after_sale' as const, scenarioCap: 3, atScenarioCap: null, recommendation: recommendation(6), atRecommendedCap: estimate(6) }];
    const { getByTestId } = render(() => <CapLeadTable leads={leads} rules={{ after_sale: { cap: 5, serviceMinutesPerCustomer: 1, peakRepliesPerMinute: 5, questionsPerCustomer: 1 } }} />);
    const scenario = getByTestId('lead-after_sale-scenario');
    const recommended = getByTestId('lead-after_sale-recommended');
    expect([...scenario.querySelectorAll('td')].map((td) => [td.textContent, td.rowSpan, td.colSpan])).toEqual([
      ['After-sale', 2, 1],
      ['Scenario cap 3', 1, 1],
      ['not among the caps simulated', 1, 3],
      ['5', 2, 1],
    ]);
    expect(scenario.classList.contains('current')).toBe(true);
    expect(scenario.querySelector('[data-testid=lead-within]')).toBeNull();
    expect(recommended.classList.contains('best')).toBe(true);
    expect(recommended.querySelectorAll('td')).toHaveLength(4);
    expect(recommended.querySelector('[data-testid=lead-cap]')!.textContent).toBe('6');
    expect(recommended.querySelector('[data-testid=lead-within]')!.textContent).toContain('80%');
  });
});
