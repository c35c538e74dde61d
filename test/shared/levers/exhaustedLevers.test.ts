import { describe, expect, it } from 'vitest';
import { HOUR_MS } from '../../../shared/time.ts';
import { solveWithLevers } from './fixtures.ts';

const FLOOR_WALL = 100_000;

describe('the exhausted-lever report', () => {
  const overtime = solveWithLevers({ overtime: { maxHoursPerDay: 1, maxHoursPerMonth: 2 }, coverageFloor: 0.95 }).result;
  const peaks = solveWithLevers({ peakShifts: { lengths: [4, 6], startHours: [18, 20, 21] }, coverageFloor: 0.95 }).result;
  const temps = solveWithLevers({ temps: { maxPerDay: 2 } });

  it('names overtime where the day and month bounds hold back shifts whose next hour stays short', () => {
    const named = (overtime.exhausted ?? []).filter((e) => e.lever === 'overtime');
    expect(named.length).toBeGreaterThan(0);
    for (const e of named) {
      expect(e.causes.some((c) => ['leverDayHours', 'leverMonthHours', 'dayCeiling', 'monthCeiling'].includes(c))).toBe(true);
      expect(e.oneMore?.unit).toBe('overtimeHour');
      for (const h of e.hours) expect(overtime.shortfall.some((r) => r.queue === e.queue && Date.parse(r.hourStart) === Date.parse(h))).toBe(true);
    }
  });

  it('names peak shifts where every eligible full-timer is on shift that day or kept off by the rules', () => {
    const named = (peaks.exhausted ?? []).filter((e) => e.lever === 'peakShifts');
    expect(named.length).toBeGreaterThan(0);
    for (const e of named) {
      expect(e.causes.every((c) => c === 'onShift' || c === 'restRules')).toBe(true);
      expect(e.oneMore?.unit).toBe('peakShift');
      // One peak shift's hours: 4 or 6, all short ones covered at one agent each.
      expect([4, 6]).toContain((Date.parse(e.oneMore?.end ?? '') - Date.parse(e.oneMore?.start ?? '')) / HOUR_MS);
    }
  });

  it('says what one more unit of every exhausted lever buys: agent-hours, those back up to the floor, lost GMV net of its cost', () => {
    const all = [...(overtime.exhausted ?? []), ...(peaks.exhausted ?? []), ...(temps.result.exhausted ?? [])];
    expect(all.some((e) => e.lever === 'temps')).toBe(true);
    for (const e of all) {
      const unit = e.oneMore;
      if (!unit) throw new Error(`${e.lever} has no oneMore`);
      expect(unit.agentHours).toBeGreaterThan(0);
      expect(unit.costCny).toBeGreaterThan(0);
      expect(e.marginalValueCny).toBe(Math.max(0, Math.round(unit.lostGmvCny + unit.floorCny - unit.costCny)));
      // The wall is whole agents lifted back towards the floor, never more than the agent-hours covered.
      expect(unit.floorCny % FLOOR_WALL).toBeCloseTo(0, 6);
      expect(unit.floorCny).toBeLessThanOrEqual(FLOOR_WALL * unit.agentHours + 1e-6);
      expect(unit.floorAgentHours * FLOOR_WALL).toBeCloseTo(unit.floorCny, 0);
      expect(unit.floorAgentHours).toBeLessThanOrEqual(unit.agentHours + 1e-9);
      // The message counts cash (lost GMV less cost) and names the floor in agent-hours, never the wall as money.
      expect(e.message).toContain(`(${Math.round(unit.lostGmvCny)} CNY of lost GMV for ${Math.round(unit.costCny)} CNY)`);
      if (unit.floorCny > 0) {
        expect(e.message).toContain(`lifts ${unit.floorAgentHours} agent-hours back to the coverage floor`);
        expect(e.message).not.toContain(String(Math.round(unit.floorCny)));
      }
    }
    expect(all.some((e) => (e.oneMore?.floorAgentHours ?? 0) > 0)).toBe(true);
  });

  it('prices one more temp from the lost-GMV curve of the hours it would cover, not a constant', () => {
    const e = (temps.result.exhausted ?? []).find((x) => x.lever === 'temps');
    const unit = e?.oneMore;
    if (!unit) throw new Error('no temp exhausted');
    expect(unit.floorCny).toBe(0);
    // Each covered hour saves at most its next missing agent's lost GMV and at least its least marginal one.
    const inUnit = temps.pricing.lostGmv.filter((c) => c.queue === e.queue && Date.parse(c.hourStart) >= Date.parse(unit.start) && Date.parse(c.hourStart) < Date.parse(unit.end));
    const short = inUnit.filter((c) => temps.result.shortfall.some((r) => r.queue === c.queue && Date.parse(r.hourStart) === Date.parse(c.hourStart)));
    expect(short.length).toBeGreaterThan(0);
    const most = short.reduce((sum, c) => sum + Math.max(...c.marginalCny), 0);
    expect(unit.lostGmvCny).toBeGreaterThan(0);
    expect(unit.lostGmvCny).toBeLessThanOrEqual(most + 1e-6);
    expect(unit.agentHours).toBeLessThanOrEqual(short.length);
  });
});
