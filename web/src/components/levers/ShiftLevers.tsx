import { Show } from 'solid-js';
import { leverAllowed } from '../../../../shared/levers/leverInForce.ts';
import { t } from '../../i18n/i18n.ts';
import { LeverField, type LeverFieldContext } from './LeverField.tsx';
import { LeverSwitch } from './LeverSwitch.tsx';
import { LeverWindow } from './LeverWindow.tsx';
import type { WallWindow } from './WindowEdit.tsx';

/** The team's own hours: shorter peak shifts for full-time staff, and overtime ceilings (the law's by default); each inside its window, by default the event's. */
export function ShiftLevers(props: { ctx: LeverFieldContext; onAllowed: (lever: 'peakShifts' | 'overtime', allowed: boolean) => void; eventWindow?: WallWindow }) {
  return (
    <>
      <fieldset class="stack" data-testid="levers-peakShifts">
        <legend>{t('leverPeakShifts')}</legend>
        <LeverSwitch ctx={props.ctx} lever="peakShifts" onAllowed={(on) => props.onAllowed('peakShifts', on)} />
        <Show when={leverAllowed(props.ctx.levers, 'peakShifts')}>
          <div class="row wrap">
            <LeverField ctx={props.ctx} path={['peakShifts', 'lengths']} label={t('leverLengths')} kind="numbers" />
            <LeverField ctx={props.ctx} path={['peakShifts', 'startHours']} label={t('leverStartHours')} kind="numbers" none={t('leverEveryHour')} />
          </div>
          <LeverWindow ctx={props.ctx} lever="peakShifts" eventWindow={props.eventWindow} />
        </Show>
      </fieldset>
      <fieldset class="stack" data-testid="levers-overtime">
        <legend>{t('leverOvertime')}</legend>
        <LeverSwitch ctx={props.ctx} lever="overtime" onAllowed={(on) => props.onAllowed('overtime', on)} />
        <Show when={leverAllowed(props.ctx.levers, 'overtime')}>
          <div class="row wrap">
            <LeverField ctx={props.ctx} path={['overtime', 'maxHoursPerDay']} label={t('leverOvertimeDay')} step="1" />
            <LeverField ctx={props.ctx} path={['overtime', 'maxHoursPerMonth']} label={t('leverOvertimeMonth')} step="1" />
          </div>
          <LeverWindow ctx={props.ctx} lever="overtime" eventWindow={props.eventWindow} />
        </Show>
      </fieldset>
    </>
  );
}
