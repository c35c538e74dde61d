// Display formatting in the event's zone (Asia/Shanghai) and the current language; no domain rules here.
import { EVENT_TIME_ZONE, QUEUE_LABELS, type QueueCode } from '../../../shared/types.ts';
import { locale, t } from './i18n.ts';

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale()}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(locale(), { timeZone: EVENT_TIME_ZONE, hourCycle: 'h23', ...options })));
  return f;
}

/** e.g. 11月11日 / Nov 11 */
export const monthDay = (iso: string) => formatter({ month: 'short', day: 'numeric' }).format(new Date(iso));
/** e.g. 11月11日 20:00 / Nov 11, 20:00 */
export const dateTime = (iso: string) => formatter({ month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
/** e.g. 11月11日周三 / Wed, Nov 11 */
export const dayLabel = (iso: string) => formatter({ month: 'numeric', day: 'numeric', weekday: 'short' }).format(new Date(iso));
/** e.g. 11/11 */
export const dayNumber = (iso: string) => formatter({ month: 'numeric', day: 'numeric' }).format(new Date(iso));
/** e.g. 周三 / Wed */
export const weekday = (iso: string) => formatter({ weekday: 'short' }).format(new Date(iso));
export const hourLabel = (iso: string) => formatter({ hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
export const number = (n: number, digits = 0) => new Intl.NumberFormat(locale(), { maximumFractionDigits: digits }).format(n);
/** A first-response percentile in seconds; null or Infinity: it falls among customers with no first reply (over 10 % for P90). */
export const percentileSeconds = (value: number | null) => (value === null || !Number.isFinite(value) ? t('unansweredP90') : t('secondsValue', { s: number(value) }));
/** A mean in seconds; null only when no customer got a reply at all, which is then literally "never answered". */
export const meanSecondsOrNever = (value: number | null) => (value === null ? t('never') : t('secondsValue', { s: number(value) }));
/** An amount in CNY, rounded to the yuan: 1,234 元 / 1,234 CNY. */
export const cny = (n: number) => t('costCny', { n: number(Math.round(n)) });
export const percent = (n: number) => new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 1 }).format(n);
export const queueLabel = (queue: QueueCode) => (locale() === 'en' ? QUEUE_LABELS[queue].en : QUEUE_LABELS[queue].zh);
/** A queue's name short enough for a grid badge: 售后 / Aft. */
export const queueShort = (queue: QueueCode) => t(`queueShort_${queue}`);
export const templateLabel = (template: { nameZh: string; nameEn: string }) => (locale() === 'en' ? template.nameEn : template.nameZh);

/** The calendar date (yyyy-MM-dd) in the event zone of an ISO instant. */
export function zonedDay(iso: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: EVENT_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}

/** An `<input type="datetime-local">` value (Shanghai wall time) as an ISO instant with +08:00, and back. */
export const fromLocalInput = (value: string) => `${value.length === 16 ? `${value}:00` : value}+08:00`;
export const toLocalInput = (iso: string) => {
  const parts = new Intl.DateTimeFormat('sv-SE', { timeZone: EVENT_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
  return parts.replace(' ', 'T');
};
