import { For } from 'solid-js';
import { dateTime, number, queueLabel } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';
import type { LiveRow } from '../state/live.ts';

/** Per hour and queue: forecast, actual, re-forecast, and the agents staffed before and after the re-plan. */
export function LiveHoursTable(props: { rows: LiveRow[] }) {
  const maybe = (n: number | undefined, digits = 0) => (n === undefined ? '–' : number(n, digits));
  return (
    <div class="scroll tall">
      <table class="table" data-testid="live-hours">
        <thead>
          <tr>
            <th>{t('hour')}</th>
            <th>{t('queue')}</th>
            <th>{t('liveForecast')}</th>
            <th>{t('liveActual')}</th>
            <th>{t('liveReforecast')}</th>
            <th>{t('liveRequired')}</th>
            <th>{t('liveStaffed')}</th>
            <th>{t('liveStaffedAfter')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {(r) => (
              <tr classList={{ short: r.staffedAfter !== undefined && r.required !== undefined && r.staffedAfter < r.required }}>
                <td>{dateTime(r.hourStart)}</td>
                <td>{queueLabel(r.queue)}</td>
                <td>{number(r.forecast)}</td>
                <td>{maybe(r.actual)}</td>
                <td>{number(r.expected)}</td>
                <td>{maybe(r.required)}</td>
                <td>{maybe(r.staffedBefore)}</td>
                <td>{maybe(r.staffedAfter, 1)}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}
