import { For, Show } from 'solid-js';
import type { RosterDetail } from '../api.ts';
import { number, queueLabel } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';

type Suggestion = RosterDetail['diagnostics']['suggestions'][number];

/** What would close the shortfall, worded in the current language from the roster's structured suggestions. */
export function Suggestions(props: { suggestions: Suggestion[] }) {
  const text = (s: Suggestion) =>
    s.kind === 'cap'
      ? s.cap === undefined
        ? t('suggestNoCap')
        : t('suggestCap', { cap: s.cap ?? '?', queue: s.queue ? queueLabel(s.queue) : t('allQueues') })
      : t('suggestAgents', { n: number(s.extraAgents ?? 0), template: s.template ?? '?', queue: s.queue ? queueLabel(s.queue) : t('allQueues'), days: s.dates?.length ?? 0, dates: (s.dates ?? []).slice(0, 4).join(', ') + ((s.dates?.length ?? 0) > 4 ? '…' : '') });
  return (
    <Show when={props.suggestions.length > 0} fallback={<p class="ok">{t('noSuggestions')}</p>}>
      <ul class="suggestions" data-testid="suggestions">
        <For each={props.suggestions}>{(s) => <li title={s.message}>{text(s)}</li>}</For>
      </ul>
    </Show>
  );
}
