import { Show } from 'solid-js';
import type { Job } from '../api.ts';
import { t } from '../i18n/i18n.ts';

const PHASES = ['queued', 'starting', 'loading', 'solving', 'saving', 'done', 'cancelled', 'failed'] as const;

/** The server's phase in the current language where it is a known word; anything else as the server said it. */
export function phaseText(phase: string): string {
  if ((PHASES as readonly string[]).includes(phase)) return t(`phase_${phase as (typeof PHASES)[number]}`);
  const cap = /^cap (\d+)$/.exec(phase);
  return cap ? t('phaseCap', { cap: cap[1] }) : phase;
}

/** A running job (on the server or in the browser): progress bar, phase and a cancel button; a finished job shows how it ended. */
export function JobProgress(props: { job: Pick<Job, 'progress' | 'phase' | 'status'>; running: boolean; onCancel: () => void; testId?: string }) {
  return (
    <div class="job" data-testid={props.testId ?? 'job-progress'}>
      <progress max="100" value={props.job.progress} aria-label={t('progress')} />
      <span class="muted">
        {phaseText(props.job.phase)} · {Math.round(props.job.progress)}%
      </span>
      <Show when={props.running} fallback={<span class={`status ${props.job.status}`}>{t(`job_${props.job.status}`)}</span>}>
        <button class="secondary" onClick={() => props.onCancel()} data-testid={`${props.testId ?? 'job-progress'}-cancel`}>
          {t('cancel')}
        </button>
      </Show>
    </div>
  );
}
