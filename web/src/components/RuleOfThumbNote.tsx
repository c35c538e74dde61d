import type { RuleOfThumb } from '../../../shared/simulate/ruleOfThumb.ts';
import { number } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';

/** The platform's rule-of-thumb cap worked out in one line, to read beside the simulated best cap. */
export function RuleOfThumbNote(props: { rule: RuleOfThumb; testId?: string }) {
  return (
    <p class="muted rule-of-thumb" data-testid={props.testId}>
      {t('ruleOfThumbExplain', { minutes: number(props.rule.serviceMinutesPerCustomer, 1), replies: number(props.rule.peakRepliesPerMinute, 1), questions: number(props.rule.questionsPerCustomer, 1), cap: props.rule.cap })}
    </p>
  );
}
