import { createSignal, Show } from 'solid-js';
import { t } from '../i18n/i18n.ts';
import { createAction } from '../state/action.ts';
import { ErrorNotice } from './ErrorNotice.tsx';

/**
 * A CSV or .xlsx upload through `onUpload`; shows the server's row errors or the success text. The native file input is
 * hidden behind our own button, because its "Choose File" text follows the browser's language, not the app's.
 */
export function CsvImport(props: { label: string; testId: string; onUpload: (file: File) => Promise<string> }) {
  const [done, setDone] = createSignal<string>();
  const action = createAction();
  const busy = action.busy;
  const [fileName, setFileName] = createSignal<string>();
  const upload = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setFileName(file.name);
    setDone(undefined);
    // The input is emptied either way, so choosing the same file again uploads it again.
    setDone(await action.run(() => props.onUpload(file)).finally(() => (input.value = '')));
  };
  return (
    <div class="csv-import">
      <label class="file-button" classList={{ disabled: busy() }}>
        <input type="file" class="visually-hidden" accept=".csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" data-testid={props.testId} disabled={busy()} onChange={(e) => void upload(e.currentTarget)} />
        <span class="button secondary">{props.label}</span>
      </label>
      <Show when={fileName()}>{(name) => <span class="muted file-name">{name()}</span>}</Show>
      <Show when={busy()}>
        <span class="muted">{t('uploading')}</span>
      </Show>
      <Show when={done()}>{(text) => <p class="ok" data-testid={`${props.testId}-done`}>{text()}</p>}</Show>
      <Show when={action.error()}>{(e) => <ErrorNotice error={e()} />}</Show>
    </div>
  );
}
