import { describe, expect, it } from 'vitest';
import { shiftsFromAssignments } from '../../../shared/roster/checkAssignments.ts';
import { buildFrame } from '../../../shared/roster/frame.ts';
import { checkRoster } from '../../../shared/roster/rules/index.ts';
import { coverageShortfall } from '../../../shared/roster/coverageMatrix.ts';
import { replan } from '../../../shared/replan/replan.ts';
import type { ReplanInput, ReplanResult } from '../../../shared/replan/types.ts';
import { requirement } from '../../../shared/staffing/requirement.ts';
import type { Agent, Assignment } from '../../../shared/types.ts';
import { actualsBefore, agents, at, flatForecast, params, peakRequired, roster, rules } from './fixtures.ts';

const forecast = flatForecast(50);
const perShift = peakRequired(forecast);
const staff = agents(3 * perShift + 6, 2);
const onRoster = { N: staff.slice(0, perShift), E: staff.slice(perShift, 2 * perShift), M: staff.slice(2 * perShift, 3 * perShift) };
const published = roster(onRoster);
const input = (factor: number, now: number, extra: Partial<ReplanInput> = {}): ReplanInput => ({ forecast, actuals: actualsBefore(forecast, now, factor), assignments: published, agents: staff, rules, params, ...extra });

/** Every rule of the roster engine on the re-planned roster; coverage is checked against its own true shortfall. */
function violations(result: ReplanResult, people: Agent[] = staff) {
  const ctx = { rules, frame: buildFrame(forecast, rules), agents: new Map(people.map((a) => [a.id, a])) };
  const shifts = shiftsFromAssignments(result.assignments, ctx);
  const req = requirement(forecast, params);
  return checkRoster(shifts, req, coverageShortfall(req, shifts, ctx.frame), ctx);
}

/** The published shifts as they were before `now`: start, queue, template and the part already worked. */
function pastOf(assignments: Assignment[], now: number) {
  return assignments
    .filter((a) => Date.parse(a.start) < now)
    .map((a) => `${a.agentId} ${a.template} ${a.queue} ${Date.parse(a.start)} ${Math.min(Date.parse(a.end), now)}`)
    .sort();
}

