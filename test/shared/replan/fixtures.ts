// A small event for the re-plan tests: one pre-sale queue over 11-10 and 11-11, a roster covering its forecast.
import { rosterRulesSchema } from '../../../shared/roster/rulesSchema.ts';
import type { ActualCount } from '../../../shared/actuals/parseActualsCsv.ts';
import { parseRequirementParams, requirement } from '../../../shared/staffing/requirement.ts';
import { HOUR_MS, parseInstant, toZonedIso } from '../../../shared/time.ts';
import type { Agent, Assignment, ForecastRow } from '../../../shared/types.ts';

/** Night fairness spread 2: the fixture's night group works both nights while the others work none. */
export const rules = rosterRulesSchema.parse({ nightFairnessSpread: 2 });
export const params = parseRequirementParams({});
const first = parseInstant('2026-11-10T00:00:00+08:00') as number;

/** 48 hours of pre-sale inquiries, `perHour` each hour. */
export function flatForecast(perHour: number): ForecastRow[] {
  return Array.from({ length: 48 }, (_, h) => ({ hourStart: toZonedIso(first + h * HOUR_MS), queue: 'pre_sale' as const, inquiries: perHour }));
}

/** Full-time pre-sale agents A01..An, the last `crossTrained` of them after-sale agents cross-trained for pre-sale. */
export function agents(n: number, crossTrained = 0): Agent[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `A${String(i + 1).padStart(2, '0')}`,
    name: `Agent ${i + 1}`,
    primaryQueue: i >= n - crossTrained ? ('after_sale' as const) : ('pre_sale' as const),
    crossTrainedFor: i >= n - crossTrained ? ['pre_sale' as const] : [],
    contract: 'full_time' as const,
    team: 'T1',
    unavailable: [],
  }));
}

const TEMPLATE_HOURS: Record<string, number> = { N: 0, E: 8, M: 16 };

/** Each group of agents works one template (N, E or M) on both days: a roster without rest or rotation trouble. */
export function roster(groups: Record<'N' | 'E' | 'M', Agent[]>, queue: (a: Agent) => Assignment['queue'] = (a) => a.primaryQueue): Assignment[] {
  const out: Assignment[] = [];
  for (const [code, list] of Object.entries(groups)) {
    for (const day of [0, 1]) {
      const start = first + day * 24 * HOUR_MS + TEMPLATE_HOURS[code] * HOUR_MS;
      for (const a of list) out.push({ agentId: a.id, queue: queue(a), template: code, start: toZonedIso(start), end: toZonedIso(start + 8 * HOUR_MS) });
    }
  }
  return out;
}

/** The most agents any hour of the forecast requires. */
export function peakRequired(forecast: ForecastRow[]): number {
  return Math.max(...requirement(forecast, params).map((r) => Math.ceil(r.requiredAgents - 1e-9)));
}

/** Hourly actuals for the hours before `now`: the forecast times `factor`. */
export function actualsBefore(forecast: ForecastRow[], now: number, factor = 1): ActualCount[] {
  return forecast.filter((f) => Date.parse(f.hourStart) + HOUR_MS <= now).map((f) => ({ start: f.hourStart, queue: f.queue, minutes: 60, inquiries: Math.round(f.inquiries * factor) }));
}

export const at = (iso: string) => parseInstant(iso) as number;
