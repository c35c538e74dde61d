import type { QueueCode } from '../types.ts';

/** What one scenario's latest results amount to; null where a result has not been computed yet. */
export interface ScenarioOutcome {
  scenarioId: number;
  name: string;
  version: number;
  requiredAgentHours: number;
  paidHours: number | null;
  shortfallAgentHours: number | null;
  reassignments: number | null;
  /** Share of customers answered within the SLA, from the simulation at the scenario's cap. */
  serviceLevel: number | null;
  p90FirstResponseSeconds: number | null;
  abandonmentRate: number | null;
  /** The roster's whole cost in CNY (wages, levers and GMV at risk), when it was priced. */
  totalCostCny: number | null;
  /** The GMV its uncovered hours put at risk, in CNY, when it was priced. */
  lostGmvCny: number | null;
  hourly: { hourStart: string; queue: QueueCode; required: number; scheduled: number | null }[];
}

export interface ScenarioComparison {
  scenarios: Omit<ScenarioOutcome, 'hourly'>[];
  /**
   * Only the hours and queues where at least two scenarios differ: in the requirement, or in the agents scheduled
   * among the scenarios that have a roster. An unsolved scenario's missing count is no difference.
   */
  hourlyDifferences: { hourStart: string; queue: QueueCode; values: { scenarioId: number; required: number | null; scheduled: number | null }[] }[];
}

/** Side-by-side comparison of two or more scenarios, with the hours where they differ. */
export function compareScenarios(outcomes: readonly ScenarioOutcome[]): ScenarioComparison {
  const keys = new Map<string, { hourStart: string; queue: QueueCode }>();
  const byScenario = outcomes.map((o) => new Map(o.hourly.map((h) => [`${h.hourStart}|${h.queue}`, h])));
  for (const outcome of outcomes) for (const h of outcome.hourly) keys.set(`${h.hourStart}|${h.queue}`, { hourStart: h.hourStart, queue: h.queue });
  const hourlyDifferences: ScenarioComparison['hourlyDifferences'] = [];
  for (const [key, where] of [...keys].sort(([a], [b]) => a.localeCompare(b))) {
    const values = outcomes.map((o, i) => ({ scenarioId: o.scenarioId, required: byScenario[i].get(key)?.required ?? null, scheduled: byScenario[i].get(key)?.scheduled ?? null }));
    if (differs(values)) hourlyDifferences.push({ ...where, values });
  }
  return { scenarios: outcomes.map(({ hourly: _hourly, ...rest }) => rest), hourlyDifferences };
}

/** Whether the requirement differs, or the agents scheduled differ between scenarios that have a roster. */
function differs(values: readonly { required: number | null; scheduled: number | null }[]): boolean {
  const scheduled = values.filter((v) => v.scheduled !== null);
  return new Set(values.map((v) => v.required)).size > 1 || new Set(scheduled.map((v) => v.scheduled)).size > 1;
}
