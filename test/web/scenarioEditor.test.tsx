// @vitest-environment happy-dom
// Saving a scenario: a draft that is not JSON, a stale version (409) and a save that goes through, on a stand-in API.
import { cleanup, fireEvent, render } from '@solidjs/testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../web/src/api.ts';
import { setLocale } from '../../web/src/i18n/i18n.ts';
import { en } from '../../web/src/i18n/en.ts';

const saves = vi.hoisted(() => ({ answers: [] as (() => Promise<unknown>)[], patches: [] as unknown[] }));
vi.mock('../../web/src/api.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../web/src/api.ts')>();
  return { ...actual, api: { ...actual.api, updateScenario: (_id: number, _version: number, patch: unknown) => (saves.patches.push(patch), saves.answers.shift()!()) } };
});
const { ApiError } = await import('../../web/src/api.ts');
const { ScenarioEditor } = await import('../../web/src/pages/ScenarioEditor.tsx');

const SCENARIO: Scenario = { id: 7, eventId: 1, parentId: null, name: 'Baseline', isBaseline: true, params: {}, version: 3, createdAt: '', updatedAt: '' };

describe('ScenarioEditor', () => {
  afterEach(cleanup);

  it('says a draft is not JSON, explains a stale save, and clears the error once a save goes through', async () => {
    setLocale('en');
    const onSaved = vi.fn();
    const { getByTestId, queryByTestId, container } = render(() => <ScenarioEditor scenario={SCENARIO} onSaved={onSaved} />);
    const textarea = container.querySelector('textarea')!;
    fireEvent.input(textarea, { target: { value: '{ not json' } });
    getByTestId('save-scenario').click();
    await vi.waitFor(() => expect(getByTestId('error').textContent).toContain(en.invalidJson));
    expect(saves.patches).toHaveLength(0);

    fireEvent.input(textarea, { target: { value: '{}' } });
    saves.answers.push(async () => {
      throw new ApiError(409, { error: { code: 'VERSION_CONFLICT', message: 'scenario 7 is at version 4' } });
    });
    getByTestId('save-scenario').click();
    await vi.waitFor(() => expect(queryByTestId('conflict')).not.toBeNull());
    expect(onSaved).not.toHaveBeenCalled();

    saves.answers.push(async () => SCENARIO);
    getByTestId('save-scenario').click();
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect(queryByTestId('error')).toBeNull();
    expect(queryByTestId('conflict')).toBeNull();
    expect(container.querySelector('p.ok')?.textContent).toBe(en.saved);
    expect(saves.patches).toEqual([{ name: 'Baseline', params: {} }, { name: 'Baseline', params: {} }]);
  });
});

describe('ScenarioEditor queue windows', () => {
  afterEach(cleanup);

  it('changes, adds and removes a booked-staff lever’s window per queue in Shanghai wall time, with the API’s message at the queue', async () => {
    setLocale('en');
    saves.patches.length = 0;
    const afterSale = { start: '2026-11-12T00:00+08:00', end: '2026-11-19T00:00+08:00' };
    const scenario: Scenario = { ...SCENARIO, params: { levers: { temps: { maxPerDay: 10, queues: ['pre_sale', 'after_sale'], queueWindows: { after_sale: afterSale } } } } };
    // As the API gives them: UTC with milliseconds.
    const eventWindow = { start: '2026-11-10T00:00:00.000Z', end: '2026-11-11T18:00:00.000Z' };
    const page = render(() => <ScenarioEditor scenario={scenario} onSaved={() => {}} eventWindow={eventWindow} />);
    const input = (id: string) => page.getByTestId(id) as HTMLInputElement;
    // Listed for the queues the lever serves: after-sale with its window, pre-sale without one, logistics not at all.
    expect(input('lever-temps-queueWindows-after_sale-start').value).toBe('2026-11-12T00:00');
    expect(input('lever-temps-queueWindows-after_sale-end').value).toBe('2026-11-19T00:00');
    expect(page.queryByTestId('lever-temps-queueWindows-pre_sale-start')).toBeNull();
    expect(page.queryByTestId('lever-temps-queueWindows-logistics')).toBeNull();

    fireEvent.change(input('lever-temps-queueWindows-after_sale-end'), { target: { value: '2026-11-20T12:00' } });
    page.getByTestId('lever-temps-queueWindows-pre_sale-add').click();
    expect(input('lever-temps-queueWindows-pre_sale-start').value).toBe('2026-11-10T08:00');
    expect(input('lever-temps-queueWindows-pre_sale-end').value).toBe('2026-11-12T02:00');
    fireEvent.change(input('lever-temps-queueWindows-pre_sale-end'), { target: { value: '2026-11-09T00:00' } });
    saves.answers.push(async () => {
      throw new ApiError(400, { error: { code: 'VALIDATION', message: 'params.levers.temps.queueWindows.pre_sale.end: start must be before end', details: [{ field: 'params.levers.temps.queueWindows.pre_sale.end', message: 'start must be before end' }] } });
    });
    page.getByTestId('save-scenario').click();
    await vi.waitFor(() => expect(page.getByTestId('lever-temps-queueWindows-pre_sale-error').textContent).toBe('start must be before end'));
    expect(page.getByTestId('lever-temps-queueWindows-pre_sale').classList.contains('invalid')).toBe(true);
    expect(page.queryByTestId('lever-temps-queueWindows-after_sale-error')).toBeNull();

    page.getByTestId('lever-temps-queueWindows-pre_sale-remove').click();
    saves.answers.push(async () => scenario);
    page.getByTestId('save-scenario').click();
    await vi.waitFor(() => expect(saves.patches).toHaveLength(2));
    const saved = (patch: unknown) => (patch as { params: { levers: { temps: { queueWindows: unknown } } } }).params.levers.temps.queueWindows;
    expect(saved(saves.patches[0])).toEqual({ after_sale: { start: afterSale.start, end: '2026-11-20T12:00:00+08:00' }, pre_sale: { start: '2026-11-10T08:00:00+08:00', end: '2026-11-09T00:00:00+08:00' } });
    expect(saved(saves.patches[1])).toEqual({ after_sale: { start: afterSale.start, end: '2026-11-20T12:00:00+08:00' } });
  });
});
