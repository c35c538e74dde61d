import { parseInstant } from '../time.ts';
import type { ForecastRow } from '../types.ts';
import type { ScenarioParams } from './params.ts';

/** The forecast with a scenario's volume multipliers applied (per queue, then per hour range), rounded to whole inquiries. */
export function applyVolume(forecast: readonly ForecastRow[], volume: ScenarioParams['volume']): ForecastRow[] {
  const ranges = volume.ranges.map((r) => ({ from: parseInstant(r.from)!, to: parseInstant(r.to)!, queue: r.queue, multiplier: r.multiplier }));
  return forecast.map((row) => {
    let factor = volume.byQueue[row.queue] ?? 1;
    const at = parseInstant(row.hourStart)!;
    for (const range of ranges) {
      if (at >= range.from && at < range.to && (range.queue === undefined || range.queue === row.queue)) factor *= range.multiplier;
    }
    return factor === 1 ? row : { ...row, inquiries: Math.round(row.inquiries * factor) };
  });
}
