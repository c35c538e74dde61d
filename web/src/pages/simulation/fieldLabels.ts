// The browser simulation's spec fields under the form's own labels, so a rejected value is named as the supervisor sees it.
import { ApiError } from '../../api.ts';
import { t, type MessageKey } from '../../i18n/i18n.ts';

const FIELD_LABELS: Record<string, MessageKey> = {
  caps: 'capsList',
  patienceSeconds: 'patienceSeconds',
  slaSeconds: 'slaSecondsLabel',
  'session.messages.mean': 'messagesPerSession',
  'session.replySeconds.mean': 'replySecondsLabel',
  'session.thinkSeconds.mean': 'thinkSecondsLabel',
};

function fieldLabel(field: string | undefined): string | undefined {
  const cap = field && /^caps\.(\d+)$/.exec(field);
  if (cap) return t('capsItem', { n: Number(cap[1]) + 1 });
  return field && FIELD_LABELS[field] ? t(FIELD_LABELS[field]) : field;
}

/** The error with each detail's field named by the form's label; any other error as it is. */
export function withFieldLabels(error: unknown): unknown {
  return error instanceof ApiError ? new ApiError(error.status, { error: { code: error.code, message: error.message, details: error.details.map((d) => ({ ...d, field: fieldLabel(d.field) })) } }) : error;
}
