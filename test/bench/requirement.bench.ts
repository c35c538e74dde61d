// Requirement for the demo horizon (18 days × 3 queues), a 10× longer synthetic horizon and the demo at 10× volume.
import { readFileSync } from 'node:fs';
import { parseForecastCsv } from '../../shared/forecast/parseForecastCsv.ts';
import { requirement } from '../../shared/staffing/requirement.ts';
import { DAY_MS, parseInstant, toZonedIso } from '../../shared/time.ts';
import type { ForecastRow } from '../../shared/types.ts';

function timed(label: string, forecast: ForecastRow[], params: Parameters<typeof requirement>[1] = {}): void {
  requirement(forecast.slice(0, 100), params); // warm up the JIT
  const start = performance.now();
  const rows = requirement(forecast, params);
  const ms = performance.now() - start;
  const peak = Math.max(...rows.map((r) => r.requiredAgents));
  console.log(`${label.padEnd(46)} ${String(rows.length).padStart(6)} rows  ${ms.toFixed(1).padStart(8)} ms  (peak ${peak} agents)`);
}

/** The demo repeated `times` times back to back: a horizon `times` times as long with the same hourly shape. */
function tiled(forecast: ForecastRow[], times: number): ForecastRow[] {
  const days = forecast.length / 3 / 24;
  return Array.from({ length: times }, (_, i) =>
    forecast.map((row) => ({ ...row, hourStart: toZonedIso((parseInstant(row.hourStart) ?? 0) + i * days * DAY_MS) })),
  ).flat();
}

export default async function bench(): Promise<void> {
  const demo = parseForecastCsv(readFileSync(new URL('../../server/demo/double11-forecast.csv', import.meta.url), 'utf8'));
  timed('demo horizon, defaults (cap 4)', demo);
  timed('demo horizon, cap 200', demo, { defaults: { concurrencyCap: 200 } });
  timed('10x synthetic horizon (180 days), defaults', tiled(demo, 10));
  timed('demo horizon at 10x volume, defaults', demo.map((r) => ({ ...r, inquiries: r.inquiries * 10 })));
}
