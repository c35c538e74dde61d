import { For } from 'solid-js';
import { dayLabel } from '../../i18n/format.ts';
import { t, type MessageKey } from '../../i18n/i18n.ts';
import type { BrowserSimulationForm as Form } from '../../state/browserSpec.ts';

type NumberField = 'patienceSeconds' | 'slaSeconds' | 'messages' | 'replySeconds' | 'thinkSeconds';
const NUMBER_FIELDS: { field: NumberField; label: MessageKey; step: string }[] = [
  { field: 'patienceSeconds', label: 'patienceSeconds', step: '1' },
  { field: 'slaSeconds', label: 'slaSecondsLabel', step: '1' },
  { field: 'messages', label: 'messagesPerSession', step: '0.5' },
  { field: 'replySeconds', label: 'replySecondsLabel', step: '1' },
  { field: 'thinkSeconds', label: 'thinkSecondsLabel', step: '1' },
];
const numberValue = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
// Defaults derived from the chat model can be long fractions (a 480 s chat of 4 messages at 20 s a reply leaves
// 133.333... s of customer pauses): show a tenth of a second, keep the exact figure until the supervisor edits it.
const shownValue = (value: number) => (Number.isNaN(value) ? '' : String(Math.round(value * 10) / 10));

/** The day, the caps as typed, the session's figures and the run button of a browser simulation; presentational. */
export function BrowserSimulationFields(props: {
  form: Form;
  days: string[];
  /** The caps as typed, when the supervisor has typed them. */
  capsText: string | undefined;
  onCapsText: (text: string) => void;
  onEdit: (patch: Partial<Form>) => void;
  onRun: () => void;
  canRun: boolean;
}) {
  return (
    <div class="filters">
      <label>
        {t('simDay')}
        <select value={props.form.day ?? ''} onChange={(e) => props.onEdit({ day: e.currentTarget.value || null })} data-testid="browser-day">
          <option value="">{t('wholeHorizon', { days: props.days.length })}</option>
          <For each={props.days}>{(day) => <option value={day}>{dayLabel(`${day}T12:00:00+08:00`)}</option>}</For>
        </select>
      </label>
      <label>
        {t('capsList')}
        <input type="text" class="caps" value={props.capsText ?? props.form.caps.join(', ')} onChange={(e) => props.onCapsText(e.currentTarget.value)} data-testid="browser-caps" />
      </label>
      <For each={NUMBER_FIELDS}>
        {(f) => (
          <label>
            {t(f.label)}
            <input type="number" min="0" step={f.step} value={shownValue(props.form[f.field])} onChange={(e) => props.onEdit({ [f.field]: numberValue(e.currentTarget.value) })} data-testid={`browser-${f.field}`} />
          </label>
        )}
      </For>
      <button onClick={() => props.onRun()} disabled={!props.canRun} data-testid="browser-run">
        {t('runInBrowser')}
      </button>
    </div>
  );
}
