import { Show } from 'solid-js';
import { MAX_POST_EVENT_DAYS } from '../../../shared/forecast/limits.ts';
import { api } from '../api.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { fromLocalInput } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';
import { createAction } from '../state/action.ts';

/** A required wall-time field, labelled by the message of the same name as the form field. */
function WallTimeField(props: { name: 'horizonStart' | 'horizonEnd' | 'windowStart' | 'windowEnd' }) {
  return (
    <label>
      {t(props.name)}
      <input name={props.name} type="datetime-local" required />
    </label>
  );
}

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
        <WallTimeField name="horizonStart" />
        <WallTimeField name="horizonEnd" />
      </div>
      <div class="row">
        <WallTimeField name="windowStart" />
        <WallTimeField name="windowEnd" />
        <label>
          {t('postEventDays')}
          <input name="postEventDays" type="number" min="0" max={MAX_POST_EVENT_DAYS} value="14" />
        </label>
      </div>
      <p class="muted">{t('timesInShanghai')}</p>
      <Show when={action.error()}>{(err) => <ErrorNotice error={err()} />}</Show>
      <button type="submit">{t('create')}</button>
    </form>
  );
}
