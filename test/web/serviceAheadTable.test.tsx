// @vitest-environment happy-dom
import { cleanup, render } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { ServiceAheadTable } from '../../web/src/components/ServiceAheadTable.tsx';
import { setLocale } from '../../web/src/i18n/i18n.ts';

const figures = (withinTarget: number, averageResponseSeconds: number | null, abandonment: number) => ({ withinTarget, averageResponseSeconds, abandonment });
const service = {
  from: '2026-11-10T20:00:00+08:00',
  to: '2026-11-11T02:00:00+08:00',
  hours: 6,
  queues: [
    { queue: 'pre_sale' as const, cap: 4, capAfter: 5, targetSeconds: 45, humanChats: 5200, agentHoursBefore: 300, agentHoursAfter: 324, before: figures(0.712, 38.5, 0.081), after: figures(0.874, 21.2, 0.032) },
    { queue: 'logistics' as const, cap: 5, capAfter: 5, targetSeconds: 60, humanChats: 140, agentHoursBefore: 12, agentHoursAfter: 12, before: figures(0.95, 9, 0.004), after: figures(0.95, 9, 0.004) },
  ],
};

describe('ServiceAheadTable', () => {
  afterEach(cleanup);

  it('shows each queue as published and with the changes, one figure where they agree, in either language', () => {
    setLocale('en');
    const en = render(() => <ServiceAheadTable service={service} />);
    expect(en.getByRole('heading').textContent).toContain('the next 6 hours');
    const pre = en.getByTestId('service-pre_sale').textContent!;
    expect(pre).toContain('Pre-sale');
    expect(pre).toContain('300 → 324');
    expect(en.getByTestId('service-pre_sale').querySelector('[data-testid="service-within"]')!.textContent).toBe('71.2% → 87.4% (45 s)');
    expect(pre).toContain('8.1% → 3.2%');
    expect(pre).toContain('4 → 5');
    const logistics = en.getByTestId('service-logistics').textContent!;
    expect(logistics).not.toContain('→');
    expect(logistics).toContain('95%');
    cleanup();
    setLocale('zh-CN');
    const zh = render(() => <ServiceAheadTable service={service} />);
    expect(zh.getByRole('heading').textContent).toContain('未来 6 小时');
    expect(zh.getByTestId('service-pre_sale').textContent).toContain('39 秒 → 21 秒');
  });

  it('says so when no open hour is left', () => {
    setLocale('en');
    const view = render(() => <ServiceAheadTable service={{ from: null, to: null, hours: 0, queues: [] }} />);
    expect(view.getByTestId('service-ahead').textContent).toContain('No open hour is left');
  });
});
