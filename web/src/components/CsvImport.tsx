import { createSignal, Show } from 'solid-js';
import { t } from '../i18n/i18n.ts';
import { ErrorNotice } from './ErrorNotice.tsx';

/** A file input that uploads a CSV through `onUpload`; shows the server's row errors or the success text. */
export function CsvImport(props: { label: string; testId: string; onUpload: (file: File) => Promise<string> }) {
  const [busy, setBusy] = createSignal(false);
  const [done, setDone] = createSignal<string>();
  const [error, setError] = createSignal<unknown>();
  const upload = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
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
      <label class="file">
        {props.label}
        <input type="file" accept=".csv,text/csv" data-testid={props.testId} disabled={busy()} onChange={(e) => void upload(e.currentTarget)} />
      </label>
      <Show when={busy()}>
        <span class="muted">{t('uploading')}</span>
      </Show>
      <Show when={done()}>{(text) => <p class="ok" data-testid={`${props.testId}-done`}>{text()}</p>}</Show>
      <Show when={error()}>{(e) => <ErrorNotice error={e()} />}</Show>
    </div>
  );
}
