import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseForecastCsv } from '../../../shared/forecast/parseForecastCsv.ts';
import { peakWindows } from '../../../shared/forecast/peakWindows.ts';
import type { ForecastRow, QueueCode } from '../../../shared/types.ts';

const demo = parseForecastCsv(readFileSync(new URL('../../../server/demo/double11-forecast.csv', import.meta.url), 'utf8'));
const hour = (day: string, h: number) => `${day}T${String(h).padStart(2, '0')}:00:00+08:00`;
/** One day of one queue from 24 volumes. */
const day = (date: string, volumes: number[], queue: QueueCode = 'pre_sale'): ForecastRow[] => volumes.map((inquiries, h) => ({ hourStart: hour(date, h), queue, inquiries }));
const flat = (value: number) => Array.from({ length: 24 }, () => value);

describe('peakWindows', () => {
  it('finds the demo event day’s peaks from the volumes: 00:00 on the 11th, 09-11, 14-16 and 20-22', () => {
    const eleventh = peakWindows(demo).filter((p) => p.start.startsWith('2026-11-11'));
    expect(eleventh).toEqual([
      { start: '2026-11-11T00:00:00+08:00', end: '2026-11-11T01:00:00+08:00' },
      { start: '2026-11-11T09:00:00+08:00', end: '2026-11-11T11:00:00+08:00' },
      { start: '2026-11-11T14:00:00+08:00', end: '2026-11-11T16:00:00+08:00' },
      { start: '2026-11-11T20:00:00+08:00', end: '2026-11-11T22:00:00+08:00' },
    ]);
  });

  it('gives an ordinary day its morning, afternoon and evening highs, not the whole working day', () => {
    const ninth = peakWindows(demo).filter((p) => p.start.startsWith('2026-11-09'));
    expect(ninth.map((p) => [p.start.slice(11, 13), p.end.slice(11, 13)])).toEqual([['09', '12'], ['14', '17'], ['20', '23']]);
  });

  it('adds the queues together before judging an hour', () => {
    const pre = flat(10);
    const after = flat(10);
    pre[3] = 20;
    after[4] = 20;
    const peaks = peakWindows([...day('2026-11-20', pre), ...day('2026-11-20', after, 'after_sale')]);
    expect(peaks).toEqual([{ start: hour('2026-11-20', 3), end: hour('2026-11-20', 5) }]);
  });

  it('judges each day against its own busiest hour, and a quiet or flat day has none', () => {
    const busy = flat(100);
    busy[21] = 1000;
    const quiet = flat(1);
    quiet[10] = 5;
    const peaks = peakWindows([...day('2026-11-10', busy), ...day('2026-11-11', quiet), ...day('2026-11-12', flat(50)), ...day('2026-11-13', flat(0))]);
    expect(peaks).toEqual([
      { start: hour('2026-11-10', 21), end: hour('2026-11-10', 22) },
      { start: hour('2026-11-11', 10), end: hour('2026-11-11', 11) },
    ]);
  });

  it('splits a run at a missing hour and takes its thresholds as options', () => {
    const volumes = flat(1);
    volumes[8] = volumes[9] = volumes[11] = 10;
    const rows = day('2026-11-20', volumes).filter((r) => r.hourStart !== hour('2026-11-20', 10));
    expect(peakWindows(rows).map((p) => p.start.slice(11, 13))).toEqual(['08', '11']);
    const withGapFilled = day('2026-11-20', volumes.map((v, h) => (h === 10 ? 5 : v)));
    expect(peakWindows(withGapFilled)).toEqual([{ start: hour('2026-11-20', 8), end: hour('2026-11-20', 10) }, { start: hour('2026-11-20', 11), end: hour('2026-11-20', 12) }]);
    expect(peakWindows(withGapFilled, { shareOfMax: 0.5 })).toEqual([{ start: hour('2026-11-20', 8), end: hour('2026-11-20', 12) }]);
  });

  it('returns nothing for an empty forecast', () => {
    expect(peakWindows([])).toEqual([]);
  });
});
