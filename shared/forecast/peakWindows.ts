import { HOUR_MS, toZonedIso, zonedDate } from '../time.ts';
import { EVENT_TIME_ZONE, type ForecastRow } from '../types.ts';

export interface PeakWindowsOptions {
  /** An hour is a peak when its volume is at least this share of its day's busiest hour (default 0.6)... */
  shareOfMax?: number;
  /** ...and at least this multiple of its day's mean hour (default 1.4), so a flat busy day is not one long peak. */
  overMean?: number;
  /** Days are calendar days in this zone (default Asia/Shanghai). */
  timeZone?: string;
}

/** A run of peak hours within one day: [start, end), ISO 8601 with the zone's offset. */
export interface ForecastPeak {
  start: string;
  end: string;
}

/** The peak windows of a forecast: per day, runs of hours whose volume over all queues stands out from that day's. */
export function peakWindows(forecast: readonly ForecastRow[], options?: PeakWindowsOptions): ForecastPeak[] {
  const shareOfMax = options?.shareOfMax ?? 0.6;
  const overMean = options?.overMean ?? 1.4;
  const timeZone = options?.timeZone ?? EVENT_TIME_ZONE;
  const totals = new Map<number, number>();
  for (const row of forecast) {
    const ms = Date.parse(row.hourStart);
    totals.set(ms, (totals.get(ms) ?? 0) + row.inquiries);
  }
  const days = new Map<string, [number, number][]>();
  for (const [ms, volume] of [...totals].sort((a, b) => a[0] - b[0])) {
    const day = zonedDate(ms, timeZone);
    const hours = days.get(day) ?? [];
    hours.push([ms, volume]);
    days.set(day, hours);
  }
  const peaks: ForecastPeak[] = [];
  for (const hours of days.values()) {
    const max = Math.max(...hours.map(([, v]) => v));
    if (max <= 0) continue;
    const mean = hours.reduce((sum, [, v]) => sum + v, 0) / hours.length;
    const threshold = Math.max(shareOfMax * max, overMean * mean);
    let run: { start: number; end: number } | undefined;
    for (const [ms, volume] of hours) {
      const isPeak = volume >= threshold;
      if (run && (!isPeak || ms !== run.end)) {
        peaks.push({ start: toZonedIso(run.start, timeZone), end: toZonedIso(run.end, timeZone) });
        run = undefined;
      }
      if (isPeak) run = run ? { start: run.start, end: ms + HOUR_MS } : { start: ms, end: ms + HOUR_MS };
    }
    if (run) peaks.push({ start: toZonedIso(run.start, timeZone), end: toZonedIso(run.end, timeZone) });
  }
  return peaks;
}
