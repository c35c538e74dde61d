import { createSignal, Show } from 'solid-js';
import { t } from '../i18n/i18n.ts';
import { ErrorNotice } from './ErrorNotice.tsx';

/**
 * A CSV or .xlsx upload through `onUpload`; shows the server's row errors or the success text. The native file input is
 * hidden behind our own button, because its "Choose File" text follows the browser's language, not the app's.
 */
export function CsvImport(props: { label: string; testId: string; onUpload: (file: File) => Promise<string> }) {
  const [busy, setBusy] = createSignal(false);
  const [done, setDone] = createSignal<string>();
  const [error, setError] = createSignal<unknown>();
  const [fileName, setFileName] = createSignal<string>();
  const upload = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setFileName(file.name);
    setBusy(true);
    setDone(undefined);
    setError(undefined);
    try {
      setDone(await props.onUpload(file));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
      input.value = '';
    }
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
      <Show when={error()}>{(e) => <ErrorNotice error={e()} />}</Show>
    </div>
  );
}
