import { Show } from 'solid-js';
import { leverAllowed } from '../../../../shared/levers/leverInForce.ts';
import { t } from '../../i18n/i18n.ts';
import { LeverField, type LeverFieldContext } from './LeverField.tsx';
import { LeverSwitch } from './LeverSwitch.tsx';
import { QueueWindows, type WallWindow } from './QueueWindows.tsx';

/** Temps (临时工 / 外包) or staff borrowed from other departments: how many a day, how long, at what cost, for which queues and when per queue. */
export function StaffLevers(props: { ctx: LeverFieldContext; lever: 'temps' | 'borrowed'; onAllowed: (allowed: boolean) => void; eventWindow?: WallWindow }) {
  const field = (name: string) => [props.lever, name];
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
        <QueueWindows ctx={props.ctx} lever={props.lever} defaultWindow={props.eventWindow} />
      </Show>
    </fieldset>
  );
}
