// The supervisor's path through an event as data: the guide page draws it, and a step is added by inserting into the list.
import type { EventStatus } from '../api.ts';
import type { MessageKey } from '../i18n/i18n.ts';

export type StepState = 'done' | 'attention' | 'next' | 'waiting';

/** What a step's state is judged from: the event's status and the scenario being looked at. */
export interface StepFacts {
  status: EventStatus;
  scenarioId: number | undefined;
}

export interface StepDefinition {
  id: string;
  title: MessageKey;
  /** The event page (tab path) where the step is done. */
  page: string;
  /** Done, done with something to look at, or not done yet (the guide then marks the first such step as next). */
  judge: (facts: StepFacts) => { done: boolean; attention?: MessageKey; detail?: Record<string, string | number> };
  /** The sentence telling the supervisor what to do while the step is not done. */
  action: MessageKey;
  /** The sentence saying what is there once it is done. */
  doneText: MessageKey;
}

const scenarioOf = (f: StepFacts) => f.status.scenarios.find((s) => s.scenarioId === f.scenarioId) ?? f.status.scenarios[0];

/**
 * The steps that exist today, in order. The capacity plan's "levers" step (temps, overtime) belongs between
 * requirement and roster: `insertStep(STEPS, 'requirement', levers)`.
 */
export const STEPS: readonly StepDefinition[] = [
  { id: 'forecast', title: 'stepForecast', page: 'forecast', judge: (f) => ({ done: f.status.forecastRows > 0, detail: { rows: f.status.forecastRows } }), action: 'stepForecastAction', doneText: 'stepForecastDone' },
  { id: 'requirement', title: 'stepRequirement', page: 'staffing', judge: (f) => ({ done: f.status.forecastRows > 0 && f.status.activeAgents > 0, detail: { agents: f.status.activeAgents } }), action: 'stepRequirementAction', doneText: 'stepRequirementDone' },
  {
    id: 'roster',
    title: 'stepRoster',
    page: 'roster',
    judge: (f) => {
      const roster = scenarioOf(f)?.roster;
      if (!roster) return { done: false };
      const stale = roster.scenarioVersion !== scenarioOf(f)!.version;
      return { done: true, attention: stale ? 'stepRosterStale' : roster.shortAgentHours > 0 ? 'stepRosterShort' : undefined, detail: { short: roster.shortAgentHours, hours: roster.hoursShort } };
    },
    action: 'stepRosterAction',
    doneText: 'stepRosterDone',
  },
  {
    id: 'simulation',
    title: 'stepSimulation',
    page: 'simulation',
    judge: (f) => {
      const s = scenarioOf(f);
      return { done: !!s?.simulation, attention: s?.simulation && s.roster && s.simulation.rosterId !== s.roster.id ? 'stepSimulationStale' : undefined };
    },
    action: 'stepSimulationAction',
    doneText: 'stepSimulationDone',
  },
  {
    id: 'publish',
    title: 'stepPublish',
    page: 'roster',
    judge: (f) => {
      const published = f.status.published;
      if (!published) return { done: false };
      const newest = scenarioOf(f)?.roster;
      return { done: true, attention: newest && newest.id !== published.id && newest.status === 'draft' ? 'stepPublishNewer' : published.shortAgentHours > 0 ? 'stepPublishShort' : undefined, detail: { short: published.shortAgentHours } };
    },
    action: 'stepPublishAction',
    doneText: 'stepPublishDone',
  },
  {
    id: 'calendars',
    title: 'stepCalendars',
    page: 'exports',
    judge: (f) => ({ done: f.status.published !== null && f.status.agentFeeds >= f.status.activeAgents && f.status.activeAgents > 0, attention: f.status.agentFeeds > 0 && f.status.agentFeeds < f.status.activeAgents ? 'stepCalendarsPartial' : undefined, detail: { feeds: f.status.agentFeeds, agents: f.status.activeAgents } }),
    action: 'stepCalendarsAction',
    doneText: 'stepCalendarsDone',
  },
];

/** The steps with `step` inserted after the one with id `afterId` (at the end when there is none). */
export function insertStep(steps: readonly StepDefinition[], afterId: string, step: StepDefinition): StepDefinition[] {
  const at = steps.findIndex((s) => s.id === afterId);
  return at < 0 ? [...steps, step] : [...steps.slice(0, at + 1), step, ...steps.slice(at + 1)];
}

export interface JudgedStep {
  step: StepDefinition;
  state: StepState;
  attention?: MessageKey;
  detail: Record<string, string | number>;
}

/** Each step's state: done (or done with something to look at), the first undone one next, the rest waiting. */
export function judgeSteps(steps: readonly StepDefinition[], facts: StepFacts): JudgedStep[] {
  let nextGiven = false;
  return steps.map((step) => {
    const verdict = step.judge(facts);
    const detail = verdict.detail ?? {};
    if (verdict.done) return { step, state: verdict.attention ? 'attention' : 'done', attention: verdict.attention, detail };
    const state: StepState = nextGiven ? 'waiting' : 'next';
    nextGiven = true;
    return { step, state, attention: verdict.attention, detail };
  });
}
