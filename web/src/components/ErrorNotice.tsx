import { For, Show } from 'solid-js';
import { ApiError } from '../api.ts';
import { t } from '../i18n/i18n.ts';

/** The server's message for a failed call, with its per-row details as a line/field/message table. */
export function ErrorNotice(props: { error: unknown }) {
  const message = () => {
    const e = props.error;
    if (e instanceof Error) return e.message;
    if (e && typeof e === 'object' && 'message' in e) return String((e as { message: unknown }).message);
    return String(e);
  };
  const details = () => (props.error instanceof ApiError ? props.error.details : []);
  const hasLines = () => details().some((d) => d.line !== undefined);
  const conflict = () => props.error instanceof ApiError && props.error.status === 409;
  return (
    <div class="error-box" role="alert" data-testid="error">
      <p>
        <strong>{conflict() ? t('conflictTitle') : t('errorTitle')}</strong> {message()}
      </p>
      <Show when={details().length > 0}>
        <table class="table compact" data-testid="error-rows">
          <thead>
            <tr>
              <Show when={hasLines()}>
                <th>{t('errorLine')}</th>
              </Show>
              <th>{t('errorField')}</th>
              <th>{t('errorMessage')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={details()}>
              {(row) => (
                <tr>
                  <Show when={hasLines()}>
                    <td>{row.line ?? ''}</td>
                  </Show>
                  <td>{row.field ?? ''}</td>
                  <td>{row.message}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </div>
  );
}
