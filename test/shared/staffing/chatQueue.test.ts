import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { agentThroughput, chatQueuePerformance } from '../../../shared/staffing/chatQueue.ts';
import { erlangC, erlangCServiceLevel } from '../../../shared/staffing/erlang.ts';

describe('chat queue with concurrency', () => {
  it('reduces to Erlang C when the cap is 1, whatever the inflation factor', () => {
    const spec = { arrivalsPerSecond: 10 / 180, ahtSeconds: 180, cap: 1, inflation: 0.5 };
    const result = chatQueuePerformance(12, spec, 20);
    expect(result.probabilityOfWait).toBeCloseTo(0.4494, 4);
    expect(result.serviceLevel).toBeCloseTo(erlangCServiceLevel(12, 10, 180, 20), 12);
  });

  it('agrees with Erlang C on random cap-1 queues', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.double({ min: 0.01, max: 0.99, noNaN: true }), (agents, utilisation) => {
        const load = agents * utilisation;
        const spec = { arrivalsPerSecond: load / 480, ahtSeconds: 480, cap: 1, inflation: 0.2 };
        expect(chatQueuePerformance(agents, spec, 0).probabilityOfWait).toBeCloseTo(erlangC(agents, load), 9);
      }),
    );
  });

  it('with no inflation, N agents at cap c behave like N·c Erlang C servers', () => {
    const spec = { arrivalsPerSecond: 30 / 480, ahtSeconds: 480, cap: 4, inflation: 0 };
    expect(chatQueuePerformance(10, spec, 0).probabilityOfWait).toBeCloseTo(erlangC(40, 30), 12);
  });

  it('does not give k times the throughput for k chats when handle time inflates', () => {
    const one = agentThroughput(1, 480, 0.2);
    expect(agentThroughput(4, 480, 0.2) / one).toBeCloseTo(4 / 1.6, 12);
    expect(agentThroughput(4, 480, 0) / one).toBeCloseTo(4, 12);
  });

  it('is worse with inflation than without, for the same agents and cap', () => {
    const base = { arrivalsPerSecond: 30 / 480, ahtSeconds: 480, cap: 4 };
    const honest = chatQueuePerformance(12, { ...base, inflation: 0.2 }, 30);
    const naive = chatQueuePerformance(12, { ...base, inflation: 0 }, 30);
    expect(honest.serviceLevel).toBeLessThan(naive.serviceLevel);
    expect(honest.meanWaitSeconds).toBeGreaterThan(naive.meanWaitSeconds);
  });

  it('queues everyone when every agent at the cap cannot keep up', () => {
    // 4 agents × 4 chats at 1.6× handle time finish 10 chats per AHT; 10 Erlangs is the edge.
    const spec = { arrivalsPerSecond: 10 / 480, ahtSeconds: 480, cap: 4, inflation: 0.2 };
    expect(chatQueuePerformance(4, spec, 30)).toEqual({ probabilityOfWait: 1, serviceLevel: 0, meanWaitSeconds: Infinity });
    expect(chatQueuePerformance(5, spec, 30).serviceLevel).toBeGreaterThan(0);
  });

  it('serves everyone at once when there is no volume', () => {
    const spec = { arrivalsPerSecond: 0, ahtSeconds: 480, cap: 4, inflation: 0.2 };
    expect(chatQueuePerformance(0, spec, 30).serviceLevel).toBe(1);
  });
});
