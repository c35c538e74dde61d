// @vitest-environment happy-dom
import { cleanup, render } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { TeamOnDutyTable } from '../../web/src/components/TeamOnDutyTable.tsx';
import { setLocale } from '../../web/src/i18n/i18n.ts';

describe('TeamOnDutyTable', () => {
  afterEach(cleanup);

  it('shows each event day’s team working and off, in both languages, and nothing without days', () => {
    setLocale('en');
    const days = [{ date: '2026-11-11', working: 103, off: 49, offWeekFull: 40 }];
    const en = render(() => <TeamOnDutyTable days={days} />);
    expect([...en.getByTestId('team-on-duty').querySelectorAll('tbody td')].map((td) => td.textContent)).toEqual(['Wed, 11/11', '103', '49', '40']);
    expect(en.container.textContent).toContain('Off, the legal week already worked');
    cleanup();
    setLocale('zh-CN');
    const zh = render(() => <TeamOnDutyTable days={days} />);
    expect(zh.container.textContent).toContain('休息且本周法定工时已满');
    cleanup();
    setLocale('en');
    expect(render(() => <TeamOnDutyTable days={[]} />).queryByTestId('team-on-duty')).toBeNull();
  });
});
