// The metrics a scenario comparison charts, one series per metric with a value per scenario.
import type { ScenarioComparison } from '../api.ts';
import type { CompareSeries } from '../components/CompareBars.tsx';
import { cny, number, percent } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';

/** Requirement, on duty (paid hours), short agent-hours, service level, cost and GMV at risk per scenario. */
export function compareSeries(comparison: ScenarioComparison): CompareSeries[] {
  const per = (value: (s: ScenarioComparison['scenarios'][number]) => number | null) => comparison.scenarios.map((s) => ({ name: s.name, value: value(s) }));
  return [
    { label: t('requiredHours'), values: per((s) => s.requiredAgentHours), format: (v) => number(v), better: 'neither', testId: 'compare-required' },
    { label: t('onDutyHours'), values: per((s) => s.paidHours), format: (v) => number(v), better: 'neither', testId: 'compare-on-duty' },
    { label: t('shortfallHours'), values: per((s) => s.shortfallAgentHours), format: (v) => number(v), better: 'lower', testId: 'compare-short' },
    { label: t('serviceLevel'), values: per((s) => s.serviceLevel), format: (v) => percent(v), better: 'higher', testId: 'compare-service' },
    { label: t('costTotal'), values: per((s) => s.totalCostCny), format: (v) => cny(v), better: 'lower', testId: 'compare-cost' },
    { label: t('costLostGmv'), values: per((s) => s.lostGmvCny), format: (v) => cny(v), better: 'lower', testId: 'compare-gmv' },
  ];
}

/** The names of the scenarios compared without a roster yet, so the page can say why their figures are missing. */
export function unsolvedScenarios(comparison: ScenarioComparison): string[] {
  return comparison.scenarios.filter((s) => s.paidHours === null).map((s) => s.name);
}
