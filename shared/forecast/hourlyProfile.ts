import { DomainError } from '../errors.ts';
import { MAX_MULTIPLIER } from './limits.ts';

/** A window of wall-clock hours [startHour, endHour) whose weight is multiplied on the days it applies to. */
export interface PeakWindow {
  startHour: number;
  endHour: number;
  multiplier: number;
  /** `event_day`: only on the event day (e.g. 11 November); `every_day`: on every day of the horizon. */
  days: 'event_day' | 'every_day';
}

export interface HourlyProfileOptions {
  /** 24 relative weights for an ordinary day, hour 0 first. */
  baseProfile?: readonly number[];
  /** Editable peak multipliers, applied on top of the base profile. */
  peakWindows?: readonly PeakWindow[];
}

/** An ordinary day: quiet at night, busy from 09:00 to 23:00 with an evening high (relative weights). */
export const DEFAULT_BASE_PROFILE: readonly number[] = Object.freeze([
  1.2, 0.7, 0.35, 0.2, 0.2, 0.35, 0.85, 1.9, 3.9, 5.8, 6.7, 6.4, 5.1, 5.6, 6.4, 6.8, 6.3, 5.7, 4.9, 5.9, 6.9, 7.2, 6.6, 4.0,
]);

/**
 * The Double 11 peaks from the sellers' staffing guidance: 00:00-01:00 on the event day (the sale opens),
 * then 09-10, 14-16 and 20-22. The multipliers are our defaults, fitted to the demo data; edit them per event.
 */
export const DEFAULT_PEAK_WINDOWS: readonly PeakWindow[] = Object.freeze([
  { startHour: 0, endHour: 1, multiplier: 8, days: 'event_day' },
  { startHour: 9, endHour: 10, multiplier: 1.6, days: 'event_day' },
  { startHour: 14, endHour: 16, multiplier: 1.5, days: 'event_day' },
  { startHour: 20, endHour: 22, multiplier: 1.8, days: 'event_day' },
]);

/** The share of a day's inquiries in each of its 24 hours (sums to 1), with the peak windows applied. */
export function hourlyProfile(isEventDay: boolean, options?: HourlyProfileOptions): number[] {
  const base = options?.baseProfile ?? DEFAULT_BASE_PROFILE;
  const windows = options?.peakWindows ?? DEFAULT_PEAK_WINDOWS;
  checkProfile(base, windows);
  const weights = [...base];
  for (const window of windows) {
    if (window.days === 'event_day' && !isEventDay) continue;
    for (let h = window.startHour; h < window.endHour; h++) weights[h] *= window.multiplier;
  }
  const total = weights.reduce((sum, w) => sum + w, 0);
  if (total <= 0) return weights.map(() => 1 / 24);
  return weights.map((w) => w / total);
}

function checkProfile(base: readonly number[], windows: readonly PeakWindow[]): void {
  if (base.length !== 24 || base.some((w) => !Number.isFinite(w) || w < 0)) {
    throw new DomainError('INVALID_INPUT', 'field baseProfile: expected 24 weights >= 0', [{ field: 'baseProfile', message: 'expected 24 weights >= 0' }]);
  }
  windows.forEach((w, i) => {
    const hoursOk = Number.isInteger(w.startHour) && Number.isInteger(w.endHour) && w.startHour >= 0 && w.startHour < w.endHour && w.endHour <= 24;
    const multiplierOk = Number.isFinite(w.multiplier) && w.multiplier >= 0 && w.multiplier <= MAX_MULTIPLIER;
    if (!hoursOk || !multiplierOk) {
      const message = `expected whole hours 0 <= startHour < endHour <= 24 and a multiplier in [0, ${MAX_MULTIPLIER}], got ${w.startHour}-${w.endHour} x${w.multiplier}`;
      throw new DomainError('INVALID_INPUT', `field peakWindows[${i}]: ${message}`, [{ field: `peakWindows[${i}]`, message }]);
    }
  });
}
