import { Show } from 'solid-js';
import { api } from '../api.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { fromLocalInput } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';
import { createAction } from '../state/action.ts';

/** Creates an event: name, planning horizon and the event window, all in Asia/Shanghai wall time. */
export function NewEventForm(props: { onCreated: (eventId: number) => void }) {
  const action = createAction();
  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const field = (name: string) => String(form.get(name) ?? '');
    const event = await action.run(() =>
      api.createEvent({
        name: field('name'),
        horizonStart: fromLocalInput(field('horizonStart')),
        horizonEnd: fromLocalInput(field('horizonEnd')),
        windowStart: fromLocalInput(field('windowStart')),
        windowEnd: fromLocalInput(field('windowEnd')),
        postEventDays: Number(field('postEventDays')),
      }),
    );
    if (event) props.onCreated(event.id);
  };
  return (
    <form class="card stack" onSubmit={submit} data-testid="new-event">
      <h2>{t('newEvent')}</h2>
      <label>
        {t('eventName')}
        <input name="name" required maxLength={120} />
      </label>
      <div class="row">
        <label>
          {t('horizonStart')}
          <input name="horizonStart" type="datetime-local" required />
        </label>
        <label>
          {t('horizonEnd')}
          <input name="horizonEnd" type="datetime-local" required />
        </label>
      </div>
      <div class="row">
        <label>
          {t('windowStart')}
          <input name="windowStart" type="datetime-local" required />
        </label>
        <label>
          {t('windowEnd')}
          <input name="windowEnd" type="datetime-local" required />
        </label>
        <label>
          {t('postEventDays')}
          <input name="postEventDays" type="number" min="0" max="60" value="14" />
        </label>
      </div>
      <p class="muted">{t('timesInShanghai')}</p>
      <Show when={action.error()}>{(err) => <ErrorNotice error={err()} />}</Show>
      <button type="submit">{t('create')}</button>
    </form>
  );
}
