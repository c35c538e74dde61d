import { DomainError } from '../errors.ts';
import type { ForecastRow, QueueCode } from '../types.ts';

/** A forecast row with the volume left for people after the chatbot's share. */
export interface DeflectedRow extends ForecastRow {
  humanInquiries: number;
}

export interface DeflectBotsOptions {
  /** Share of inquiries the chatbot answers, per queue, in [0, 1]; queues not named use `defaultShare`. */
  botShare?: Partial<Record<QueueCode, number>>;
  /** 0.35: the middle of the 30-40 % bot handling a Double 12 practice note recommends keeping. */
  defaultShare?: number;
}

export const DEFAULT_BOT_SHARE = 0.35;

/** Inquiries left for people when the chatbot answers `botShare` of them. */
export function humanInquiries(inquiries: number, botShare: number): number {
  if (!Number.isFinite(botShare) || botShare < 0 || botShare > 1) {
    throw new DomainError('INVALID_INPUT', `field botShare: ${botShare} is not a share in [0, 1]`, [{ field: 'botShare', message: 'not a share in [0, 1]' }]);
  }
  return inquiries * (1 - botShare);
}

/** Each forecast row with its human volume, the chatbot taking its queue's share. */
export function deflectBots(forecast: readonly ForecastRow[], options?: DeflectBotsOptions): DeflectedRow[] {
  const fallback = options?.defaultShare ?? DEFAULT_BOT_SHARE;
  return forecast.map((row) => ({ ...row, humanInquiries: humanInquiries(row.inquiries, options?.botShare?.[row.queue] ?? fallback) }));
}
