// @vitest-environment happy-dom
// The levers editor's per-date limits (temps and borrowed `perDay`) and a lever's own booking window, on the draft the
// scenario saves: rows added from the event's first date, edited, moved and removed; a duplicate date or a count that is
// not a whole number refused at its field, and a refused count never sent. The peak-shift and overtime levers' windows
// on the same draft.
import { cleanup, fireEvent, render } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../web/src/api.ts';
import { en } from '../../web/src/i18n/en.ts';
import { setLocale } from '../../web/src/i18n/i18n.ts';
import { zhCN } from '../../web/src/i18n/zh-CN.ts';

const saves = vi.hoisted(() => ({ patches: [] as unknown[] }));
vi.mock('../../web/src/api.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../web/src/api.ts')>();
  return { ...actual, api: { ...actual.api, updateScenario: async (_id: number, _version: number, patch: unknown) => (saves.patches.push(patch), {}) } };
});
const { LeversEditor } = await import('../../web/src/components/levers/LeversEditor.tsx');
const { ScenarioEditor } = await import('../../web/src/pages/ScenarioEditor.tsx');

type Params = Scenario['params'];
// As the API gives it: UTC with milliseconds; the event's first date in Shanghai is 2026-11-10.
const EVENT_WINDOW = { start: '2026-11-10T00:00:00.000Z', end: '2026-11-11T18:00:00.000Z' };

/** The levers editor on a draft held as a signal, as the scenario editor holds it. */
function editor(initial: Params) {
  const [params, setParams] = createSignal<Params>(initial);
  const page = render(() => <LeversEditor params={params()} onParams={setParams} error={undefined} eventWindow={EVENT_WINDOW} />);
  const input = (id: string) => page.getByTestId(id) as HTMLInputElement;
  const lever = (name: string) => (params().levers as Record<string, Record<string, unknown>>)[name];
  const temps = () => lever('temps');
  return { page, input, temps, lever };
}

