import { For, Show } from 'solid-js';
import type { Replan } from '../api.ts';
import { dateTime, hourLabel, number, percent, queueLabel, meanSecondsOrNever } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';

/** Per queue, the simulated service of the next hours as published and with the re-plan's changes. */
export function ServiceAheadTable(props: { service: Replan['service'] }) {
  /** One figure when the changes leave it as it was, else "before → after". */
  const pair = <T,>(before: T, after: T, format: (value: T) => string) => (before === after ? format(before) : t('beforeAfter', { before: format(before), after: format(after) }));
  return (
    <div class="stack" data-testid="service-ahead">
      <Show when={props.service.from && props.service.to} fallback={<p class="muted">{t('serviceNone')}</p>}>
        <h3>{t('serviceAheadTitle', { hours: number(props.service.hours), from: dateTime(props.service.from!), to: hourLabel(props.service.to!) })}</h3>
        <p class="muted">
          {t('serviceAheadHelp')} {t('serviceBeforeAfter')}
        </p>
        <div class="scroll">
          <table class="table">
            <thead>
              <tr>
                <th>{t('queue')}</th>
                <th>{t('serviceCap')}</th>
                <th>{t('serviceChats')}</th>
                <th>{t('serviceAgentHours')}</th>
                <th>{t('serviceWithinTarget')}</th>
                <th>{t('serviceAverageResponse')}</th>
                <th>{t('serviceAbandonment')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.service.queues}>
                {(q) => (
                  <tr data-testid={`service-${q.queue}`}>
                    <td>{queueLabel(q.queue)}</td>
                    <td>{number(q.cap)}</td>
                    <td>{number(q.humanChats)}</td>
                    <td>{pair(q.agentHoursBefore, q.agentHoursAfter, (n) => number(n))}</td>
                    <td data-testid="service-within">{`${pair(q.before.withinTarget, q.after.withinTarget, percent)} (${t('secondsValue', { s: number(q.targetSeconds) })})`}</td>
                    <td>{pair(q.before.averageResponseSeconds, q.after.averageResponseSeconds, meanSecondsOrNever)}</td>
                    <td>{pair(q.before.abandonment, q.after.abandonment, percent)}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
    </div>
  );
}
