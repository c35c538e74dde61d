import { For, Show } from 'solid-js';
import type { RosterDetail } from '../api.ts';
import { dayNumber, number, queueLabel, templateLabel } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';

type Suggestion = RosterDetail['diagnostics']['suggestions'][number];
const DATES_SHOWN = 4;

/** A yyyy-MM-dd date as the rest of the UI writes days (11/9). */
const day = (date: string) => dayNumber(`${date}T12:00:00+08:00`);

/** What would close the shortfall, worded in the current language from the roster's structured suggestions, with shift names and short dates. */
export function Suggestions(props: { suggestions: Suggestion[]; templates?: { code: string; nameZh: string; nameEn: string }[] }) {
  const shiftName = (code: string | undefined) => {
    const tpl = props.templates?.find((x) => x.code === code);
    return tpl ? templateLabel(tpl) : (code ?? '?');
  };
  const text = (s: Suggestion) =>
    s.kind === 'cap'
      ? s.cap === undefined
        ? t('suggestNoCap')
        : t('suggestCap', { cap: s.cap ?? '?', queue: s.queue ? queueLabel(s.queue) : t('allQueues') })
      : t('suggestAgents', {
          n: number(s.extraAgents ?? 0),
          template: shiftName(s.template),
          queue: s.queue ? queueLabel(s.queue) : t('allQueues'),
          days: s.dates?.length ?? 0,
          dates: (s.dates ?? []).slice(0, DATES_SHOWN).map(day).join(', ') + ((s.dates?.length ?? 0) > DATES_SHOWN ? '…' : ''),
        });
  return (
    <Show when={props.suggestions.length > 0} fallback={<p class="ok">{t('noSuggestions')}</p>}>
      <ul class="suggestions" data-testid="suggestions">
        <For each={props.suggestions}>{(s) => <li title={s.message}>{text(s)}</li>}</For>
      </ul>
    </Show>
  );
}
