// @vitest-environment happy-dom
import { cleanup, render } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { ReplanChanges } from '../../web/src/components/ReplanChanges.tsx';
import { setLocale } from '../../web/src/i18n/i18n.ts';
import { liveRows } from '../../web/src/state/live.ts';

const replan = {
  changes: [
    { kind: 'overtime' as const, agentId: 'A001', queue: 'pre_sale' as const, start: '2026-11-11T00:00:00+08:00', end: '2026-11-11T02:00:00+08:00', costCny: 105 },
    { kind: 'move' as const, agentId: 'A120', queue: 'pre_sale' as const, fromQueue: 'after_sale' as const, start: '2026-11-10T21:00:00+08:00', end: '2026-11-11T00:00:00+08:00', costCny: 0 },
    { kind: 'temps' as const, queue: 'pre_sale' as const, start: '2026-11-10T22:00:00+08:00', end: '2026-11-11T02:00:00+08:00', count: 3, costCny: 360 },
  ],
  before: { shortAgentHours: 40, lostGmvCny: 12_000 },
  after: { shortAgentHours: 31.5, lostGmvCny: 9_000 },
};

describe('ReplanChanges', () => {
  afterEach(cleanup);

  it('lists each change with its cost and shows the cost against the GMV saved, in either language', () => {
    setLocale('en');
    const en = render(() => <ReplanChanges replan={replan} />);
    expect(en.getAllByTestId('replan-change').map((r) => r.textContent)).toEqual([
      expect.stringContaining('Overtime'),
      expect.stringContaining('After-sale → Pre-sale'),
      expect.stringMatching(/Temps.*3.*360 CNY/),
    ]);
    expect(en.getByTestId('replan-cost').textContent).toBe('465 CNY');
    expect(en.getByTestId('replan-saved').textContent).toBe('3,000 CNY');
    expect(en.getByTestId('replan-short').textContent).toBe('40 → 31.5');
    cleanup();
    setLocale('zh-CN');
    const zh = render(() => <ReplanChanges replan={replan} />);
    expect(zh.getByTestId('replan-saved').textContent).toBe('3,000 元');
    expect(zh.getAllByTestId('replan-change')[0].textContent).toContain('加班');
  });

  it('says so when no change pays', () => {
    setLocale('en');
    const view = render(() => <ReplanChanges replan={{ changes: [], before: { shortAgentHours: 0, lostGmvCny: 0 }, after: { shortAgentHours: 0, lostGmvCny: 0 } }} />);
    expect(view.getByTestId('replan-none').textContent).toContain('keep the published roster');
    expect(view.queryAllByTestId('replan-change')).toEqual([]);
  });
});

describe('liveRows', () => {
  it('keeps the event window and joins the re-plan staffing to the open hours only', () => {
    const rf = {
      now: '2026-11-10T20:00:00+08:00',
      factors: [],
      rows: ['2026-11-10T07:00:00+08:00', '2026-11-10T19:00:00+08:00', '2026-11-10T20:00:00+08:00'].map((hourStart) => ({ hourStart, queue: 'pre_sale' as const, forecast: 100, observed: 1, expected: 130 })),
    };
    const plan = { now: rf.now, factor: {}, changes: [], before: replan.before, after: replan.after, rosterId: 1, applied: false, hours: [{ hourStart: '2026-11-10T12:00:00Z', queue: 'pre_sale' as const, required: 9, staffedBefore: 6, staffedAfter: 8 }] };
    const rows = liveRows(rf, plan, '2026-11-10T08:00:00+08:00', '2026-11-12T02:00:00+08:00');
    expect(rows.map((r) => [r.hourStart, r.staffedBefore, r.staffedAfter])).toEqual([
      ['2026-11-10T19:00:00+08:00', undefined, undefined],
      ['2026-11-10T20:00:00+08:00', 6, 8],
    ]);
  });
});
