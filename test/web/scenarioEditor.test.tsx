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
