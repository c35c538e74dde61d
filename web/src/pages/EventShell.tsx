import { A, useParams, useSearchParams, type RouteSectionProps } from '@solidjs/router';
import { createMemo, createResource, For, Show } from 'solid-js';
import { api } from '../api.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { dateTime } from '../i18n/format.ts';
import { t, type MessageKey } from '../i18n/i18n.ts';
import { EventContext, type EventContextValue } from '../state/eventContext.ts';

const TABS: { path: string; label: MessageKey }[] = [
  { path: '', label: 'tabHome' },
  { path: 'forecast', label: 'tabForecast' },
  { path: 'staffing', label: 'tabStaffing' },
  { path: 'roster', label: 'tabRoster' },
  { path: 'reassignments', label: 'tabReassignments' },
  { path: 'simulation', label: 'tabSimulation' },
  { path: 'live', label: 'tabLive' },
  { path: 'scenarios', label: 'tabScenarios' },
  { path: 'exports', label: 'tabExports' },
  { path: 'agents', label: 'tabAgents' },
];

/** One event: its header, the page tabs and the scenario picker (kept in ?scenario= so links keep it). */
export default function EventShell(props: RouteSectionProps) {
  const params = useParams();
  const [search, setSearch] = useSearchParams();
  const eventId = createMemo(() => Number(params.eventId));
  const [event] = createResource(eventId, api.event);
  const [scenarios, { refetch }] = createResource(eventId, api.scenarios);
  const scenario = createMemo(() => {
    const list = scenarios() ?? [];
    const wanted = Number(search.scenario);
    return list.find((s) => s.id === wanted) ?? list.find((s) => s.isBaseline) ?? list[0];
  });
  const context: EventContextValue = { eventId, event, scenarios, scenario, selectScenario: (id) => setSearch({ scenario: String(id) }), refetchScenarios: () => void refetch() };
  const query = () => (search.scenario ? `?scenario=${search.scenario}` : '');
  return (
    <EventContext.Provider value={context}>
      <Show when={event.error}>{(e) => <ErrorNotice error={e()} />}</Show>
      <Show when={event()}>
        {(e) => (
          <div class="event-head">
            <div>
              <h1>{e().name}</h1>
              <p class="muted">
                {t('horizon')}: {dateTime(e().horizonStart)} – {dateTime(e().horizonEnd)} · {t('eventWindow')}: {dateTime(e().windowStart)} – {dateTime(e().windowEnd)}
              </p>
            </div>
            <label class="scenario-pick">
              {t('scenario')}
              <select data-testid="scenario-select" value={scenario()?.id ?? ''} onChange={(ev) => context.selectScenario(Number(ev.currentTarget.value))}>
                <For each={scenarios()}>{(s) => <option value={s.id} selected={s.id === scenario()?.id}>{s.isBaseline ? `${s.name} (${t('baseline')})` : s.name}</option>}</For>
              </select>
            </label>
          </div>
        )}
      </Show>
      <nav class="tabs">
        <For each={TABS}>
          {(tab) => (
            <A href={`/events/${params.eventId}/${tab.path}${query()}`} end={tab.path === ''} activeClass="active" data-testid={`tab-${tab.path || 'home'}`}>
              {t(tab.label)}
            </A>
          )}
        </For>
      </nav>
      {props.children}
    </EventContext.Provider>
  );
}
