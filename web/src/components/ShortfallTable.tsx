import { For } from 'solid-js';
import type { RosterDetail } from '../api.ts';
import { dateTime, queueLabel } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';

/** The hours that fall short, largest gap first; presentational. */
export function ShortfallTable(props: { rows: RosterDetail['shortfall'] }) {
  const sorted = () => [...props.rows].sort((a, b) => b.required - b.scheduled - (a.required - a.scheduled));
  return (
    <div class="card">
      <h2>{t('shortHoursTitle')}</h2>
      <div class="scroll">
        <table class="table compact" data-testid="shortfall-table">
          <thead>
            <tr>
              <th>{t('hour')}</th>
              <th>{t('queue')}</th>
              <th>{t('required')}</th>
              <th>{t('scheduled')}</th>
              <th>{t('short')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={sorted()}>
              {(row) => (
                <tr class="short-row">
                  <td>{dateTime(row.hourStart)}</td>
                  <td>{queueLabel(row.queue)}</td>
                  <td>{row.required}</td>
                  <td>{row.scheduled}</td>
                  <td class="short">{row.required - row.scheduled}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </div>
  );
}
