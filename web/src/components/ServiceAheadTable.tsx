import { Show } from 'solid-js';
import type { Replan } from '../api.ts';
import { dateTime, hourLabel, number, percent, queueLabel, meanSecondsOrNever } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';
import { DataTable, type Column } from './DataTable.tsx';

type QueueService = Replan['service']['queues'][number];

/** One figure when the changes leave it as it was, else "before → after". */
const pair = <T,>(before: T, after: T, format: (value: T) => string) => (before === after ? format(before) : t('beforeAfter', { before: format(before), after: format(after) }));

const COLUMNS: Column<QueueService>[] = [
  { header: 'queue', cell: (q) => queueLabel(q.queue) },
  { header: 'serviceCap', cell: (q) => pair(q.cap, q.capAfter, (n) => number(n)) },
  { header: 'serviceChats', cell: (q) => number(q.humanChats) },
  { header: 'serviceAgentHours', cell: (q) => pair(q.agentHoursBefore, q.agentHoursAfter, (n) => number(n)) },
  { header: 'serviceWithinTarget', cell: (q) => `${pair(q.before.withinTarget, q.after.withinTarget, percent)} (${t('secondsValue', { s: number(q.targetSeconds) })})`, testId: 'service-within' },
  { header: 'serviceAverageResponse', cell: (q) => pair(q.before.averageResponseSeconds, q.after.averageResponseSeconds, meanSecondsOrNever) },
  { header: 'serviceAbandonment', cell: (q) => pair(q.before.abandonment, q.after.abandonment, percent) },
];

/** Per queue, the simulated service of the next hours as published and with the re-plan's changes. */
export function ServiceAheadTable(props: { service: Replan['service'] }) {
  return (
    <div class="stack" data-testid="service-ahead">
      <Show when={props.service.from && props.service.to} fallback={<p class="muted">{t('serviceNone')}</p>}>
        <h3>{t('serviceAheadTitle', { hours: number(props.service.hours), from: dateTime(props.service.from!), to: hourLabel(props.service.to!) })}</h3>
        <p class="muted">
          {t('serviceAheadHelp')} {t('serviceBeforeAfter')}
        </p>
        <DataTable columns={COLUMNS} rows={props.service.queues} rowTestId={(q) => `service-${q.queue}`} />
      </Show>
    </div>
  );
}
