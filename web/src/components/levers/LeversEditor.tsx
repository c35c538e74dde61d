import { resolveQueueParams } from '../../../../shared/staffing/params.ts';
import type { QueueCode } from '../../../../shared/types.ts';
import { ApiError, type Scenario } from '../../api.ts';
import { t } from '../../i18n/i18n.ts';
import { leverErrors, withLever, withLeverAllowed, type SWITCHED_LEVERS } from '../../state/leversDraft.ts';
import { CapLevers } from './CapLevers.tsx';
import type { LeverFieldContext } from './LeverField.tsx';
import { MoneyLevers } from './MoneyLevers.tsx';
import { ShiftLevers } from './ShiftLevers.tsx';
import type { WallWindow } from './WindowEdit.tsx';
import { StaffLevers } from './StaffLevers.tsx';

type Params = Scenario['params'];

/** The scenario's money and workforce levers, section by section, each field with its value in force, source and the API's error. */
export function LeversEditor(props: { params: Params | undefined; onParams: (next: Params) => void; error: unknown; eventWindow?: WallWindow }) {
  const ctx: LeverFieldContext = {
    get levers() {
      return props.params?.levers;
    },
    onChange: (path, value) => props.onParams(withLever(props.params ?? {}, path, value)),
    errors: (path) => (props.error instanceof ApiError ? leverErrors(props.error.details, path) : []),
  };
  const onAllowed = (lever: (typeof SWITCHED_LEVERS)[number], allowed: boolean) => props.onParams(withLeverAllowed(props.params ?? {}, lever, allowed));
  const scenarioCap = (queue: QueueCode) => resolveQueueParams(props.params?.requirement ?? {}, queue).concurrencyCap;
  return (
    <details class="stack" data-testid="levers-editor" open>
      <summary>{t('levers')}</summary>
      <p class="muted">{t('leversHelp')}</p>
      <MoneyLevers ctx={ctx} />
      <StaffLevers ctx={ctx} lever="temps" onAllowed={(on) => onAllowed('temps', on)} eventWindow={props.eventWindow} />
      <StaffLevers ctx={ctx} lever="borrowed" onAllowed={(on) => onAllowed('borrowed', on)} eventWindow={props.eventWindow} />
      <ShiftLevers ctx={ctx} onAllowed={onAllowed} eventWindow={props.eventWindow} />
      <CapLevers ctx={ctx} scenarioCap={scenarioCap} />
    </details>
  );
}
