/** Text hygiene for iCalendar output that ical-generator leaves to the caller. */
import { DomainError } from '../errors.ts';

// RFC 5545 3.3.11: TEXT may hold any character but the controls (HTAB aside); a newline travels as "\n".
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The text a calendar can carry for `value`: line breaks become "\n" (iCalendar has no other line break, so a
 * CR would come back as LF anyway), controls that RFC 5545 forbids are dropped, and a lone surrogate, which has
 * no UTF-8 form, becomes U+FFFD. Everything else, commas, quotes, backslashes and any script, is kept as is.
 */
export function calendarText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(FORBIDDEN_CONTROLS, '').replace(LONE_SURROGATE, '\uFFFD');
}

/** RFC 5545 TEXT escaping, for properties ical-generator 10.2 writes verbatim (NAME, X-WR-CALNAME): without it a newline in a name would start a new property. */
export function escapeText(value: string): string {
  return calendarText(value).replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');
}

const DOMAIN = /^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$/;

/**
 * The VEVENT UID for a stored shift id: "shift-<id>@<domain>". Characters outside the URI-safe set are
 * percent-encoded so the UID needs no TEXT escaping and reads the same in every client; the same id always
 * gives the same UID, which is what lets a subscribed calendar update an event instead of duplicating it.
 */
export function shiftEventUid(shiftId: string, domain = 'peak-roster'): string {
  if (!DOMAIN.test(domain)) throw new DomainError('INVALID_INPUT', `uid domain "${domain}" is not a host name`, [{ field: 'uidDomain', message: domain }]);
  if (shiftId.length === 0) throw new DomainError('INVALID_INPUT', 'a shift has an empty id', [{ field: 'shifts.id', message: 'empty' }]);
  return `shift-${encodeURIComponent(calendarText(shiftId)).replace(/%2F/g, '/')}@${domain}`;
}
