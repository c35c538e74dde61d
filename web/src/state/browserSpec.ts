// The browser run's form: its defaults are the simulator's own, and it becomes a spec through the shared builder.
import { CAPS_TO_TRY } from '../../../shared/chat/caps.ts';
import { specFromRosterDay } from '../../../shared/simulate/dayWindow.ts';
import { MIN_RECOMMENDATION_SEEDS } from '../../../shared/simulate/recommendCap.ts';
import { simulationSpecSchema, type SimulationSpec, type SimulationSpecInput } from '../../../shared/simulate/spec.ts';
import type { Assignment, QueueCode, RequirementRow } from '../../../shared/types.ts';

/** What the supervisor sets; numbers are NaN while a field is empty or not a number, and the spec check names it. */
export interface BrowserSimulationForm {
  /** A calendar day (yyyy-MM-dd, Beijing time), or null for the whole horizon. */
  day: string | null;
  caps: number[];
  /** Mean patience in the queue; NaN (an empty field) means nobody leaves. */
  patienceSeconds: number;
  slaSeconds: number;
  messages: number;
  replySeconds: number;
  thinkSeconds: number;
}

/** The simulator's defaults, read from its schema so the two cannot drift. */
export const DEFAULT_SESSION: SimulationSpec['session'] = simulationSpecSchema.shape.session.parse(undefined);
const DEFAULT_PATIENCE = simulationSpecSchema.shape.patienceSeconds.parse(undefined);
const DEFAULT_SLA = simulationSpecSchema.shape.slaSeconds.parse(undefined);

/** The form as the server's simulation would run it: the scenario's caps (or the default sweep) plus its own cap. */
export function defaultForm(day: string | null, scenarioCaps: readonly number[] | undefined, scenarioCap: number | undefined): BrowserSimulationForm {
  const caps = [...new Set([...(scenarioCaps ?? CAPS_TO_TRY), ...(scenarioCap === undefined ? [] : [scenarioCap])])].sort((a, b) => a - b);
  return { day, caps, patienceSeconds: DEFAULT_PATIENCE ?? Number.NaN, slaSeconds: DEFAULT_SLA, messages: DEFAULT_SESSION.messages.mean, replySeconds: DEFAULT_SESSION.replySeconds.mean, thinkSeconds: DEFAULT_SESSION.thinkSeconds.mean };
}

/** Caps typed as "3, 5 8" or "3，5、8": in the order typed; anything not a number stays NaN so the check names it. */
export function parseCaps(text: string): number[] {
  return text
    .split(/[\s,，、;；]+/)
    .filter((part) => part !== '')
    .map(Number);
}

/** The form's session: the simulator's distributions, the supervisor's means. */
export function formSession(form: BrowserSimulationForm): SimulationSpec['session'] {
  return {
    messages: { ...DEFAULT_SESSION.messages, mean: form.messages },
    replySeconds: { ...DEFAULT_SESSION.replySeconds, mean: form.replySeconds },
    thinkSeconds: { ...DEFAULT_SESSION.thinkSeconds, mean: form.thinkSeconds },
  };
}

/**
 * The spec for the worker: the roster's confirmed shifts and the scenario's requirement, seeded by the scenario as
 * on the server, over enough seeds for a recommended cap; each queue also runs at its own cap (`queueCaps`).
 */
export function browserSpec(
  requirement: readonly Pick<RequirementRow, 'hourStart' | 'queue' | 'humanInquiries'>[],
  assignments: readonly (Pick<Assignment, 'queue' | 'start' | 'end'> & { status: string })[],
  form: BrowserSimulationForm,
  seed: number,
  queueCaps: Partial<Record<QueueCode, number>> = {},
): SimulationSpecInput {
  const spec = specFromRosterDay(
    requirement,
    assignments.filter((a) => a.status === 'confirmed'),
    form.day,
    { caps: form.caps, patienceSeconds: Number.isNaN(form.patienceSeconds) ? null : form.patienceSeconds, slaSeconds: form.slaSeconds, session: formSession(form), seed, seeds: MIN_RECOMMENDATION_SEEDS },
  );
  return { ...spec, queues: spec.queues.map((q) => (queueCaps[q.queue] === undefined ? q : { ...q, cap: queueCaps[q.queue] })) };
}
