import { For } from 'solid-js';
import type { CapResult } from '../../../shared/simulate/sweep.ts';
import { percent } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';

/** The sweep as numbers, one row per cap, the recommended one highlighted; "never" where over 10 % got no reply. */
export function CapTable(props: { caps: CapResult[]; bestCap: number; currentCap: number; seconds: (value: number | null) => string; testId?: string }) {
  return (
    <table class="table compact" data-testid={props.testId ?? 'cap-table'}>
      <thead>
        <tr>
          <th>{t('cap')}</th>
          <th>{t('firstResponseP50')}</th>
          <th>{t('firstResponseP90')}</th>
          <th>{t('firstResponseP99')}</th>
          <th>{t('admissionWaitP90')}</th>
          <th>{t('serviceLevel')}</th>
          <th>{t('abandonment')}</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.caps}>
          {(c) => (
            <tr classList={{ best: c.cap === props.bestCap, current: c.cap === props.currentCap }}>
              <td>
                {c.cap}
                {c.cap === props.bestCap ? ` ★ ${t('recommended')}` : c.cap === props.currentCap ? ` (${t('current')})` : ''}
              </td>
              <td>{props.seconds(c.overall.firstResponse.p50)}</td>
              <td>{props.seconds(c.overall.firstResponse.p90)}</td>
              <td>{props.seconds(c.overall.firstResponse.p99)}</td>
              <td>{props.seconds(c.overall.admissionWait.p90)}</td>
              <td>{percent(c.overall.withinSla)}</td>
              <td>{percent(c.overall.arrivals ? c.overall.abandoned / c.overall.arrivals : 0)}</td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