describe('replan', () => {
  it('changes nothing when actuals equal the forecast and the roster covers it', () => {
    const result = replan(input(1, at('2026-11-10T20:00:00+08:00')), { now: at('2026-11-10T20:00:00+08:00') });
    expect(result.factor).toEqual({ pre_sale: 1 });
    expect(result.changes).toEqual([]);
    expect(result.before).toEqual({ shortAgentHours: 0, lostGmvCny: 0 });
    expect(result.after).toEqual(result.before);
    expect(result.assignments).toHaveLength(published.length);
  });

  it('keeps booked temps as they are and counts them on duty', () => {
    const now = at('2026-11-10T20:00:00+08:00');
    const temp: Assignment = { agentId: 'TEMP-001', queue: 'pre_sale', template: 'TEMP', start: '2026-11-10T20:00:00+08:00', end: '2026-11-11T02:00:00+08:00' };
    const without = replan(input(1.6, now), { now, allowed: [] });
    const withTemp = replan(input(1.6, now, { assignments: [...published, temp] }), { now, allowed: [] });
    expect(withTemp.assignments).toContainEqual(temp);
    expect(withTemp.before.shortAgentHours).toBeLessThan(without.before.shortAgentHours);
  });

  it('answers more volume with changes that reduce the short agent-hours and the GMV at risk', () => {
    const now = at('2026-11-10T20:00:00+08:00');
    const result = replan(input(1.6, now), { now });
    expect(result.factor.pre_sale).toBeCloseTo(1.6, 2);
    expect(result.before.shortAgentHours).toBeGreaterThan(0);
    expect(result.changes.length).toBeGreaterThan(0);
    expect(result.after.shortAgentHours).toBeLessThan(result.before.shortAgentHours);
    expect(result.after.lostGmvCny).toBeLessThan(result.before.lostGmvCny);
    // Each change pays: the GMV saved exceeds what the changes cost.
    const cost = result.changes.reduce((sum, c) => sum + c.costCny, 0);
    expect(result.before.lostGmvCny - result.after.lostGmvCny).toBeGreaterThan(cost);
  });

  it.each(['2026-11-10T09:30:00+08:00', '2026-11-10T20:00:00+08:00', '2026-11-10T23:15:00+08:00', '2026-11-11T06:00:00+08:00'])('never changes the past and never breaks a rule (now %s)', (iso) => {
    const now = at(iso);
    for (const factor of [1.3, 2]) {
      const result = replan(input(factor, now), { now });
      expect(pastOf(result.assignments, now)).toEqual(pastOf(published, now));
      for (const change of result.changes) expect(Date.parse(change.start)).toBeGreaterThanOrEqual(now);
      expect(violations(result)).toEqual([]);
    }
  });

  it('calls in off-duty agents only with the notice, and keeps overtime within the ceiling', () => {
    const now = at('2026-11-10T20:00:00+08:00');
    const result = replan(input(2, now, { levers: { overtime: { maxHoursPerDay: 1, maxHoursPerMonth: 36 } } }), { now, noticeHours: 3 });
    const callIns = result.changes.filter((c) => c.kind === 'callIn');
    const overtime = result.changes.filter((c) => c.kind === 'overtime');
    expect(callIns.length + overtime.length).toBeGreaterThan(0);
    for (const c of callIns) expect(Date.parse(c.start) - now).toBeGreaterThanOrEqual(3 * 3_600_000);
    for (const c of overtime) expect(Date.parse(c.end) - Date.parse(c.start)).toBeLessThanOrEqual(3_600_000);
    expect(violations(result)).toEqual([]);
  });

  it('moves cross-trained agents for the rest of their shift when moves are the only change allowed', () => {
    const now = at('2026-11-10T10:00:00+08:00');
    const helpers = staff.slice(-2);
    const withHelpers = roster({ ...onRoster, E: [...onRoster.E, ...helpers] });
    const result = replan({ ...input(1.6, now), assignments: withHelpers }, { now, allowed: ['move'] });
    expect(result.changes.length).toBeGreaterThan(0);
    for (const c of result.changes) expect(c).toMatchObject({ kind: 'move', fromQueue: 'after_sale', queue: 'pre_sale', costCny: 0 });
    // E runs 08-16: the moves begin at 10:00 and are kept as reassignments, so the shift's worked part stays on after-sale.
    expect(result.reassignments.map((r) => r.start)).toContain('2026-11-10T10:00:00+08:00');
    expect(result.after.shortAgentHours).toBeLessThan(result.before.shortAgentHours);
  });

  it('books temps only when the levers allow them', () => {
    const now = at('2026-11-10T20:00:00+08:00');
    const without = replan(input(2, now), { now, allowed: ['temps'] });
    expect(without.changes).toEqual([]);
    const withTemps = replan(input(2, now, { levers: { temps: { maxPerDay: 3, perDay: {}, minHours: 4, maxHours: 4, costCnyPerHour: 30, queues: ['pre_sale'], proficiency: 1.3 } } }), { now, allowed: ['temps'] });
    expect(withTemps.changes.length).toBeGreaterThan(0);
    for (const c of withTemps.changes) expect(c).toMatchObject({ kind: 'temps', queue: 'pre_sale', costCny: 120 * (c.count ?? 0) });
    expect(withTemps.after.shortAgentHours).toBeLessThan(withTemps.before.shortAgentHours);
  });

  it('puts each temp it books in the roster it leads to, numbered after the booked ones, at 1/proficiency', () => {
    const now = at('2026-11-10T20:00:00+08:00');
    const booked: Assignment = { agentId: 'TEMP-007', queue: 'pre_sale', template: 'TEMP', start: '2026-11-10T16:00:00+08:00', end: '2026-11-10T20:00:00+08:00', coverage: 1 / 1.3 };
    const levers = { temps: { maxPerDay: 3, perDay: {}, minHours: 4, maxHours: 4, costCnyPerHour: 30, queues: ['pre_sale' as const], proficiency: 1.3 } };
    const result = replan(input(2, now, { assignments: [...published, booked], levers }), { now, allowed: ['temps'] });
    const bookings = result.changes.flatMap((c) => Array.from({ length: c.count ?? 0 }, () => ({ queue: c.queue, template: 'TEMP', start: c.start, end: c.end, coverage: 1 / 1.3 })));
    expect(bookings.length).toBeGreaterThan(0);
    const temps = result.assignments.filter((a) => a.template === 'TEMP' && a !== booked);
    expect(temps.map(({ agentId: _id, ...a }) => a)).toEqual(bookings);
    expect(temps.map((a) => a.agentId)).toEqual(bookings.map((_, i) => `TEMP-${String(8 + i).padStart(3, '0')}`));
    expect(result.assignments).toContainEqual(booked);
  });
});

describe('replan with the cap lever', () => {
  it('changes the cap only when the levers offer one and it lowers the total of cost and GMV at risk', () => {
    const now = at('2026-11-10T20:00:00+08:00');
    const levers = { caps: { pre_sale: [2, 8] } };
    const withCap = replan(input(1.6, now, { levers }), { now, allowed: ['cap'] });
    const without = replan(input(1.6, now, { levers }), { now, allowed: ['overtime'] });
    expect(without.changes.some((c) => c.kind === 'cap')).toBe(false);
    const caps = withCap.changes.filter((c) => c.kind === 'cap');
    expect(caps).toEqual([expect.objectContaining({ queue: 'pre_sale', cap: 8, start: '2026-11-10T20:00:00+08:00', end: '2026-11-12T00:00:00+08:00', costCny: 0 })]); // the fixture's horizon ends before the event window
    expect(withCap.after.lostGmvCny).toBeLessThan(withCap.before.lostGmvCny);
    // Without the lever nothing is offered, even with the kind allowed.
    expect(replan(input(1.6, now), { now, allowed: ['cap'] }).changes).toEqual([]);
  });
});
