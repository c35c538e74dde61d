import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeRoster } from '../../server/db/repositories/rosters.ts';
import { listScenarios } from '../../server/db/repositories/scenarios.ts';
import { DEMO_LEVERS_SCENARIO } from '../../server/demo/seedDemo.ts';
import { loadScenarioInputs, type ScenarioInputs } from '../../server/services/scenarioInputs.ts';
import type { ExhaustedLever, PlanCost } from '../../shared/levers/plan.ts';
import { resolveMoney } from '../../shared/levers/money.ts';
import { replannedReport } from '../../shared/replan/replannedReport.ts';
import { summarizeShortfall } from '../../shared/roster/report/shortfallSummary.ts';
import type { RosterDetail } from '../../shared/roster/storedRoster.ts';
import { HOUR_MS } from '../../shared/time.ts';
import type { Assignment, Contract } from '../../shared/types.ts';
import { DATABASES } from '../db/setup.ts';
import { rosterResult, shiftOn } from './fixtures.ts';
import { openTestApp, type TestApp } from './harness.ts';

const csv = { 'content-type': 'text/csv' };
const at = (day: number, hour: number) => `2026-11-${day}T${String(hour % 24).padStart(2, '0')}:00:00+08:00`;
const hours = (a: Pick<Assignment, 'start' | 'end'>) => (Date.parse(a.end) - Date.parse(a.start)) / HOUR_MS;

// A "With levers" roster as its solve would store one: team shifts, a booked temp, and the solve's lever report.
const published: Assignment[] = [
  shiftOn('A001', 10, 8),
  shiftOn('A002', 10, 16, { template: 'M', end: at(11, 0) }),
  shiftOn('A003', 10, 16, { template: 'M', end: at(11, 0) }),
  { agentId: 'TEMP-001', queue: 'pre_sale', template: 'TEMP', start: at(10, 16), end: at(11, 0), coverage: 1 / 1.3 },
];
const ranOut: ExhaustedLever = { lever: 'temps', queue: 'pre_sale', date: '2026-11-10', causes: ['bookedAll'], hours: [at(10, 20)], marginalValueCny: 100, message: 'temps ran out' };

/**
 * Imports pre-sale actuals of `factor` times the forecast over the hours [from, to) (ISO prefixes), applies a re-plan
 * of the published roster `published` with overtime and temps, and returns the roster it published.
 */
async function replanAfterActuals(t: TestApp, [from, to]: [string, string], factor: number, published: number): Promise<RosterDetail> {
  const forecast: { hourStart: string; queue: string; inquiries: number }[] = (await t.call('GET', `/api/events/${t.eventId}/forecast`)).json;
  const ran = forecast.filter((r) => r.queue === 'pre_sale' && r.hourStart >= from && r.hourStart < to);
  await t.call('POST', `/api/events/${t.eventId}/actuals/import`, `start,queue,inquiries\n${ran.map((r) => `${r.hourStart},pre_sale,${Math.round(r.inquiries * factor)}`).join('\n')}\n`, csv);
  const applied = await t.call('POST', `/api/events/${t.eventId}/replan`, { allowed: ['overtime', 'temps'], apply: true, expectedPublishedRosterId: published });
  expect(applied.status, JSON.stringify(applied.json)).toBe(200);
  expect(applied.json.applied).toBe(true);
  const roster: RosterDetail = (await t.call('GET', `/api/events/${t.eventId}/roster`)).json;
  expect(roster.id).toBe(applied.json.rosterId);
  return roster;
}

