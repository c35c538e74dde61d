// @vitest-environment happy-dom
import { cleanup, render } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { CostBreakdown } from '../../web/src/components/CostBreakdown.tsx';
import { setLocale } from '../../web/src/i18n/i18n.ts';

describe('CostBreakdown', () => {
  afterEach(cleanup);
  const cost = { wagesCny: 508480, overtimeCny: 0, tempsCny: 0, borrowedCny: 0, lostGmvCny: 2_345_678.4, totalCny: 2_854_158.4 };

  it('shows every part and the total in CNY, and labels the demo assumptions, in either language', () => {
    setLocale('en');
    const en = render(() => <CostBreakdown cost={cost} />);
    expect(en.getByTestId('cost-wagesCny').textContent).toBe('508,480 CNY');
    expect(en.getByTestId('cost-lostGmvCny').textContent).toBe('2,345,678 CNY');
    expect(en.getByTestId('cost-totalCny').textContent).toBe('2,854,158 CNY');
    expect(en.getByTestId('cost-breakdown').textContent).toContain('Demo assumptions');
    expect(en.getByTestId('cost-breakdown').textContent).toContain('wages 35 CNY an hour full-time and 25 part-time');
    expect(en.getByTestId('cost-breakdown').textContent).toContain('× 40% inquiry conversion × 200 CNY');
    cleanup();
    setLocale('zh-CN');
    const zh = render(() => <CostBreakdown cost={cost} />);
    expect(zh.getByTestId('cost-totalCny').textContent).toBe('2,854,158 元');
    expect(zh.getByTestId('cost-breakdown').textContent).toContain('演示假设');
  });

  it('lists the levers the plan pulls in the reader language', () => {
    const advice = [{ kind: 'cap' as const, queue: 'pre_sale' as const, cap: 5, costCny: 0, message: 'pre-sale cap 5' }];
    setLocale('en');
    expect(render(() => <CostBreakdown cost={cost} advice={advice} />).getByTestId('plan-advice').textContent).toBe('Pre-sale cap 5');
    cleanup();
    setLocale('zh-CN');
    expect(render(() => <CostBreakdown cost={cost} advice={advice} />).getByTestId('plan-advice').textContent).toBe('售前接待上限 5');
    cleanup();
    expect(render(() => <CostBreakdown cost={cost} />).queryByTestId('plan-advice')).toBeNull();
  });
});
