import { createResource, createSignal, For, Show } from 'solid-js';
import { api, ApiError, type EventSummary, type Job } from '../api.ts';
import { RosterSummary } from '../components/RosterSummary.tsx';
import { t } from '../i18n/i18n.ts';

const FINISHED = ['succeeded', 'failed', 'cancelled'];

/** One event: its baseline scenario, solving with progress and cancel, the roster's figures, publishing. */
export function EventPage(props: { event: EventSummary }) {
  const [scenarios] = createResource(() => props.event.id, api.scenarios);
  const baseline = () => scenarios()?.find((s) => s.isBaseline);
  const [roster, { refetch }] = createResource(baseline, (s) => api.roster(s.id).catch((e) => (e instanceof ApiError && e.status === 404 ? undefined : Promise.reject(e))));
  const [job, setJob] = createSignal<Job>();
  const [error, setError] = createSignal<string>();
  const solve = async () => {
    setError(undefined);
    let current = await api.solve(baseline()!.id);
    setJob(current);
    while (!FINISHED.includes(current.status)) {
      await new Promise((r) => setTimeout(r, 500));
      current = await api.job(current.id);
      setJob(current);
    }
    if (current.status === 'failed') setError(`${t('jobFailed')}${current.error?.message ?? ''}`);
    setJob(undefined);
    await refetch();
  };
  const publish = async () => {
    await api.publish(roster()!.id);
    await refetch();
  };
  return (
    <section>
      <h2>{props.event.name}</h2>
      <p class="muted">
        {t('horizon')}: {props.event.horizonStart.slice(0, 10)} – {props.event.horizonEnd.slice(0, 10)} · {t('eventWindow')}: {props.event.windowStart.slice(0, 16)} – {props.event.windowEnd.slice(0, 16)}
      </p>
      <div class="actions">
        <button disabled={!baseline() || !!job()} onClick={() => void solve()}>
          {t('solve')}
        </button>
        <Show when={roster()?.status === 'draft'}>
          <button onClick={() => void publish()}>{t('publish')}</button>
        </Show>
        <Show when={roster()?.status === 'published'}>
          <span class="badge">{t('published')}</span>
        </Show>
      </div>
      <Show when={job()}>
        {(running) => (
          <div class="progress" role="progressbar" aria-valuenow={running().progress}>
            <progress max="100" value={running().progress} /> {running().phase} · {Math.round(running().progress)}%
            <button onClick={() => void api.cancelJob(running().id)}>{t('cancel')}</button>
          </div>
        )}
      </Show>
      <Show when={error()}>{(message) => <p class="error">{message()}</p>}</Show>
      <Show when={roster()} fallback={<p class="muted">{roster.loading ? t('loading') : t('noRoster')}</p>}>
        {(r) => <RosterSummary roster={r()} />}
      </Show>
    </section>
  );
}

/** The list of events to choose from. */
export function EventList(props: { events: EventSummary[]; selected?: number; onSelect: (id: number) => void }) {
  return (
    <nav class="events">
      <h3>{t('events')}</h3>
      <For each={props.events}>
        {(event) => (
          <button classList={{ selected: props.selected === event.id }} onClick={() => props.onSelect(event.id)}>
            {event.name}
          </button>
        )}
      </For>
    </nav>
  );
}
