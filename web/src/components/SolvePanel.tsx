import { createSignal, Show } from 'solid-js';
import { api, type RosterDetail } from '../api.ts';
import { dateTime, number, percent } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';
import { useEvent } from '../state/eventContext.ts';
import { createJob } from '../state/job.ts';
import { ErrorNotice } from './ErrorNotice.tsx';
import { JobProgress } from './JobProgress.tsx';
import { PublishConfirm } from './PublishConfirm.tsx';

/**
 * The optimiser's objective, its proven bound and the gap; a roster priced in CNY adds the gap in money and the
 * agent-hours below the coverage floor, whose wall price otherwise makes the gap read in the hundreds of per cent.
 * A roster an applied re-plan stored (`replannedFrom`) keeps the solved roster's figures (the re-plan moves shifts
 * without solving, so it proves no bound): a note names the roster they belong to.
 */
function SolverFigures(props: { stats: RosterDetail['stats']; replannedFrom?: number }) {
  const priced = () => props.stats.moneyGap !== undefined;
  return (
    <>
      <Show when={props.replannedFrom !== undefined}>
        <p class="muted" data-testid="solver-replanned-note">{t('solverReplanned', { id: props.replannedFrom ?? '' })}</p>
      </Show>
      <dl class="figures">
        <Show when={props.stats.objective !== undefined}>
          <dt title={t(priced() ? 'objectiveMoneyHelp' : 'objectiveHelp')}>{t(priced() ? 'objectiveMoney' : 'objective')}</dt>
          <dd>{number(Math.round(props.stats.objective))}</dd>
        </Show>
        <dt>{t('lowerBound')}</dt>
        <dd>{number(Math.round(props.stats.lowerBound))}</dd>
        <dt>{t('gap')}</dt>
        <dd data-testid="solver-gap">{percent(props.stats.gap)}</dd>
        <Show when={priced()}>
          <>
            <dt>{t('moneyGap')}</dt>
            <dd data-testid="solver-money-gap">{percent(props.stats.moneyGap ?? 0)}</dd>
            <dt>{t('belowFloorAgentHours')}</dt>
            <dd classList={{ short: (props.stats.belowFloorAgentHours ?? 0) > 0 }} data-testid="solver-below-floor">{number(props.stats.belowFloorAgentHours ?? 0, 1)}</dd>
          </>
        </Show>
      </dl>
      <Show when={priced()}>
        <p class="muted" data-testid="money-gap-help">{t('moneyGapHelp')}</p>
      </Show>
    </>
  );
}

/**
 * Solve the scenario (a job with progress and cancel), publish the draft, and the roster's headline figures.
 * `publishedRosterId` is the event's published roster as the page last read it (null: none, undefined: not
 * known yet); publishing names it, so a publish by someone else meanwhile is refused (409), not overwritten.
 * A short roster is published only after a confirmation that names the shortfall.
 */
export function SolvePanel(props: { roster: RosterDetail | null | undefined; publishedRosterId: number | null | undefined; onChanged: () => void }) {
  const ctx = useEvent();
  const solve = createJob(() => api.solve(ctx.scenario()!.id), () => props.onChanged());
  const [publishError, setPublishError] = createSignal<unknown>();
  const [confirming, setConfirming] = createSignal(false);
  const [publishing, setPublishing] = createSignal(false);
  const shortHours = () => props.roster?.diagnostics.summary.totalAgentHours ?? 0;
  const publish = () => {
    setPublishError(undefined);
    setPublishing(true);
    // After a 409 too: reload, so the page shows what is published now and a second click is based on it.
    api.publish(props.roster!.id, props.publishedRosterId ?? null).then(
      () => {
        setPublishing(false);
        setConfirming(false);
        props.onChanged();
      },
      (error: unknown) => {
        setPublishing(false);
        setConfirming(false);
        setPublishError(error);
        props.onChanged();
      },
    );
  };
  const askToPublish = () => (shortHours() > 0 ? setConfirming(true) : publish());
  return (
    <div class="card stack" data-testid="solve-panel">
      <div class="actions">
        <button onClick={() => solve.run()} disabled={!ctx.scenario() || solve.running()} data-testid="solve">
          {t('solve')}
        </button>
        <Show when={props.roster?.status === 'draft'}>
          <button class="secondary" onClick={askToPublish} disabled={props.publishedRosterId === undefined || confirming() || publishing()} data-testid="publish">
            {t('publish')}
          </button>
        </Show>
        <Show when={props.roster}>{(r) => <span class={`status ${r().status}`} data-testid="roster-status">{t(`roster_${r().status}`)}</span>}</Show>
      </div>
      <Show when={confirming() && props.roster}>{(r) => <PublishConfirm roster={r()} busy={publishing()} onConfirm={publish} onCancel={() => setConfirming(false)} />}</Show>
      <Show when={solve.job()}>{(job) => <JobProgress job={job()} running={solve.running()} onCancel={solve.cancel} />}</Show>
      <Show when={solve.error()}>{(e) => <ErrorNotice error={e()} />}</Show>
      <Show when={publishError()}>{(e) => <ErrorNotice error={e()} />}</Show>
      <Show when={props.roster} fallback={<p class="muted">{props.roster === null ? t('noRoster') : t('loading')}</p>}>
        {(r) => (
          <>
            <dl class="figures" data-testid="roster-figures">
              {/* A re-planned roster was stored when the re-plan was applied, not solved then. */}
              <dt>{t(r().diagnostics.replannedFrom === undefined ? 'solvedAt' : 'replannedAt')}</dt>
              <dd data-testid="roster-created-at">{dateTime(r().createdAt)}</dd>
              <dt>{t('paidHours')}</dt>
              <dd>{number(r().stats.paidHours)}</dd>
              <dt>{t('shortfallHours')}</dt>
              <dd classList={{ short: shortHours() > 0 }} data-testid="short-agent-hours">{number(shortHours())}</dd>
              <dt>{t('hoursShortFigure')}</dt>
              <dd classList={{ short: shortHours() > 0 }}>{number(r().diagnostics.summary.hoursShort)}</dd>
              <dt>{t('reassignmentCount')}</dt>
              <dd>{number(r().reassignments.length)}</dd>
              <dt>{t('violations')}</dt>
              <dd>{number(r().diagnostics.violations.length)}</dd>
            </dl>
            {/* The optimiser's own terms stay behind a toggle: a supervisor reads the plain figures above. */}
            <details data-testid="solver-details">
              <summary>{t('solverDetails')}</summary>
              <SolverFigures stats={r().stats} replannedFrom={r().diagnostics.replannedFrom} />
            </details>
          </>
        )}
      </Show>
    </div>
  );
}