describe('per-date limits', () => {
  afterEach(cleanup);

  it('adds, edits, moves and removes a date’s limit in the draft, refusing a duplicate date and a count that is not a whole number', () => {
    setLocale('en');
    const { page, input, temps } = editor({ levers: { temps: { maxPerDay: 150, perDay: { '2026-11-11': 520 } } } });
    const id = 'lever-temps-perDay';
    expect(input(`${id}-2026-11-11-count`).value).toBe('520');
    expect(page.getByTestId(`${id}-source`).textContent).toBe(en.paramInForce.replace('{{ value }}', en.leverPerDayOwn.replace('{{ n }}', '1')).replace('{{ source }}', en.paramFromScenario));

    // The first date not listed from the event's first date, at the day's bound in force; then the next free one.
    page.getByTestId(`${id}-add`).click();
    page.getByTestId(`${id}-add`).click();
    expect(temps().perDay).toEqual({ '2026-11-10': 150, '2026-11-11': 520, '2026-11-12': 150 });
    expect(input(`${id}-2026-11-10-date`).value).toBe('2026-11-10');
    expect(page.getByTestId(`${id}-2026-11-10`).textContent).toContain('Tue');

    fireEvent.input(input(`${id}-2026-11-10-count`), { target: { value: '380' } });
    expect(temps().perDay).toEqual({ '2026-11-10': 380, '2026-11-11': 520, '2026-11-12': 150 });
    for (const bad of ['-5', '1.5', '']) {
      fireEvent.input(input(`${id}-2026-11-12-count`), { target: { value: bad } });
      expect(page.getByTestId(`${id}-2026-11-12-count-error`).textContent).toBe(en.leverPerDayCountInvalid);
      expect(page.getByTestId(`${id}-2026-11-12`).classList.contains('invalid')).toBe(true);
    }
    fireEvent.input(input(`${id}-2026-11-12-count`), { target: { value: '40' } });
    expect(page.queryByTestId(`${id}-2026-11-12-count-error`)).toBeNull();

    // A date another row lists is refused and put back; a free one takes the row's count along.
    fireEvent.change(input(`${id}-2026-11-12-date`), { target: { value: '2026-11-11' } });
    expect(page.getByTestId(`${id}-2026-11-12-date-error`).textContent).toBe(en.leverPerDayDuplicate.replace('{{ date }}', '2026-11-11'));
    expect(input(`${id}-2026-11-12-date`).value).toBe('2026-11-12');
    expect(temps().perDay).toEqual({ '2026-11-10': 380, '2026-11-11': 520, '2026-11-12': 40 });
    fireEvent.change(input(`${id}-2026-11-12-date`), { target: { value: '2026-11-13' } });
    expect(temps().perDay).toEqual({ '2026-11-10': 380, '2026-11-11': 520, '2026-11-13': 40 });
    expect(page.queryByTestId(`${id}-2026-11-12`)).toBeNull();

    for (const date of ['2026-11-11', '2026-11-13', '2026-11-10']) page.getByTestId(`${id}-${date}-remove`).click();
    // The last row gone, the record goes too (the schema's default) and the lever stays allowed.
    expect(temps()).toEqual({ maxPerDay: 150 });
    expect(page.getByTestId(`${id}-source`).textContent).toBe(`In force: ${en.leverPerDayNone} (${en.paramFromEvent})`);
    setLocale('zh-CN');
    expect(page.getByTestId(`${id}-source`).textContent).toBe(`生效值 ${zhCN.leverPerDayNone}（${zhCN.paramFromEvent}）`);
  });

  it('edits borrowed staff’s dates apart from the temps’', () => {
    setLocale('en');
    const { page } = editor({ levers: { temps: { maxPerDay: 150 }, borrowed: { maxPerDay: 30, perDay: {} } } });
    expect(page.getByTestId('lever-borrowed-perDay-source').textContent).toContain(en.paramFromEvent);
    page.getByTestId('lever-borrowed-perDay-add').click();
    expect(page.getByTestId('lever-borrowed-perDay-2026-11-10-count')).toBeTruthy();
    expect(page.queryByTestId('lever-temps-perDay-2026-11-10')).toBeNull();
  });
});

describe('a booked-staff lever’s own booking window', () => {
  afterEach(cleanup);

  it('starts as the event window, says so while absent, and is where a new queue window starts', () => {
    setLocale('en');
    const { page, input, temps } = editor({ levers: { temps: { maxPerDay: 10, queues: ['pre_sale'] } } });
    expect(page.getByTestId('lever-temps-window-source').textContent).toBe('In force: the event window Nov 10, 08:00 – Nov 12, 02:00 (event default)');
    page.getByTestId('lever-temps-window-add').click();
    expect(temps().window).toEqual({ start: '2026-11-10T08:00:00+08:00', end: '2026-11-12T02:00:00+08:00' });
    fireEvent.change(input('lever-temps-window-start'), { target: { value: '2026-11-10T20:00' } });
    expect(temps().window).toEqual({ start: '2026-11-10T20:00:00+08:00', end: '2026-11-12T02:00:00+08:00' });
    expect(page.getByTestId('lever-temps-window-source').textContent).toBe(`In force: ${en.leverOwnWindow} (${en.paramFromScenario})`);
    page.getByTestId('lever-temps-queueWindows-pre_sale-add').click();
    expect(temps().queueWindows).toEqual({ pre_sale: { start: '2026-11-10T20:00:00+08:00', end: '2026-11-12T02:00:00+08:00' } });
    page.getByTestId('lever-temps-window-remove').click();
    expect(temps().window).toBeUndefined();
  });
});

