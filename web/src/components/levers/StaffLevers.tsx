import { Show } from 'solid-js';
import { leverAllowed } from '../../../../shared/levers/leverInForce.ts';
import { zonedDay } from '../../i18n/format.ts';
import { t } from '../../i18n/i18n.ts';
import { LeverField, type LeverFieldContext } from './LeverField.tsx';
import { LeverSwitch } from './LeverSwitch.tsx';
import { LeverWindow } from './LeverWindow.tsx';
import { PerDayLimits } from './PerDayLimits.tsx';
import { QueueWindows } from './QueueWindows.tsx';
import { scenarioWindow, wholeWindow, type WallWindow } from './WindowEdit.tsx';

/** Temps (临时工 / 外包) or staff borrowed from other departments: how many a day and on which dates, how long, at what cost, for which queues and when. */
export function StaffLevers(props: { ctx: LeverFieldContext; lever: 'temps' | 'borrowed'; onAllowed: (allowed: boolean) => void; eventWindow?: WallWindow }) {
  const field = (name: string) => [props.lever, name];
  const firstDate = () => (props.eventWindow ? zonedDay(props.eventWindow.start) : undefined);
  // A queue's new window starts as the lever's own when it has a whole one, else as the event window.
  const queueDefault = () => wholeWindow(scenarioWindow(props.ctx.levers, field('window'))) ?? props.eventWindow;
  return (
    <fieldset class="stack" data-testid={`levers-${props.lever}`}>
      <legend>{t(props.lever === 'temps' ? 'leverTemps' : 'leverBorrowed')}</legend>
      <LeverSwitch ctx={props.ctx} lever={props.lever} onAllowed={props.onAllowed} />
      <Show when={leverAllowed(props.ctx.levers, props.lever)}>
        <div class="row wrap">
          <LeverField ctx={props.ctx} path={field('maxPerDay')} label={t('leverMaxPerDay')} step="1" />
          <Show
            when={props.lever === 'temps'}
            fallback={<LeverField ctx={props.ctx} path={field('lengths')} label={t('leverLengths')} kind="numbers" />}
          >
            <LeverField ctx={props.ctx} path={field('minHours')} label={t('leverMinHours')} step="1" />
            <LeverField ctx={props.ctx} path={field('maxHours')} label={t('leverMaxHours')} step="1" />
          </Show>
          <LeverField ctx={props.ctx} path={field('startHours')} label={t('leverStartHours')} kind="numbers" none={t('leverEveryHour')} />
          <LeverField ctx={props.ctx} path={field('costCnyPerHour')} label={t('leverCost')} step="1" />
          <LeverField ctx={props.ctx} path={field('proficiency')} label={t('leverProficiency')} step="0.1" />
          <LeverField ctx={props.ctx} path={field('queues')} label={t('leverQueues')} kind="queues" />
        </div>
        <PerDayLimits ctx={props.ctx} lever={props.lever} firstDate={firstDate()} />
        <LeverWindow ctx={props.ctx} lever={props.lever} eventWindow={props.eventWindow} />
        <QueueWindows ctx={props.ctx} lever={props.lever} defaultWindow={queueDefault()} />
      </Show>
    </fieldset>
  );
}
