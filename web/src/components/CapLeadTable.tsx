import { Show, type JSX } from 'solid-js';
import type { CapLead } from '../../../shared/simulate/capLeads.ts';
import type { CapEstimate } from '../../../shared/simulate/recommendCap.ts';
import type { RuleOfThumb } from '../../../shared/simulate/ruleOfThumb.ts';
import type { QueueCode } from '../../../shared/types.ts';
import { percent, queueLabel } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';
import { type Column, DataTable } from './DataTable.tsx';
import { EstimateText } from './EstimateText.tsx';

/** One of a lead's two rows: the scenario's cap, then the recommended one beneath it. */
interface LeadRow {
  lead: CapLead;
  at: 'scenario' | 'recommended';
}

const estimate = (row: LeadRow): CapEstimate | null => (row.at === 'scenario' ? row.lead.atScenarioCap : row.lead.atRecommendedCap);
/** The queue and its rule-of-thumb cap are said once per lead, across both of its rows. */
const spanBoth = (row: LeadRow) => (row.at === 'scenario' ? { rowSpan: 2 } : 'covered');

/** A figure of the estimate at the row's cap; a cap not tried says so once, across the three figures. */
function figure(header: Column<LeadRow>['header'], testId: string, show: (e: CapEstimate) => JSX.Element, first = false): Column<LeadRow> {
  return {
    header,
    cell: (row) => {
      const e = estimate(row);
      return e ? show(e) : t('notTried');
    },
    testId: (row) => (estimate(row) ? testId : undefined),
    classList: (row): Record<string, boolean> => (estimate(row) ? {} : { muted: true }),
    span: (row) => (estimate(row) ? {} : first ? { colSpan: 3 } : 'covered'),
  };
}

function capCell(row: LeadRow) {
  const { lead, at } = row;
  if (at === 'scenario') return [t('scenarioCap'), ' ', <strong data-testid="lead-cap">{lead.scenarioCap ?? '–'}</strong>];
  const r = lead.recommendation;
  const reason = r.reason === 'tie' ? t('reason_tie', { caps: r.tiedWith.join(', ') }) : t(`reason_${r.reason}`);
  return [t('recommendedCap'), ' ', <strong data-testid="lead-cap">{r.cap}</strong>, ' ★ ', <span class="muted">{reason}</span>];
}

/**
 * What a supervisor asks first, per queue: the share answered within target, the average response and the
 * abandonment at the scenario's cap and at the recommended one, with the criterion and Qianniu's rule beside it.
 */
export function CapLeadTable(props: { leads: CapLead[]; rules: Partial<Record<QueueCode, RuleOfThumb>>; testId?: string }) {
  const criterion = () => props.leads[0]?.recommendation;
  const columns: Column<LeadRow>[] = [
    { header: 'queue', cell: (row) => queueLabel(row.lead.queue), span: spanBoth },
    { header: 'cap', cell: capCell },
    figure('withinTarget', 'lead-within', (e) => <EstimateText estimate={e.withinTarget} kind="share" />, true),
    figure('averageResponse', 'lead-response', (e) => <EstimateText estimate={e.averageResponseSeconds} kind="seconds" />),
    figure('abandonment', 'lead-abandonment', (e) => <EstimateText estimate={e.abandonment} kind="share" />),
    { header: 'ruleOfThumbCap', cell: (row) => props.rules[row.lead.queue]?.cap ?? '–', testId: (row) => `rule-cap-${row.lead.queue}`, span: spanBoth },
  ];
  const rows = () => props.leads.flatMap((lead): LeadRow[] => [{ lead, at: 'scenario' }, { lead, at: 'recommended' }]);
  return (
    <div class="stack" data-testid={props.testId ?? 'cap-leads'}>
      <DataTable
        columns={columns}
        rows={rows()}
        compact
        box={false}
        rowTestId={(row) => `lead-${row.lead.queue}-${row.at}`}
        rowClassList={(row) => ({ current: row.at === 'scenario', best: row.at === 'recommended' })}
      />
      <Show when={criterion()}>
        {(c) => (
          <p class="muted" data-testid="cap-criterion">
            {t('capCriterion', { abandonment: percent(c().criterion.maxAbandonment), response: `${c().criterion.maxAverageResponseSeconds} s`, seeds: c().seeds })}
          </p>
        )}
      </Show>
      <p class="muted" data-testid="rule-differs">
        {t('ruleDiffers')}
      </p>
    </div>
  );
}
