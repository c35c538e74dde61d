import { describe, expect, it } from 'vitest';
import { JD_RESPONSE_RATE, TAOBAO_RESPONSE_RATE } from '../../../shared/chat/serviceMeasures.ts';
import { sweepCaps } from '../../../shared/simulate/sweep.ts';
import type { SimulationSpecInput } from '../../../shared/simulate/spec.ts';

/** Plenty of agents, so a reply takes exactly its fixed time and nobody waits for an agent. */
function run(horizonStart: string, replySeconds: number, extra: Partial<SimulationSpecInput> = {}) {
  return sweepCaps({
    horizonStart,
    queues: [{ queue: 'pre_sale', arrivalsPerHour: [200, 200, 200], agentsOnDuty: [200, 200, 200] }],
    caps: [1],
    patienceSeconds: null,
    replyPatienceSeconds: null,
    slaSeconds: 45,
    session: { messages: { mean: 3, distribution: 'fixed' }, thinkSeconds: { mean: 30, distribution: 'fixed' }, replySeconds: { mean: replySeconds, distribution: 'fixed' } },
    ...extra,
  }).caps[0];
}

describe('service measures, defined once', () => {
  it('names the platform checks as DOMAIN.md gives them', () => {
    expect(TAOBAO_RESPONSE_RATE).toEqual({ withinSeconds: 180, fromHour: 8, toHour: 24 });
    expect(JD_RESPONSE_RATE).toEqual({ withinSeconds: 30, fromHour: 9, toHour: 23 });
  });

  it('counts every reply: 20 s replies meet both platform rates, 40 s ones only Taobao', () => {
    const fast = run('2026-11-11T10:00:00+08:00', 20).measures;
    const slow = run('2026-11-11T10:00:00+08:00', 40).measures;
    expect(fast.averageResponseSeconds).toBe(20);
    expect(slow.averageResponseSeconds).toBe(40);
    // The last messages of the horizon may be unanswered at its end: they count as late.
    expect(fast.jdThirtySecondRate!).toBeGreaterThan(0.99);
    expect(fast.taobaoThreeMinuteRate!).toBeGreaterThan(0.99);
    expect(slow.jdThirtySecondRate).toBe(0);
    expect(slow.taobaoThreeMinuteRate!).toBeGreaterThan(0.99);
    expect(fast.firstResponseWithinTarget).toBeGreaterThan(0.99);
    expect(slow.firstResponseWithinTarget).toBeGreaterThan(0.99);
    expect(fast.abandonedWaiting + fast.abandonedInChat).toBe(0);
  });

  it('measures each platform rate only inside its hours', () => {
    // 06:00-09:00 Beijing time: Taobao counts 08:00-09:00, JD nothing.
    const early = run('2026-11-11T06:00:00+08:00', 20).measures;
    expect(early.jdThirtySecondRate).toBeNull();
    expect(early.taobaoThreeMinuteRate!).toBeGreaterThan(0.99);
    const night = run('2026-11-11T01:00:00+08:00', 20).measures;
    expect(night.taobaoThreeMinuteRate).toBeNull();
    expect(night.averageResponseSeconds).toBe(20);
  });

  it('splits abandonment into waiting for an agent and inside a chat', () => {
    const short = sweepCaps({
      horizonStart: '2026-11-11T10:00:00+08:00',
      queues: [{ queue: 'pre_sale', arrivalsPerHour: [600, 600], agentsOnDuty: [3, 3] }],
      caps: [4],
      patienceSeconds: 60,
      replyPatienceSeconds: 60,
    }).caps[0];
    const { measures, overall } = short;
    expect(measures.abandonedWaiting).toBeGreaterThan(0);
    expect(measures.abandonedInChat).toBeGreaterThan(0);
    expect(measures.abandonedWaiting + measures.abandonedInChat).toBeCloseTo(overall.abandoned / overall.arrivals, 3);
    expect(short.measuresByQueue.pre_sale).toEqual(measures);
  });
});
