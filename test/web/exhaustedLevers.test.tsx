// @vitest-environment happy-dom
import { cleanup, render } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { ExhaustedLevers } from '../../web/src/components/ExhaustedLevers.tsx';
import { setLocale } from '../../web/src/i18n/i18n.ts';

const team = {
  lever: 'staff' as const,
  queue: 'pre_sale' as const,
  causes: ['noAgentFree' as const],
  hours: ['2026-11-14T07:00:00+08:00'],
  marginalValueCny: 199_965,
  oneMore: { unit: 'agentHour' as const, start: '2026-11-14T07:00:00+08:00', end: '2026-11-14T08:00:00+08:00', agentHours: 2, lostGmvCny: 0, floorCny: 200_000, floorAgentHours: 2, costCny: 70 },
  message: '',
};
const temps = {
  ...team,
  lever: 'temps' as const,
  causes: ['bookedAll' as const],
  marginalValueCny: 0,
  oneMore: { unit: 'person' as const, start: '2026-11-11T10:00:00+08:00', end: '2026-11-11T16:00:00+08:00', agentHours: 1.41, lostGmvCny: 152.88, floorCny: 0, floorAgentHours: 0, costCny: 180 },
};

describe('ExhaustedLevers', () => {
  afterEach(() => {
    cleanup();
    setLocale('en');
  });

  it('names the agent-hours one more unit lifts to the floor and counts only cash as money', () => {
    setLocale('en');
    const { getByTestId } = render(() => <ExhaustedLevers exhausted={[team, temps]} />);
    const [floor, cash] = [...getByTestId('plan-exhausted').querySelectorAll('li')].map((li) => li.textContent ?? '');
    expect(floor).toContain('2 of them back up to the coverage floor');
    expect(floor).toContain('(-70 CNY net in cash)');
    expect(floor).not.toMatch(/200,000|199,965/);
    // A temp that covers 152.88 CNY of lost GMV for 180 CNY does not pay: it says so instead of "0 net".
    expect(cash).toContain('save 153 CNY of lost GMV for 180 CNY: -27 CNY net.');
  });

  it('says the same in Chinese', () => {
    setLocale('zh-CN');
    const { getByTestId } = render(() => <ExhaustedLevers exhausted={[team]} />);
    expect(getByTestId('plan-exhausted').textContent).toContain('其中 2 人时回到覆盖底线');
  });

  it('lists the short hours by day, since the team’s line spans several days and has no date of its own', () => {
    setLocale('en');
    const days = { ...team, hours: ['2026-11-14T07:00:00+08:00', '2026-11-12T07:00:00+08:00', '2026-11-12T16:00:00+08:00', '2026-11-13T07:00:00+08:00'] };
    const many = { ...temps, hours: Array.from({ length: 11 }, (_, h) => `2026-11-11T${String(h + 9).padStart(2, '0')}:00:00+08:00`) };
    const { getByTestId } = render(() => <ExhaustedLevers exhausted={[days, many]} />);
    const [floor, booked] = [...getByTestId('plan-exhausted').querySelectorAll('li')].map((li) => li.textContent ?? '');
    expect(floor).toContain('The team ran out for Pre-sale: 4 hour(s) still short (no agent free within the rules): Nov 12 07:00, 16:00; Nov 13 07:00; Nov 14 07:00.');
    expect(booked).toContain('11 hour(s) still short (every person allowed that day is booked): Nov 11 09:00, 10:00, 11:00, 12:00, 13:00, 14:00, 15:00, 16:00 and 3 more.');
    cleanup();
    setLocale('zh-CN');
    const zh = render(() => <ExhaustedLevers exhausted={[days]} />);
    // Chinese puts no space between sentences.
    expect(zh.getByTestId('plan-exhausted').textContent).toContain('11月12日 07:00、16:00；11月13日 07:00；11月14日 07:00。再多');
  });

  it('says a re-planned roster’s lever report belongs to the roster it was re-planned from, in either language', () => {
    setLocale('en');
    const en = render(() => <ExhaustedLevers exhausted={undefined} replannedFrom={7} />);
    expect(en.queryByTestId('plan-exhausted')).toBeNull();
    expect(en.getByTestId('replanned-note').textContent).toContain('Re-planned during the event from roster #7');
    cleanup();
    setLocale('zh-CN');
    const zh = render(() => <ExhaustedLevers exhausted={[team]} replannedFrom={7} />);
    expect(zh.queryByTestId('plan-exhausted')).toBeNull();
    expect(zh.getByTestId('replanned-note').textContent).toContain('排班 #7');
  });
});
