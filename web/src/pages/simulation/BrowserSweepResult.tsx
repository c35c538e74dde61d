import { Show } from 'solid-js';
import { capLeads } from '../../../../shared/simulate/capLeads.ts';
import type { RuleOfThumb } from '../../../../shared/simulate/ruleOfThumb.ts';
import type { SweepResult } from '../../../../shared/simulate/sweep.ts';
import { QUEUE_CODES, type QueueCode } from '../../../../shared/types.ts';
import { CapLeadTable } from '../../components/CapLeadTable.tsx';
import { RuleOfThumbNote } from '../../components/RuleOfThumbNote.tsx';
import { t } from '../../i18n/i18n.ts';
import { CapSweep } from './CapSweep.tsx';

/** A browser sweep: the leads per queue, the rule of thumb of the session it ran with, then one queue's caps; presentational. */
export function BrowserSweepResult(props: {
  sweep: SweepResult;
  rule: RuleOfThumb | undefined;
  queueCaps: Partial<Record<QueueCode, number>>;
  /** The queue shown, kept by the caller so it outlives the next run. */
  queue: QueueCode;
  onQueue: (queue: QueueCode) => void;
}) {
  // The form's session is every queue's, so one rule of thumb stands beside each queue's recommended cap.
  const rules = () => Object.fromEntries(QUEUE_CODES.map((q) => [q, props.rule])) as Partial<Record<QueueCode, RuleOfThumb>>;
  const swept = () => (props.sweep.caps[0]?.byQueue ? QUEUE_CODES.filter((q) => props.sweep.caps[0].byQueue[q]) : []);
  return (
    <>
      <h3>{t('browserResultTitle')}</h3>
      <CapLeadTable leads={capLeads(props.sweep.recommended, props.sweep.planned?.caps ?? {})} rules={rules()} testId="browser-leads" />
      <dl class="figures" data-testid="browser-summary">
        <dt>{t('ruleOfThumbCap')}</dt>
        <dd data-testid="browser-rule-cap">{props.rule?.cap}</dd>
      </dl>
      <Show when={props.rule}>{(r) => <RuleOfThumbNote rule={r()} testId="browser-rule" />}</Show>
      <CapSweep
        caps={props.sweep.caps}
        queues={swept()}
        queue={props.queue}
        onQueue={props.onQueue}
        recommendation={props.sweep.recommended?.[props.queue]}
        currentCap={props.queueCaps[props.queue] ?? null}
        testIds={{ queue: 'browser-queue', chart: 'browser-cap-chart', table: 'browser-cap-table' }}
      />
    </>
  );
}
