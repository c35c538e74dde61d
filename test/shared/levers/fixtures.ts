// The small lever instance several lever tests share: a forecast with spikes a small team cannot follow, that team, and a solve with levers.
import { resolveMoney } from '../../../shared/levers/money.ts';
import { rosterPricing } from '../../../shared/levers/pricing.ts';
import { leversSchema, type LeversInput } from '../../../shared/levers/schema.ts';
import { defaultRosterRules } from '../../../shared/roster/rulesSchema.ts';
import { solveRoster } from '../../../shared/roster/solveRoster.ts';
import { requirement } from '../../../shared/staffing/requirement.ts';
import { HOUR_MS, parseInstant, toZonedIso } from '../../../shared/time.ts';
import type { Agent, ForecastRow } from '../../../shared/types.ts';
import { agent } from '../roster/fixtures.ts';

/** The default rules' event window, where the levers place their shifts and bookings. */
export const WINDOW_START = Date.parse(defaultRosterRules().eventWindow.start);
export const WINDOW_END = Date.parse(defaultRosterRules().eventWindow.end);

/** Two and a half days around the event window, with pre-sale spikes at 00:00 and 20:00-22:00 that 8-hour shifts cannot follow; `base` is the daytime pre-sale volume. */
export function forecast(scale = 1, base = 150): ForecastRow[] {
  const start = parseInstant('2026-11-10T00:00:00+08:00') as number;
  return Array.from({ length: 60 }, (_, h) => {
    const local = h % 24;
    const peak = local === 0 || local === 20 || local === 21 ? 500 : local >= 9 && local < 23 ? base : 30;
    const hourStart = toZonedIso(start + h * HOUR_MS);
    return [
      { hourStart, queue: 'pre_sale' as const, inquiries: peak * scale },
      { hourStart, queue: 'after_sale' as const, inquiries: 40 * scale },
    ];
  }).flat();
}

/** Eight pre-sale full-timers, four after-sale ones cross-trained for pre-sale, two part-timers. */
export const team: Agent[] = [
  ...Array.from({ length: 8 }, (_, i) => agent(`P${i}`)),
  ...Array.from({ length: 4 }, (_, i) => agent(`S${i}`, { primaryQueue: 'after_sale', crossTrainedFor: ['pre_sale'] })),
  ...Array.from({ length: 2 }, (_, i) => agent(`T${i}`, { contract: 'part_time' })),
];

/** The team's priced roster over `forecast(scale, base)` with these levers (none when undefined), with its requirement, parsed levers and pricing. */
export function solveWithLevers(levers?: LeversInput, scale = 1, base = 150) {
  const f = forecast(scale, base);
  const rows = requirement(f, {});
  const parsed = levers && leversSchema.parse(levers);
  const pricing = rosterPricing(rows, f, {}, resolveMoney(parsed?.money));
  return { rows, parsed, pricing, result: solveRoster({ requirement: rows, agents: team, pricing, levers: parsed }) };
}

/** An assignment's length in hours. */
export const hoursOf = (a: { start: string; end: string }) => (Date.parse(a.end) - Date.parse(a.start)) / HOUR_MS;
