import { createEffect, createSignal, For, on, Show } from 'solid-js';
import { QUEUE_CODES, type QueueCode } from '../../../shared/types.ts';
import { api, ApiError, type Scenario } from '../api.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { LeversEditor } from '../components/levers/LeversEditor.tsx';
import type { WallWindow } from '../components/levers/WindowEdit.tsx';
import { ParamField } from '../components/ParamField.tsx';
import { paramInForce } from '../../../shared/scenario/paramInForce.ts';
import { queueLabel } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';
import { createAction } from '../state/action.ts';
import { perDayRefused } from '../state/perDayDraft.ts';
import { draftJson, parseDraft, QUICK_FIELDS, withDefault, withVolume, type QuickKey } from '../state/scenarioDraft.ts';

/** Edits one scenario's name and params; saves with the version it was loaded at, so a stale save gets a clear 409. `eventWindow` starts a new booking window. */
export function ScenarioEditor(props: { scenario: Scenario; onSaved: () => void; eventWindow?: WallWindow }) {
  const [name, setName] = createSignal('');
  const [json, setJson] = createSignal('');
  const action = createAction();
  const error = action.error;
  const [saved, setSaved] = createSignal(false);
  const reset = () => {
    setName(props.scenario.name);
    setJson(draftJson(props.scenario.params));
    action.setError(undefined);
  };
  createEffect(on(() => [props.scenario.id, props.scenario.version], reset));
  const parsed = () => parseDraft(json());
  const quickValue = (key: QuickKey) => parsed()?.requirement?.defaults?.[key] ?? '';
  const setQuick = (key: QuickKey, value: string) => setJson(draftJson(withDefault(parsed() ?? {}, key, value)));
  const volume = (q: QueueCode) => parsed()?.volume?.byQueue?.[q] ?? '';
  const setVolume = (q: QueueCode, value: string) => setJson(draftJson(withVolume(parsed() ?? {}, q, value)));
  const save = async () => {
    setSaved(false);
    const params = parsed();
    if (!params) return action.setError(new Error(t('invalidJson')));
    // A per-date count the field refuses is never sent: the API would refuse it less clearly, far from its row.
    if (perDayRefused(params.levers)) return action.setError(new Error(t('leverPerDayRefused')));
    await action.run(async () => {
      await api.updateScenario(props.scenario.id, props.scenario.version, { name: name(), params });
      setSaved(true);
      props.onSaved();
    });
  };
  const conflict = () => error() instanceof ApiError && (error() as ApiError).status === 409;
  return (
    <div class="card stack" data-testid="scenario-editor">
      <h2>{t('editScenario', { name: props.scenario.name, version: props.scenario.version })}</h2>
      <label>
        {t('scenarioName')}
        <input value={name()} onInput={(e) => setName(e.currentTarget.value)} data-testid="scenario-name" />
      </label>
      <div class="row wrap">
        <For each={QUICK_FIELDS}>
          {(q) => (
            <ParamField
              label={t(q.label)}
              step={q.step}
              value={quickValue(q.key)}
              inForce={paramInForce(parsed()?.requirement ?? props.scenario.params.requirement, q.key)}
              onInput={(value) => setQuick(q.key, value)}
              testId={`param-${q.key}`}
            />
          )}
        </For>
      </div>
      <div class="row wrap">
        <For each={QUEUE_CODES}>
          {(q) => (
            <label>
              {t('volumeMultiplier', { queue: queueLabel(q) })}
              <input type="number" step="0.1" min="0" placeholder="1" value={volume(q)} onInput={(e) => setVolume(q, e.currentTarget.value)} />
            </label>
          )}
        </For>
      </div>
      <LeversEditor params={parsed()} onParams={(next) => setJson(draftJson(next))} error={error()} eventWindow={props.eventWindow} />
      <details>
        <summary>{t('paramsJson')}</summary>
        <textarea rows="12" class="code" value={json()} onInput={(e) => setJson(e.currentTarget.value)} />
      </details>
      <Show when={error()}>{(e) => <ErrorNotice error={e()} />}</Show>
      <Show when={conflict()}>
        <p class="warn" data-testid="conflict">
          {t('conflictHelp')} <button class="link" onClick={props.onSaved}>{t('reloadLatest')}</button>
        </p>
      </Show>
      <Show when={saved()}>
        <p class="ok">{t('saved')}</p>
      </Show>
      <div class="actions">
        <button onClick={() => void save()} data-testid="save-scenario">{t('save')}</button>
        <button class="secondary" onClick={reset}>{t('discard')}</button>
      </div>
    </div>
  );
}
