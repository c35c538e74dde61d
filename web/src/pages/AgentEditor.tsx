import { createEffect, createSignal, For, Index, on, Show } from 'solid-js';
import { CONTRACTS, QUEUE_CODES, type Contract, type Interval, type QueueCode } from '../../../shared/types.ts';
import { api, type AgentRecord } from '../api.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { fromLocalInput, queueLabel, toLocalInput } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';
import { createAction } from '../state/action.ts';

/** Edits one agent's cross-training, contract, team and unavailability; the API validates and stores. */
export function AgentEditor(props: { eventId: number; agent: AgentRecord; onSaved: (agent: AgentRecord) => void }) {
  const [cross, setCross] = createSignal<QueueCode[]>([]);
  const [contract, setContract] = createSignal<Contract>('full_time');
  const [team, setTeam] = createSignal('');
  const [unavailable, setUnavailable] = createSignal<{ start: string; end: string }[]>([]);
  const action = createAction();
  const [saved, setSaved] = createSignal(false);
  createEffect(
    on(
      () => props.agent,
      (a) => {
        setCross([...a.crossTrainedFor]);
        setContract(a.contract);
        setTeam(a.team);
        setUnavailable(a.unavailable.map((i) => ({ start: toLocalInput(i.start), end: toLocalInput(i.end) })));
        action.setError(undefined);
        setSaved(false);
      },
    ),
  );
  const save = async () => {
    setSaved(false);
    const agent = await action.run(() => {
      const intervals: Interval[] = unavailable().map((i) => ({ start: fromLocalInput(i.start), end: fromLocalInput(i.end) }));
      return api.updateAgent(props.eventId, props.agent.id, { crossTrainedFor: cross(), contract: contract(), team: team(), unavailable: intervals });
    });
    if (!agent) return;
    props.onSaved(agent);
    setSaved(true);
  };
  const setInterval = (i: number, patch: Partial<{ start: string; end: string }>) => setUnavailable((list) => list.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  return (
    <div class="card stack" data-testid="agent-editor">
      <h2>
        {props.agent.id} {props.agent.name}
      </h2>
      <p class="muted">{t('primaryQueueIs', { queue: queueLabel(props.agent.primaryQueue) })}</p>
      <fieldset>
        <legend>{t('crossTrainedFor')}</legend>
        <For each={QUEUE_CODES.filter((q) => q !== props.agent.primaryQueue)}>
          {(q) => (
            <label class="inline">
              <input type="checkbox" checked={cross().includes(q)} onChange={(e) => setCross((list) => (e.currentTarget.checked ? [...list, q] : list.filter((x) => x !== q)))} />
              {queueLabel(q)}
            </label>
          )}
        </For>
      </fieldset>
      <div class="row">
        <label>
          {t('contract')}
          <select value={contract()} onChange={(e) => setContract(e.currentTarget.value as Contract)}>
            <For each={CONTRACTS}>{(c) => <option value={c}>{t(`contract_${c}`)}</option>}</For>
          </select>
        </label>
        <label>
          {t('team')}
          <input value={team()} onInput={(e) => setTeam(e.currentTarget.value)} maxLength={40} />
        </label>
      </div>
      <fieldset>
        <legend>{t('unavailability')}</legend>
        <Index each={unavailable()}>
          {(interval, i) => (
            <div class="row wrap interval">
              <input type="datetime-local" value={interval().start} onInput={(e) => setInterval(i, { start: e.currentTarget.value })} aria-label={t('from')} />
              <span>–</span>
              <input type="datetime-local" value={interval().end} onInput={(e) => setInterval(i, { end: e.currentTarget.value })} aria-label={t('to')} />
              <button class="link danger" onClick={() => setUnavailable((list) => list.filter((_, j) => j !== i))}>{t('remove')}</button>
            </div>
          )}
        </Index>
        <button class="secondary small" onClick={() => setUnavailable((list) => [...list, { start: '', end: '' }])}>{t('addUnavailability')}</button>
        <p class="muted">{t('timesInShanghai')}</p>
      </fieldset>
      <Show when={action.error()}>{(e) => <ErrorNotice error={e()} />}</Show>
      <Show when={saved()}>
        <p class="ok">{t('saved')}</p>
      </Show>
      <button onClick={() => void save()} data-testid="save-agent">{t('save')}</button>
    </div>
  );
}
