// The metrics a scenario comparison charts, one series per metric with a value per scenario.
import type { ScenarioComparison } from '../api.ts';
import type { CompareSeries } from '../components/CompareBars.tsx';
import { number, percent } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';

/**
 * Requirement, on duty (paid hours), short agent-hours and service level per scenario. The capacity plan's cost
 * and GMV at risk are to be appended as further series (ScenarioCompare's `extraSeries`), not a second chart kind.
 */
export function compareSeries(comparison: ScenarioComparison): CompareSeries[] {
  const per = (value: (s: ScenarioComparison['scenarios'][number]) => number | null) => comparison.scenarios.map((s) => ({ name: s.name, value: value(s) }));
  return [
    { label: t('requiredHours'), values: per((s) => s.requiredAgentHours), format: (v) => number(v), better: 'neither', testId: 'compare-required' },
    { label: t('onDutyHours'), values: per((s) => s.paidHours), format: (v) => number(v), better: 'neither', testId: 'compare-on-duty' },
    { label: t('shortfallHours'), values: per((s) => s.shortfallAgentHours), format: (v) => number(v), better: 'lower', testId: 'compare-short' },
    { label: t('serviceLevel'), values: per((s) => s.serviceLevel), format: (v) => percent(v), better: 'higher', testId: 'compare-service' },
  ];
}

/** The names of the scenarios compared without a roster yet, so the page can say why their figures are missing. */
export function unsolvedScenarios(comparison: ScenarioComparison): string[] {
  return comparison.scenarios.filter((s) => s.paidHours === null).map((s) => s.name);
}
