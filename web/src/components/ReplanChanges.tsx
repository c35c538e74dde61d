import type { Replan } from '../api.ts';
import { cny, dateTime, hourLabel, number, queueLabel } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';
import { replanMoney } from '../state/live.ts';
import { DataTable, type Column } from './DataTable.tsx';

type Change = Replan['changes'][number];

const COLUMNS: Column<Change>[] = [
  { header: 'replanKind', cell: (c) => t(`replanKind_${c.kind}`) },
  { header: 'agent', cell: (c) => c.agentId ?? '' },
  { header: 'queue', cell: (c) => (c.fromQueue ? `${queueLabel(c.fromQueue)} → ${queueLabel(c.queue)}` : queueLabel(c.queue)) },
  { header: 'replanWhen', cell: (c) => `${dateTime(c.start)} – ${hourLabel(c.end)}` },
  { header: 'replanCount', cell: (c) => (c.cap !== undefined ? t('replanCapTo', { cap: number(c.cap) }) : (c.count ?? '')) },
  { header: 'replanCost', cell: (c) => cny(c.costCny) },
];

/** The re-plan's suggested changes with their cost, and the shortfall and GMV at risk before and after them. */
export function ReplanChanges(props: { replan: Pick<Replan, 'changes' | 'before' | 'after'> }) {
  const money = () => replanMoney(props.replan);
  return (
    <div class="stack" data-testid="replan-changes">
      <dl class="figures">
        <dt>{t('replanShortHours')}</dt>
        <dd data-testid="replan-short">{t('beforeAfter', { before: number(props.replan.before.shortAgentHours, 1), after: number(props.replan.after.shortAgentHours, 1) })}</dd>
        <dt>{t('replanLostGmv')}</dt>
        <dd data-testid="replan-gmv">{t('beforeAfter', { before: cny(props.replan.before.lostGmvCny), after: cny(props.replan.after.lostGmvCny) })}</dd>
        <dt>{t('replanCost')}</dt>
        <dd data-testid="replan-cost">{cny(money().costCny)}</dd>
        <dt>{t('replanSaved')}</dt>
        <dd data-testid="replan-saved">
          <strong>{cny(money().savedCny)}</strong>
        </dd>
      </dl>
      <DataTable columns={COLUMNS} rows={props.replan.changes} rowTestId={() => 'replan-change'} empty={{ message: 'replanNoChanges', testId: 'replan-none' }} />
    </div>
  );
}
