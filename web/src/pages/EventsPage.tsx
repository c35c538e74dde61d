import { A, useNavigate } from '@solidjs/router';
import { createResource, For, Show } from 'solid-js';
import { api } from '../api.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { dateTime } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';
import { NewEventForm } from './NewEventForm.tsx';

/** Whether the event's roster is solved or published, read from its status. */
function EventCardStatus(props: { eventId: number }) {
  const [status] = createResource(() => props.eventId, api.eventStatus);
  const text = () => {
    const s = status();
    if (!s) return '';
    if (s.published) return t('cardRosterPublished');
    return s.scenarios.some((x) => x.roster) ? t('cardRosterDraft') : t('cardRosterNone');
  };
  return (
    <p class="card-status" classList={{ ok: !!status()?.published }} data-testid="event-card-status">
      {text()}
    </p>
  );
}

/** Events: choose one, or create a new one with its horizon and event window. */
export default function EventsPage() {
  const [events] = createResource(api.events);
  const navigate = useNavigate();
  return (
    <section>
      <h1>{t('events')}</h1>
      <Show when={events.error}>{(e) => <ErrorNotice error={e()} />}</Show>
      <div class="cards">
        <For each={events()}>
          {(event) => (
            <A class="card event-card" href={`/events/${event.id}`} data-testid="event-card">
              <h3>{event.name}</h3>
              <p>
                {t('horizon')}: {dateTime(event.horizonStart)} – {dateTime(event.horizonEnd)}
              </p>
              <p>
                {t('eventWindow')}: {dateTime(event.windowStart)} – {dateTime(event.windowEnd)}
              </p>
              <EventCardStatus eventId={event.id} />
            </A>
          )}
        </For>
      </div>
      <NewEventForm onCreated={(id) => navigate(`/events/${id}`)} />
    </section>
  );
}
