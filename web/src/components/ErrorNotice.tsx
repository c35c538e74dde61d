import { Show } from 'solid-js';
import { DOMAIN_ERROR_CODES } from '../../../shared/errors.ts';
import { ApiError } from '../api.ts';
import { t } from '../i18n/i18n.ts';
import { type Column, DataTable } from './DataTable.tsx';

/** The error codes the server sends, each with a sentence in the message files: shared/'s domain codes, plus the server's own for a lost database and an unexpected failure. */
const KNOWN_CODES = [...DOMAIN_ERROR_CODES, 'UNAVAILABLE', 'INTERNAL'] as const;
type KnownCode = (typeof KNOWN_CODES)[number];
type Detail = ApiError['details'][number];
const isKnownCode = (code: unknown): code is KnownCode => (KNOWN_CODES as readonly unknown[]).includes(code);

/**
 * A failed call: a sentence for its error code in the chosen language (the server's own message when the code is
 * unknown), then the details as given: the per-row line/field/message table, or the server's message when there are none.
 */
export function ErrorNotice(props: { error: unknown }) {
  const message = () => {
    const e = props.error;
    if (e instanceof Error) return e.message;
    if (e && typeof e === 'object' && 'message' in e) return String((e as { message: unknown }).message);
    return String(e);
  };
  // ApiError and a failed job's `{ code, message }` both carry the code.
  const code = () => {
    const e = props.error;
    const value = e && typeof e === 'object' && 'code' in e ? (e as { code: unknown }).code : undefined;
    return isKnownCode(value) ? value : undefined;
  };
  const sentence = () => {
    const known = code();
    return known ? t(`error_${known}`) : undefined;
  };
  const details = () => (props.error instanceof ApiError ? props.error.details : []);
  const hasLines = () => details().some((d) => d.line !== undefined);
  const conflict = () => props.error instanceof ApiError && props.error.status === 409;
  // The line column only when some row has a line: a JSON body's problems have fields, not lines.
  const columns = (): Column<Detail>[] => [
    ...(hasLines() ? [{ header: 'errorLine', cell: (d) => d.line ?? '' } satisfies Column<Detail>] : []),
    { header: 'errorField', cell: (d) => d.field ?? '' },
    { header: 'errorMessage', cell: (d) => d.message },
  ];
  return (
    <div class="error-box" role="alert" data-testid="error">
      <p>
        <strong>{conflict() ? t('conflictTitle') : t('errorTitle')}</strong> {sentence() ?? message()}
      </p>
      <Show when={sentence() && details().length === 0 && message()}>
        {(detail) => <p class="muted" data-testid="error-detail">{detail()}</p>}
      </Show>
      <Show when={details().length > 0}>
        <DataTable columns={columns()} rows={details()} compact box={false} testId="error-rows" />
      </Show>
    </div>
  );
}
