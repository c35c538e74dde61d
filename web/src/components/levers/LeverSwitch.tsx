import { leverAllowed } from '../../../../shared/levers/leverInForce.ts';
import { t } from '../../i18n/i18n.ts';
import type { SWITCHED_LEVERS } from '../../state/leversDraft.ts';
import type { LeverFieldContext } from './LeverField.tsx';

/** Whether the scenario allows a lever at all (absent: not allowed); its fields follow when it is. */
export function LeverSwitch(props: { ctx: LeverFieldContext; lever: (typeof SWITCHED_LEVERS)[number]; onAllowed: (allowed: boolean) => void }) {
  return (
    <label class="inline">
      <input type="checkbox" checked={leverAllowed(props.ctx.levers, props.lever)} onChange={(e) => props.onAllowed(e.currentTarget.checked)} data-testid={`lever-${props.lever}-allowed`} /> {t('leverAllowed')}
    </label>
  );
}
