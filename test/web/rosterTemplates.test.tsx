// @vitest-environment happy-dom
// The grid's key names every template the roster uses, the event's own and those the levers add, in both languages.
import { cleanup, render } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import type { RosterDetail } from '../../web/src/api.ts';
import { TemplateLegend } from '../../web/src/components/TemplateLegend.tsx';
import { setLocale } from '../../web/src/i18n/i18n.ts';
import { rosterTemplates, templateStyles } from '../../web/src/state/rosterGrid.ts';

const shift = (agentId: string, template: string, start: string, end: string, overtimeHours?: number) =>
  ({ id: 0, uid: '', sequence: 0, status: 'confirmed', note: null, agentId, queue: 'pre_sale', template, start, end, ...(overtimeHours ? { overtimeHours } : {}) }) as RosterDetail['assignments'][number];
const ROSTER = {
  assignments: [
    shift('A001', 'E', '2026-11-11T08:00:00+08:00', '2026-11-11T16:00:00+08:00'),
    shift('A002', 'P20-6', '2026-11-10T20:00:00+08:00', '2026-11-11T03:00:00+08:00', 1),
    shift('TEMP-001', 'TEMP', '2026-11-11T09:00:00+08:00', '2026-11-11T13:00:00+08:00'),
    shift('BORROWED-001', 'BORROWED', '2026-11-11T09:00:00+08:00', '2026-11-11T13:00:00+08:00'),
  ],
} as RosterDetail;
const EARLY = { code: 'E', nameZh: '早班', nameEn: 'Early', startHour: 8, durationHours: 8 };

describe('rosterTemplates', () => {
  afterEach(cleanup);

  it('names peak shifts by their hours and booked staff by their lever', () => {
    expect(rosterTemplates([EARLY], ROSTER).map(({ code, nameZh, nameEn, startHour, durationHours }) => ({ code, nameZh, nameEn, startHour, durationHours }))).toEqual([
      EARLY,
      { code: 'BORROWED', nameZh: '借调', nameEn: 'Borrowed', startHour: 9, durationHours: 4 },
      { code: 'P20-6', nameZh: '高峰班 20:00-02:00', nameEn: 'Peak 20:00-02:00', startHour: 20, durationHours: 6 },
      { code: 'TEMP', nameZh: '临时工', nameEn: 'Temp', startHour: 9, durationHours: 4 },
    ]);
  });

  it('shows the names in the key in the reader’s language', () => {
    setLocale('zh-CN');
    const { container } = render(() => <TemplateLegend templates={[...templateStyles(rosterTemplates([EARLY], ROSTER)).values()]} />);
    expect(container.textContent).toContain('TEMP 临时工');
    expect(container.textContent).toContain('BORROWED 借调');
    expect(container.textContent).toContain('P20-6 高峰班 20:00-02:00');
    setLocale('en');
  });
});
