import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRequirement } from '../../../shared/chat/checkRequirement.ts';
import { parseForecastCsv } from '../../../shared/forecast/parseForecastCsv.ts';

const demo = parseForecastCsv(readFileSync(new URL('../../../server/demo/double11-forecast.csv', import.meta.url), 'utf8'));
/** A reduced demo: every 23rd hour-queue (quiet nights to the 11th's peaks), plus the 11th's midnight peak. */
const reduced = demo.filter((r, i) => i % 23 === 0 || r.hourStart === '2026-11-11T00:00:00+08:00');

describe('check the requirement against the simulator', () => {
  const check = checkRequirement(reduced, {});

  it('simulates every hour-queue with at least 50 human chats and no other', () => {
    expect(check.hours.length).toBeGreaterThanOrEqual(10);
    expect(check.hours.every((h) => h.chats >= 50)).toBe(true);
    const checked = new Set(check.hours.map((h) => `${h.hourStart} ${h.queue}`));
    const skipped = reduced.filter((r) => !checked.has(`${r.hourStart} ${r.queue}`));
    expect(skipped.every((r) => r.inquiries * 0.65 < 50)).toBe(true);
  });

  it('keeps the promise: within 3 points on average and 10 at worst (issue 16)', () => {
    expect(check.meanAbsDiff).toBeLessThanOrEqual(3);
    expect(check.worstAbsDiff).toBeLessThanOrEqual(10);
    for (const h of check.hours) expect(h.promised).toBeGreaterThanOrEqual(80);
  });

  it('prices its abandonment close to the simulator: within 2.5 points on average and 7 at worst', () => {
    // On the whole demo forecast (2026-12-06): mean 1.56, worst 5.0 points, in an hour of 111 chats where
    // the simulated share of 5 seeds is itself noisy by a few points; the model is about 1.5 points low.
    expect(check.abandonedMeanAbsDiff).toBeLessThanOrEqual(2.5);
    expect(check.abandonedWorstAbsDiff).toBeLessThanOrEqual(7);
    for (const h of check.hours) expect(h.abandoned).toBeGreaterThan(0);
  });

  it('compares the simulation with what the model promised, hour by hour', () => {
    // The midnight peak of the 11th is in, and each hour's promise is its own, not one figure for all.
    expect(check.hours.some((h) => h.hourStart === '2026-11-11T00:00:00+08:00' && h.chats > 3000)).toBe(true);
    expect(new Set(check.hours.map((h) => h.promised)).size).toBeGreaterThan(check.hours.length / 2);
  });
});
