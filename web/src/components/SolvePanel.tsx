import { createSignal, Show } from 'solid-js';
import { api, type RosterDetail } from '../api.ts';
import { dateTime, number, percent } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';
import { useEvent } from '../state/eventContext.ts';
import { createJob } from '../state/job.ts';
import { ErrorNotice } from './ErrorNotice.tsx';
import { JobProgress } from './JobProgress.tsx';

/**
 * Solve the scenario (a job with progress and cancel), publish the draft, and the roster's headline figures.
 * `publishedRosterId` is the event's published roster as the page last read it (null: none, undefined: not
 * known yet); publishing names it, so a publish by someone else meanwhile is refused (409), not overwritten.
 */
export function SolvePanel(props: { roster: RosterDetail | null | undefined; publishedRosterId: number | null | undefined; onChanged: () => void }) {
  const ctx = useEvent();
  const solve = createJob(() => api.solve(ctx.scenario()!.id), () => props.onChanged());
  const [publishError, setPublishError] = createSignal<unknown>();
  const publish = () => {
    setPublishError(undefined);
    // After a 409 too: reload, so the page shows what is published now and a second click is based on it.
    api.publish(props.roster!.id, props.publishedRosterId ?? null).then(
      () => props.onChanged(),
      (error: unknown) => {
        setPublishError(error);
        props.onChanged();
      },
    );
  };
  const shortHours = () => props.roster?.diagnostics.summary.totalAgentHours ?? 0;
  return (
    <div class="card stack" data-testid="solve-panel">
      <div class="actions">
        <button onClick={() => solve.run()} disabled={!ctx.scenario() || solve.running()} data-testid="solve">
          {t('solve')}
        </button>
        <Show when={props.roster?.status === 'draft'}>
          <button class="secondary" onClick={publish} disabled={props.publishedRosterId === undefined} data-testid="publish">
            {t('publish')}
          </button>
        </Show>
        <Show when={props.roster}>{(r) => <span class={`status ${r().status}`}>{t(`roster_${r().status}`)}</span>}</Show>
      </div>
      <Show when={solve.job()}>{(job) => <JobProgress job={job()} running={solve.running()} onCancel={solve.cancel} />}</Show>
      <Show when={solve.error()}>{(e) => <ErrorNotice error={e()} />}</Show>
      <Show when={publishError()}>{(e) => <ErrorNotice error={e()} />}</Show>
      <Show when={props.roster} fallback={<p class="muted">{props.roster === null ? t('noRoster') : t('loading')}</p>}>
        {(r) => (
          <dl class="figures" data-testid="roster-figures">
            <dt>{t('solvedAt')}</dt>
            <dd>{dateTime(r().createdAt)}</dd>
            <dt>{t('paidHours')}</dt>
            <dd>{number(r().stats.paidHours)}</dd>
            <Show when={r().stats.objective !== undefined}>
              <dt title={t('objectiveHelp')}>{t('objective')}</dt>
              <dd>{number(Math.round(r().stats.objective))}</dd>
            </Show>
            <dt>{t('lowerBound')}</dt>
            <dd>{number(Math.round(r().stats.lowerBound))}</dd>
            <dt>{t('gap')}</dt>
            <dd>{percent(r().stats.gap)}</dd>
            <dt>{t('shortfallHours')}</dt>
            <dd classList={{ short: shortHours() > 0 }}>{number(shortHours())}</dd>
            <dt>{t('reassignmentCount')}</dt>
            <dd>{number(r().reassignments.length)}</dd>
            <dt>{t('violations')}</dt>
            <dd>{number(r().diagnostics.violations.length)}</dd>
          </dl>
        )}
      </Show>
    </div>
  );
}
