import { For } from 'solid-js';
import { QUEUE_CODES, type QueueCode } from '../../../shared/types.ts';
import { queueLabel } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';

type PerQueue = Record<QueueCode, number>;
type Field = 'totals' | 'eve' | 'eventDay';
const num = (e: Event) => Number((e.currentTarget as HTMLInputElement).value);

/** The generator's per-queue inputs: an ordinary day's total, and the factors for the eve and the event day. */
export function GeneratorFactorsTable(props: { totals: PerQueue; eve: PerQueue; eventDay: PerQueue; onChange: (field: Field, queue: QueueCode, value: number) => void }) {
  return (
    <table class="table compact">
      <thead>
        <tr>
          <th>{t('queue')}</th>
          <th>{t('dailyTotal')}</th>
          <th>{t('eveFactor')}</th>
          <th>{t('eventDayFactor')}</th>
        </tr>
      </thead>
      <tbody>
        <For each={QUEUE_CODES}>
          {(q) => (
            <tr>
              <td>{queueLabel(q)}</td>
              <td><input type="number" min="0" value={props.totals[q]} onInput={(e) => props.onChange('totals', q, num(e))} /></td>
              <td><input type="number" min="0" step="0.1" value={props.eve[q]} onInput={(e) => props.onChange('eve', q, num(e))} /></td>
              <td><input type="number" min="0" step="0.1" value={props.eventDay[q]} onInput={(e) => props.onChange('eventDay', q, num(e))} /></td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
