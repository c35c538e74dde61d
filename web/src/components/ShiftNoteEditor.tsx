import { createSignal, Show } from 'solid-js';
import { t } from '../i18n/i18n.ts';
import { createAction } from '../state/action.ts';
import { ErrorNotice } from './ErrorNotice.tsx';

/** The supervisor's note on one shift: edit, save (blank clears it) or close. */
export function ShiftNoteEditor(props: { title: string; note: string | null; maxLength: number; onSave: (note: string | null) => Promise<void>; onClose: () => void }) {
  const [text, setText] = createSignal(props.note ?? '');
  const action = createAction();
  const saving = action.busy;
  const save = (note: string | null) => action.run(() => props.onSave(note));
  return (
    <div class="card stack" data-testid="shift-note-editor">
      <h2>{props.title}</h2>
      <p class="muted">{t('shiftNoteHelp')}</p>
      <textarea rows={3} maxLength={props.maxLength} value={text()} onInput={(e) => setText(e.currentTarget.value)} data-testid="shift-note-text" />
      <Show when={action.error()}>{(e) => <ErrorNotice error={e()} />}</Show>
      <div class="actions">
        <button disabled={saving()} onClick={() => void save(text().trim() === '' ? null : text())} data-testid="save-shift-note">{t('saveNote')}</button>
        <button class="secondary" disabled={saving() || props.note === null} onClick={() => void save(null)}>{t('clearNote')}</button>
        <button class="link" onClick={() => props.onClose()}>{t('cancel')}</button>
      </div>
    </div>
  );
}