describe('the peak-shift and overtime windows', () => {
  afterEach(cleanup);

  it('sets the peak-shift window in the draft from the event window, says which is in force, and removes it', () => {
    setLocale('en');
    const { page, input, lever } = editor({ levers: { peakShifts: { lengths: [4, 6] } } });
    expect(page.getByTestId('lever-peakShifts-window').textContent).toContain(en.leverPeakWindow);
    expect(page.getByTestId('lever-peakShifts-window-source').textContent).toBe('In force: the event window Nov 10, 08:00 – Nov 12, 02:00 (event default)');
    page.getByTestId('lever-peakShifts-window-add').click();
    expect(lever('peakShifts')).toEqual({ lengths: [4, 6], window: { start: '2026-11-10T08:00:00+08:00', end: '2026-11-12T02:00:00+08:00' } });
    fireEvent.change(input('lever-peakShifts-window-start'), { target: { value: '2026-11-10T18:00' } });
    fireEvent.change(input('lever-peakShifts-window-end'), { target: { value: '2026-11-11T02:00' } });
    expect(lever('peakShifts')).toEqual({ lengths: [4, 6], window: { start: '2026-11-10T18:00:00+08:00', end: '2026-11-11T02:00:00+08:00' } });
    expect(page.getByTestId('lever-peakShifts-window-source').textContent).toBe(`In force: ${en.leverOwnWindow} (${en.paramFromScenario})`);
    setLocale('zh-CN');
    expect(page.getByTestId('lever-peakShifts-window-source').textContent).toBe(`生效值 ${zhCN.leverOwnWindow}（${zhCN.paramFromScenario}）`);
    page.getByTestId('lever-peakShifts-window-remove').click();
    expect(lever('peakShifts')).toEqual({ lengths: [4, 6] });
    // Overtime's window is its own, untouched by the peak shifts'.
    expect(page.queryByTestId('lever-overtime-window')).toBeNull();
  });

  it('sets the overtime window apart, its default the event’s and not the law’s', () => {
    setLocale('en');
    const { page, input, lever } = editor({ levers: { overtime: { maxHoursPerDay: 3 } } });
    expect(page.getByTestId('lever-overtime-window').textContent).toContain(en.leverOvertimeWindow);
    expect(page.getByTestId('lever-overtime-window-source').textContent).toBe('In force: the event window Nov 10, 08:00 – Nov 12, 02:00 (event default)');
    page.getByTestId('lever-overtime-window-add').click();
    fireEvent.change(input('lever-overtime-window-end'), { target: { value: '2026-11-11T23:00' } });
    expect(lever('overtime')).toEqual({ maxHoursPerDay: 3, window: { start: '2026-11-10T08:00:00+08:00', end: '2026-11-11T23:00:00+08:00' } });
    expect(page.queryByTestId('lever-peakShifts-window')).toBeNull();
  });
});

describe('saving per-date limits', () => {
  afterEach(cleanup);

  it('never sends a refused count, and sends the fixed one as the schema takes it', async () => {
    setLocale('en');
    saves.patches.length = 0;
    const scenario: Scenario = { id: 7, eventId: 1, parentId: null, name: 'Peak', isBaseline: false, params: { levers: { temps: { maxPerDay: 150 } } }, version: 3, createdAt: '', updatedAt: '' };
    const page = render(() => <ScenarioEditor scenario={scenario} onSaved={() => {}} eventWindow={EVENT_WINDOW} />);
    page.getByTestId('lever-temps-perDay-add').click();
    fireEvent.input(page.getByTestId('lever-temps-perDay-2026-11-10-count'), { target: { value: '-1' } });
    page.getByTestId('save-scenario').click();
    await vi.waitFor(() => expect(page.getByTestId('error').textContent).toContain(en.leverPerDayRefused));
    expect(saves.patches).toEqual([]);
    fireEvent.input(page.getByTestId('lever-temps-perDay-2026-11-10-count'), { target: { value: '380' } });
    page.getByTestId('save-scenario').click();
    await vi.waitFor(() => expect(saves.patches).toHaveLength(1));
    expect(saves.patches[0]).toEqual({ name: 'Peak', params: { levers: { temps: { maxPerDay: 150, perDay: { '2026-11-10': 380 } } } } });
  });
});
