import { A } from '@solidjs/router';
import { createResource, For, Show } from 'solid-js';
import { api } from '../api.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { number } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';
import { useEvent } from '../state/eventContext.ts';
import { judgeSteps, STEPS } from '../state/steps.ts';

/** The event's home: every step from forecast to calendars with its state and the next thing to do. */
export default function GuidePage() {
  const ctx = useEvent();
  const [status] = createResource(ctx.eventId, api.eventStatus);
  const steps = () => {
    const s = status();
    return s ? judgeSteps(STEPS, { status: s, scenarioId: ctx.scenario()?.id }) : [];
  };
  const done = () => steps().filter((s) => s.state === 'done' || s.state === 'attention').length;
  const query = () => (ctx.scenario() ? `?scenario=${ctx.scenario()!.id}` : '');
  const formatted = (detail: Record<string, string | number>) => Object.fromEntries(Object.entries(detail).map(([k, v]) => [k, typeof v === 'number' ? number(v) : v]));
  return (
    <section class="stack">
      <Show when={status.error}>{(e) => <ErrorNotice error={e()} />}</Show>
      <Show when={status()}>
        <div class="card stack" data-testid="guide">
          <h2>{t('guideTitle', { done: done(), total: steps().length })}</h2>
          <p class="muted">{t('guideHelp')}</p>
          <ol class="steps">
            <For each={steps()}>
              {(s) => (
                <li class={`step ${s.state}`} data-testid={`step-${s.step.id}`} data-state={s.state}>
                  <span class="step-state">{t(`stepState_${s.state}`)}</span>
                  <div class="step-body">
                    <h3>{t(s.step.title)}</h3>
                    <p>{s.attention ? t(s.attention, formatted(s.detail)) : s.state === 'done' ? t(s.step.doneText, formatted(s.detail)) : t(s.step.action)}</p>
                  </div>
                  <A class="button" classList={{ secondary: s.state !== 'next' && s.state !== 'attention' }} href={`/events/${ctx.eventId()}/${s.step.page}${query()}`} data-testid={`step-go-${s.step.id}`}>
                    {t('stepGo')}
                  </A>
                </li>
              )}
            </For>
          </ol>
        </div>
      </Show>
    </section>
  );
}
