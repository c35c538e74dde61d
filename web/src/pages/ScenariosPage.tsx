import { createMemo, createResource, createSignal, Show } from 'solid-js';
import { api, type Scenario } from '../api.ts';
import { createAction } from '../state/action.ts';
import { DataTable, type Column } from '../components/DataTable.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { dateTime } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';
import { useEvent } from '../state/eventContext.ts';
import { ScenarioCompare } from './ScenarioCompare.tsx';
import { ScenarioEditor } from './ScenarioEditor.tsx';

/** Scenarios: clone, edit params (optimistic locking), delete, and compare two or more side by side. */
export default function ScenariosPage() {
  const ctx = useEvent();
  const [cloneName, setCloneName] = createSignal('');
  const action = createAction();
  const [picked, setPicked] = createSignal<number[]>([]);
  const [compareIds, setCompareIds] = createSignal<number[]>();
  const [comparison] = createResource(compareIds, api.compare);
  const toggle = (id: number, on: boolean) => setPicked((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)));
  const run = (work: () => Promise<unknown>) => action.run(work).then(() => ctx.refetchScenarios());
  const clone = () =>
    run(async () => {
      const created = await api.cloneScenario(ctx.eventId(), cloneName(), ctx.scenario()?.id);
      setCloneName('');
      ctx.selectScenario(created.id);
    });
  const sorted = createMemo(() => ctx.scenarios() ?? []);
  const eventWindow = () => {
    const e = ctx.event();
    return e ? { start: e.windowStart, end: e.windowEnd } : undefined;
  };
  const columns: Column<Scenario>[] = [
    { header: 'compare', cell: (s) => <input type="checkbox" checked={picked().includes(s.id)} onChange={(e) => toggle(s.id, e.currentTarget.checked)} aria-label={t('compare')} /> },
    {
      header: 'scenarioName',
      cell: (s) => (
        <>
          <button class="link" onClick={() => ctx.selectScenario(s.id)}>{s.name}</button> <Show when={s.isBaseline}><span class="badge">{t('baseline')}</span></Show>
        </>
      ),
    },
    { header: 'version', cell: (s) => s.version },
    { header: 'updatedAt', cell: (s) => dateTime(s.updatedAt) },
    {
      cell: (s) => (
        <Show when={!s.isBaseline}>
          <button class="link danger" onClick={() => void run(() => api.deleteScenario(s.id))}>{t('delete')}</button>
        </Show>
      ),
    },
  ];
  return (
    <section class="stack">
      <div class="card stack">
        <h2>{t('scenarios')}</h2>
        <DataTable columns={columns} rows={sorted()} box={false} testId="scenario-list" rowClassList={(s) => ({ selected: s.id === ctx.scenario()?.id })} />
        <div class="actions">
          <button class="secondary" disabled={picked().length < 2} onClick={() => setCompareIds([...picked()])} data-testid="compare">
            {t('compareSelected', { n: picked().length })}
          </button>
          <input placeholder={t('cloneName')} value={cloneName()} onInput={(e) => setCloneName(e.currentTarget.value)} data-testid="clone-name" />
          <button disabled={!cloneName().trim() || action.busy()} title={cloneName().trim() ? undefined : t('cloneNeedsName')} onClick={() => void clone()} data-testid="clone">
            {t('cloneFrom', { name: ctx.scenario()?.name ?? '' })}
          </button>
          <Show when={!cloneName().trim()}>
            <span class="muted" data-testid="clone-hint">{t('cloneNeedsName')}</span>
          </Show>
        </div>
        <Show when={action.error()}>{(e) => <ErrorNotice error={e()} />}</Show>
      </div>
      <Show when={ctx.scenario()}>{(s) => <ScenarioEditor scenario={s()} onSaved={ctx.refetchScenarios} eventWindow={eventWindow()} />}</Show>
      <Show when={comparison.error}>{(e) => <ErrorNotice error={e()} />}</Show>
      <Show when={comparison.loading}>
        <p class="card muted" data-testid="comparing">{t('comparing')}</p>
      </Show>
      <Show when={!comparison.loading && comparison()}>{(c) => <ScenarioCompare comparison={c()} />}</Show>
    </section>
  );
}