for (const kind of DATABASES) {
  describe(`the reports of a re-planned roster on ${kind}`, () => {
    let t: TestApp;
    let inputs: ScenarioInputs;
    let before: RosterDetail;
    let after: RosterDetail;
    beforeAll(async () => {
      t = await openTestApp(kind);
      const scenario = (await listScenarios(t.database.db, t.eventId)).find((s) => s.name === DEMO_LEVERS_SCENARIO)!;
      inputs = await loadScenarioInputs(t.database.db, scenario.id);
      // The published roster's reports are true for it, as a solve stores them, plus a lever report of the solve's own.
      const own = replannedReport(published, { requirement: inputs.requirement, forecast: inputs.forecast, params: inputs.params.requirement, agents: inputs.agents, rules: inputs.rules, levers: inputs.params.levers, timeZone: inputs.event.timeZone }, { withCost: true });
      const draft = await storeRoster(t.database.db, { eventId: t.eventId, scenarioId: scenario.id, scenarioVersion: scenario.version, timeZone: 'Asia/Shanghai', result: { ...rosterResult(published), ...own, exhausted: [ranOut] } });
      before = (await t.call('POST', `/api/rosters/${draft}/publish`, { expectedPublishedRosterId: null })).json;
      after = await replanAfterActuals(t, ['2026-11-10T14', '2026-11-10T20'], 1.3, before.id);
    });
    afterAll(() => t.close());

    it('summarises its own shortfall, which the re-plan reduced, and the event progress shows it', async () => {
      expect(after.diagnostics.summary).toEqual(summarizeShortfall(after.shortfall));
      expect(after.diagnostics.summary.totalAgentHours).toBeLessThan(before.diagnostics.summary.totalAgentHours);
      const status = (await t.call('GET', `/api/events/${t.eventId}/status`)).json;
      expect(status.published).toMatchObject({ id: after.id, shortAgentHours: after.diagnostics.summary.totalAgentHours, hoursShort: after.diagnostics.summary.hoursShort });
    });

    it('prices its own assignments: wages by contract, the temps booked, the lost GMV of its shortfall', () => {
      const cost = after.diagnostics.cost as PlanCost;
      const old = before.diagnostics.cost as PlanCost;
      const confirmed = after.assignments.filter((a) => a.status === 'confirmed');
      const contracts = new Map<string, Contract>(inputs.agents.map((a) => [a.id, a.contract]));
      const wages = resolveMoney(inputs.params.levers?.money).wagesCnyPerHour;
      const teamWages = confirmed.reduce((sum, a) => sum + (contracts.has(a.agentId) ? hours(a) * wages[contracts.get(a.agentId)!] : 0), 0);
      const tempHours = confirmed.filter((a) => a.template === 'TEMP').reduce((sum, a) => sum + hours(a), 0);
      expect(cost.wagesCny).toBeCloseTo(teamWages, 2);
      expect(cost.wagesCny).toBeGreaterThan(old.wagesCny);
      expect(cost.tempsCny).toBeCloseTo(tempHours * inputs.params.levers!.temps!.costCnyPerHour, 2);
      expect(cost.tempsCny).toBeGreaterThan(old.tempsCny);
      expect(cost.overtimeCny).toBeGreaterThan(0);
      expect(cost.lostGmvCny).toBeLessThan(old.lostGmvCny);
      expect(cost.totalCny).toBeCloseTo(cost.wagesCny + cost.overtimeCny + cost.tempsCny + cost.borrowedCny + cost.lostGmvCny, 2);
    });

    it('drops the solve’s lever report and objective, and names the roster it was re-planned from', () => {
      expect(after.diagnostics.replannedFrom).toBe(before.id);
      expect(after.diagnostics.exhausted).toBeUndefined();
      expect(after.diagnostics.objective).toBeUndefined();
      expect(before.diagnostics.exhausted).toEqual([ranOut]);
      // The solver's figures stay the solve's; the paid hours are the re-planned team's own.
      const contracts = new Set(inputs.agents.map((a) => a.id));
      const teamHours = after.assignments.filter((a) => a.status === 'confirmed' && contracts.has(a.agentId)).reduce((sum, a) => sum + hours(a), 0);
      expect(after.stats).toEqual({ ...before.stats, paidHours: teamHours });
      // This re-plan changes the team's paid hours, so the solve's figure copied over would not pass.
      expect(teamHours).not.toBeCloseTo(before.stats.paidHours, 6);
    });

    it('names the solved roster after a second re-plan too, whose solver figures it still shows', async () => {
      const second = await replanAfterActuals(t, ['2026-11-10T20', '2026-11-10T23'], 1.6, after.id);
      expect(second.id).not.toBe(after.id);
      expect(second.diagnostics.replannedFrom).toBe(before.id);
      expect({ ...second.stats, paidHours: 0 }).toEqual({ ...before.stats, paidHours: 0 });
    });
  });
}
