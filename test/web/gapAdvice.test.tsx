// @vitest-environment happy-dom
import { cleanup, render } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import type { RosterDetail } from '../../web/src/api.ts';
import { GapAdvice } from '../../web/src/components/GapAdvice.tsx';
import { setLocale } from '../../web/src/i18n/i18n.ts';

type Diagnostics = RosterDetail['diagnostics'];

describe('GapAdvice', () => {
  afterEach(cleanup);
  const templates = [{ code: 'D', nameZh: '白班', nameEn: 'Day' }];
  const suggestions: Diagnostics['suggestions'] = [{ kind: 'agents', queue: 'pre_sale', template: 'D', extraAgents: 2, dates: ['2026-11-11'], message: 'add 2 agents' }];
  const summary = { totalAgentHours: 43.5, hoursShort: 47, worst: [], message: '' };
  const cost = { wagesCny: 500_000, overtimeCny: 20_000, tempsCny: 10_000, borrowedCny: 0, lostGmvCny: 100_000, totalCny: 630_000 };
  const before = { cost: { wagesCny: 480_000, overtimeCny: 0, tempsCny: 0, borrowedCny: 0, lostGmvCny: 400_000, totalCny: 880_000 }, coverage: { shortHours: 120, shortAgentHours: 310.25 } };
  const diagnostics = (extra: Partial<Diagnostics>): Diagnostics => ({ summary, suggestions, violations: [], overtime: [], objective: {} as Diagnostics['objective'], cost, ...extra });

  it('shows before and after in either language and hides the template suggestions when the roster has levers', () => {
    setLocale('en');
    const en = render(() => <GapAdvice diagnostics={diagnostics({ before })} templates={templates} />);
    expect(en.getByTestId('before-after-totalCny').textContent).toBe('Total880,000 CNY630,000 CNY');
    expect(en.getByTestId('before-after-lostGmvCny').textContent).toBe('GMV at risk (lost sales)400,000 CNY100,000 CNY');
    expect(en.getByTestId('before-after-shortHours').textContent).toBe('Short hours12047');
    expect(en.getByTestId('before-after-shortAgentHours').textContent).toBe('Short agent-hours310.343.5');
    expect(en.getByTestId('before-after').textContent).toContain('Without levers');
    expect(en.queryByText('What would close the gap')).toBeNull();
    cleanup();
    setLocale('zh-CN');
    const zh = render(() => <GapAdvice diagnostics={diagnostics({ before })} templates={templates} />);
    expect(zh.getByTestId('before-after-totalCny').textContent).toBe('合计880,000 元630,000 元');
    expect(zh.getByTestId('before-after').textContent).toContain('不用调控手段');
    expect(zh.getByText('调控前后对比')).toBeTruthy();
  });

  it('keeps the template suggestions for a roster without levers', () => {
    setLocale('en');
    const plain = render(() => <GapAdvice diagnostics={diagnostics({})} templates={templates} />);
    expect(plain.queryByTestId('before-after')).toBeNull();
    expect(plain.getByText('What would close the gap')).toBeTruthy();
  });
});
