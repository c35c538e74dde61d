import { Show } from 'solid-js';
import type { Job } from '../api.ts';
import { t } from '../i18n/i18n.ts';

/** A running job: progress bar, phase and a cancel button; a finished job shows how it ended. */
export function JobProgress(props: { job: Job; running: boolean; onCancel: () => void }) {
  return (
    <div class="job" data-testid="job-progress">
      <progress max="100" value={props.job.progress} aria-label={t('progress')} />
      <span class="muted">
        {props.job.phase} · {Math.round(props.job.progress)}%
      </span>
      <Show when={props.running} fallback={<span class={`status ${props.job.status}`}>{t(`job_${props.job.status}`)}</span>}>
        <button class="secondary" onClick={() => props.onCancel()}>
          {t('cancel')}
        </button>
      </Show>
    </div>
  );
}
