import { For, Show } from 'solid-js';
import type { RosterView } from '../api.ts';
import { t } from '../i18n/i18n.ts';

/** Figures of a solved roster and what falls short; presentational. */
export function RosterSummary(props: { roster: RosterView }) {
  const confirmed = () => props.roster.assignments.filter((a) => a.status === 'confirmed').length;
  const shortfall = () => props.roster.shortfall.reduce((sum, s) => sum + s.required - s.scheduled, 0);
  return (
    <section class="card" data-testid="roster-summary">
      <dl class="figures">
        <dt>{t('shifts')}</dt>
        <dd>{confirmed()}</dd>
        <dt>{t('paidHours')}</dt>
        <dd>{Math.round(props.roster.stats.paidHours)}</dd>
        <dt>{t('shortfall')}</dt>
        <dd classList={{ short: shortfall() > 0 }}>{shortfall()}</dd>
        <dt>{t('moves')}</dt>
        <dd>{props.roster.reassignments.length}</dd>
        <dt>{t('violations')}</dt>
        <dd>{props.roster.diagnostics.violations.length}</dd>
      </dl>
      <Show when={props.roster.shortfall.length > 0}>
        <h3>{t('worstHours')}</h3>
        <ul>
          <For each={props.roster.diagnostics.summary.worst}>
            {(row) => (
              <li>
                {row.hourStart} · {row.queue}: {row.scheduled} {t('scheduled')} / {row.required} {t('required')}
              </li>
            )}
          </For>
        </ul>
        <h3>{t('suggestions')}</h3>
        <ul>
          <For each={props.roster.diagnostics.suggestions}>{(s) => <li>{s.message}</li>}</For>
        </ul>
      </Show>
    </section>
  );
}
