// The guide's steps judged from an event's status: what is done, what needs a look, and which one is next.
import { describe, expect, it } from 'vitest';
import type { EventStatus, RosterState } from '../../web/src/api.ts';
import { insertStep, judgeSteps, STEPS, type StepDefinition } from '../../web/src/state/steps.ts';

const roster = (id: number, extra: Partial<RosterState> = {}): RosterState => ({ id, status: 'draft', scenarioVersion: 1, createdAt: '2026-11-01T00:00:00Z', publishedAt: null, shortAgentHours: 0, hoursShort: 0, scenarioId: 7, ...extra });
const status = (extra: Partial<EventStatus> = {}): EventStatus => ({ eventId: 1, forecastRows: 0, activeAgents: 0, scenarios: [{ scenarioId: 7, version: 1, roster: null, simulation: null }], published: null, agentFeeds: 0, ...extra });
const states = (s: EventStatus) => judgeSteps(STEPS, { status: s, scenarioId: 7 }).map((j) => `${j.step.id}:${j.state}`);

describe('judgeSteps', () => {
  it('makes the forecast next on an empty event, and everything after it wait', () => {
    expect(states(status())).toEqual(['forecast:next', 'requirement:waiting', 'roster:waiting', 'simulation:waiting', 'publish:waiting', 'calendars:waiting']);
  });

  it('asks for a solve once forecast and staff are in', () => {
    expect(states(status({ forecastRows: 1296, activeAgents: 152 }))).toEqual(['forecast:done', 'requirement:done', 'roster:next', 'simulation:waiting', 'publish:waiting', 'calendars:waiting']);
  });

  it('flags a short roster and a short publication, and counts feeds against agents', () => {
    const short = roster(3, { shortAgentHours: 4211, hoursShort: 120 });
    const judged = judgeSteps(STEPS, {
      status: status({ forecastRows: 1296, activeAgents: 152, scenarios: [{ scenarioId: 7, version: 1, roster: short, simulation: null }], published: { ...short, status: 'published' }, agentFeeds: 20 }),
      scenarioId: 7,
    });
    expect(judged.map((j) => `${j.step.id}:${j.state}`)).toEqual(['forecast:done', 'requirement:done', 'roster:attention', 'simulation:next', 'publish:attention', 'calendars:waiting']);
    expect(judged[2]).toMatchObject({ attention: 'stepRosterShort', detail: { short: 4211, hours: 120 } });
    expect(judged[5]).toMatchObject({ attention: 'stepCalendarsPartial', detail: { feeds: 20, agents: 152 } });
  });

  it('says a roster solved before the scenario changed must be solved again', () => {
    const judged = judgeSteps(STEPS, { status: status({ forecastRows: 1, activeAgents: 1, scenarios: [{ scenarioId: 7, version: 2, roster: roster(3), simulation: null }] }), scenarioId: 7 });
    expect(judged[2]).toMatchObject({ state: 'attention', attention: 'stepRosterStale' });
  });

  it('takes a new step after the one named, e.g. levers after the requirement', () => {
    const levers: StepDefinition = { id: 'levers', title: 'stepRoster', page: 'levers', judge: () => ({ done: false }), action: 'stepRosterAction', doneText: 'stepRosterDone' };
    expect(insertStep(STEPS, 'requirement', levers).map((s) => s.id)).toEqual(['forecast', 'requirement', 'levers', 'roster', 'simulation', 'publish', 'calendars']);
    expect(STEPS.map((s) => s.id)).not.toContain('levers');
  });
});
