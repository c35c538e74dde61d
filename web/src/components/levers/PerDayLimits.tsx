import { For, Show } from 'solid-js';
import { leverInForce } from '../../../../shared/levers/leverInForce.ts';
import { t } from '../../i18n/i18n.ts';
import { asPerDay, nextUnlistedDate, perDayCountValid, perDayDateRefusal, perDayDates, withPerDay } from '../../state/perDayDraft.ts';
import { SOURCE_LABEL, type LeverFieldContext } from './LeverField.tsx';
import { PerDayRow } from './PerDayRow.tsx';

/**
 * A booked-staff lever's limits per date (`perDay`), overriding "at most per day" on the dates listed: add a row
 * (the next date not listed, from `firstDate`, the event's first date), change its date or count, remove it.
 * Writes the record whole, in calendar order, as the schema takes it; says whether the scenario sets it.
 */
export function PerDayLimits(props: { ctx: LeverFieldContext; lever: 'temps' | 'borrowed'; firstDate?: string }) {
  const path = () => [props.lever, 'perDay'];
  const own = () => leverInForce(props.ctx.levers, path());
  const perDay = () => (own().source === 'scenario' ? asPerDay(own().value) : {});
  const dates = () => perDayDates(perDay());
  const next = () => nextUnlistedDate(dates(), props.firstDate);
  const write = (date: string, count: unknown, from?: string) => props.ctx.onChange(path(), withPerDay(perDay(), date, count, from));
  const dailyBound = () => leverInForce(props.ctx.levers, [props.lever, 'maxPerDay']).value;
  const add = () => write(next()!, perDayCountValid(dailyBound()) ? dailyBound() : 0);
  const inForce = () =>
    t('paramInForce', { value: dates().length ? t('leverPerDayOwn', { n: dates().length }) : t('leverPerDayNone'), source: t(SOURCE_LABEL[own().source]) });
  const testId = () => `lever-${props.lever}-perDay`;
  return (
    <div class="stack" data-testid={testId()}>
      <span>{t('leverPerDay')}</span>
      <small class="muted">{t('leverPerDayHelp')}</small>
      <Show when={dates().length > 0}>
        <table class="table compact">
          <thead>
            <tr>
              <th>{t('leverPerDayDate')}</th>
              <th>{t('leverPerDayCount')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            <For each={dates()}>
              {(date) => (
                <PerDayRow
                  date={date}
                  count={perDay()[date]}
                  testId={`${testId()}-${date}`}
                  apiErrors={props.ctx.errors([...path(), date])}
                  refuseDate={(to) => perDayDateRefusal(perDay(), date, to)}
                  onMove={(to) => write(to, perDay()[date], date)}
                  onCount={(count) => write(date, count)}
                  onRemove={() => write(date, undefined)}
                />
              )}
            </For>
          </tbody>
        </table>
      </Show>
      <div class="row wrap interval">
        <button class="secondary small" disabled={next() === undefined} onClick={add} data-testid={`${testId()}-add`}>
          {t('leverAddPerDay')}
        </button>
        <small class="muted" data-testid={`${testId()}-source`}>{inForce()}</small>
      </div>
    </div>
  );
}
