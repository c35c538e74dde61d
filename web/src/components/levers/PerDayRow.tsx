import { createSignal, For, Show } from 'solid-js';
import { dayLabel } from '../../i18n/format.ts';
import { t, type MessageKey } from '../../i18n/i18n.ts';
import { leverText } from '../../state/leversDraft.ts';
import { perDayCount, perDayCountValid } from '../../state/perDayDraft.ts';

/**
 * One date's limit: the date (with its weekday, as the supervisor reads it) and how many may be booked that day.
 * A date another row lists, or none, is refused at the field and put back; a count that is not a whole number of
 * people stays as typed with its message, and the editor will not save it. The API's messages for the date follow.
 */
export function PerDayRow(props: {
  date: string;
  count: unknown;
  testId: string;
  apiErrors: string[];
  refuseDate: (to: string) => MessageKey | undefined;
  onMove: (to: string) => void;
  onCount: (count: unknown) => void;
  onRemove: () => void;
}) {
  const [dateRefusal, setDateRefusal] = createSignal<string>();
  const countRefused = () => !perDayCountValid(props.count);
  const moveTo = (input: HTMLInputElement) => {
    const to = input.value;
    const refusal = props.refuseDate(to);
    setDateRefusal(refusal && t(refusal, { date: to }));
    if (refusal) input.value = props.date;
    else if (to !== props.date) props.onMove(to);
  };
  return (
    <tr classList={{ invalid: countRefused() || dateRefusal() !== undefined || props.apiErrors.length > 0 }} data-testid={props.testId}>
      <td>
        <input type="date" value={props.date} onChange={(e) => moveTo(e.currentTarget)} aria-label={t('leverPerDayDate')} data-testid={`${props.testId}-date`} />{' '}
        <small class="muted">{/^\d{4}-\d{2}-\d{2}$/.test(props.date) ? dayLabel(`${props.date}T12:00:00+08:00`) : ''}</small>
        <Show when={dateRefusal()}>{(message) => <small class="error" data-testid={`${props.testId}-date-error`}>{message()}</small>}</Show>
      </td>
      <td>
        <input type="number" min="0" step="1" value={leverText(props.count)} onInput={(e) => props.onCount(perDayCount(e.currentTarget.value))} aria-label={t('leverPerDayCount')} data-testid={`${props.testId}-count`} />
        <Show when={countRefused()}>
          <small class="error" data-testid={`${props.testId}-count-error`}>{t('leverPerDayCountInvalid')}</small>
        </Show>
        <For each={props.apiErrors}>{(message) => <small class="error" data-testid={`${props.testId}-error`}>{message}</small>}</For>
      </td>
      <td>
        <button class="link danger" onClick={() => props.onRemove()} data-testid={`${props.testId}-remove`}>
          {t('remove')}
        </button>
      </td>
    </tr>
  );
}
