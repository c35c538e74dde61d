// How agents work in the simulator: routing (平均分流), one reply at a time, shift ends and staggered breaks.
import { describe, expect, it } from 'vitest';
import { runSimulation } from '../../../shared/simulate/engine.ts';
import { parseSimulationSpec } from '../../../shared/simulate/spec.ts';
import { simulateQueue, sweepCaps } from '../../../shared/simulate/sweep.ts';
import { flat, START } from './fixtures.ts';

describe('simulated agents', () => {
  it('lets an agent whose shift ends finish its chats but take no new ones', () => {
    const spec = parseSimulationSpec({
      horizonStart: START,
      queues: [{ queue: 'pre_sale', arrivalsPerHour: [40, 40], agentsOnDuty: [1, 0] }],
      caps: [50],
      patienceSeconds: null,
      session: { messages: { mean: 3, distribution: 'fixed' }, thinkSeconds: { mean: 600, distribution: 'fixed' }, replySeconds: { mean: 5, distribution: 'fixed' } },
    });
    const stats = runSimulation(spec, 50);
    // Chats taken before the shift ended run on into the next hour and close; later arrivals are never assigned.
    expect(stats.hourArrivals[0]).toBeGreaterThan(0);
    expect(stats.served[0]).toBe(stats.hourArrivals[0]);
    expect(stats.hourArrivals[1]).toBeGreaterThan(0);
    expect(stats.hourAdmitted[1]).toBe(0);
    expect(stats.arrivals[0] - stats.served[0] - stats.abandoned[0]).toBe(stats.hourArrivals[1]);
  });

  it('counts an agent finishing its chats after its shift as on duty, so utilisation stays within 1 and open chats within the cap', () => {
    // One agent for an hour takes 50 chats of 5 × 30 s replies and works on them long after its shift ends.
    const result = simulateQueue(
      {
        horizonStart: START,
        queues: [{ queue: 'pre_sale', arrivalsPerHour: [200, 0, 0], agentsOnDuty: [1, 0, 0] }],
        patienceSeconds: null,
        replyPatienceSeconds: null,
        session: { messages: { mean: 5, distribution: 'fixed' }, thinkSeconds: { mean: 10, distribution: 'fixed' }, replySeconds: { mean: 30, distribution: 'fixed' } },
      },
      50,
    ).overall;
    expect(result.served).toBeGreaterThan(50);
    expect(result.utilisation!).toBeGreaterThan(0.95);
    expect(result.utilisation!).toBeLessThanOrEqual(1);
    expect(result.meanOpenChatsPerAgent!).toBeLessThanOrEqual(50);
  });

  it('takes intake capacity away with a higher break share, so customers wait longer', () => {
    const run = (breakShare: number) => sweepCaps(flat(4, 300, 8, { caps: [3], breakShare, patienceSeconds: null })).caps[0].overall;
    const [none, some, many] = [run(0), run(0.2), run(0.5)];
    expect(none.arrivals).toBe(many.arrivals);
    expect(some.admissionWait.mean!).toBeGreaterThan(none.admissionWait.mean!);
    expect(many.admissionWait.mean!).toBeGreaterThan(some.admissionWait.mean!);
    expect(many.withinSla).toBeLessThan(none.withinSla);
  });

  it('staggers breaks: the agents resting change every quarter hour, so every agent takes chats within the hour', () => {
    // Four agents, half of them resting at any time, more customers than they can take: whoever may take a chat does.
    const spec = parseSimulationSpec(
      flat(2, 400, 4, { caps: [1], breakShare: 0.5, patienceSeconds: null, session: { messages: { mean: 1, distribution: 'fixed' }, replySeconds: { mean: 60, distribution: 'fixed' } } }),
    );
    const takers = new Map<number, Set<number>>();
    runSimulation(spec, 1, {
      assigned: (agent, time) => {
        if (time >= 7200) return; // the horizon's last instant
        const quarter = Math.floor(time / 900);
        takers.set(quarter, (takers.get(quarter) ?? new Set()).add(agent));
      },
    });
    const quarters = [...takers.keys()].sort((a, b) => a - b);
    expect(quarters).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    for (const q of quarters) expect(takers.get(q)!.size, `quarter ${q}`).toBe(2);
    for (const q of quarters.slice(1)) expect([...takers.get(q)!]).not.toEqual([...takers.get(q - 1)!]);
    const firstHour = new Set([0, 1, 2, 3].flatMap((q) => [...takers.get(q)!]));
    expect([...firstHour].sort()).toEqual([0, 1, 2, 3]);
  });

  it('routes a new chat to the agent with the fewest open chats (平均分流)', () => {
    // Sessions outlast the hour, so nothing closes: two agents at cap 3 fill up in turn, never two apart.
    const long = parseSimulationSpec(flat(1, 30, 2, { caps: [3], patienceSeconds: null, session: { messages: { mean: 2, distribution: 'fixed' }, thinkSeconds: { mean: 36_000, distribution: 'fixed' } } }));
    const order: number[] = [];
    runSimulation(long, 3, { assigned: (agent, _time, open) => (order.push(agent), expect(Math.abs(open[0] - open[1])).toBeLessThanOrEqual(1)) });
    expect(order).toEqual([0, 1, 0, 1, 0, 1]);
    // With chats closing as well, the chosen agent always held the fewest before it took the new one.
    let checked = 0;
    runSimulation(parseSimulationSpec(flat(3, 120, 2, { caps: [3] })), 3, {
      assigned: (agent, _time, open) => {
        expect(open[agent] - 1).toBeLessThanOrEqual(open[1 - agent]);
        checked++;
      },
    });
    expect(checked).toBeGreaterThan(100);
  });

  it("slows an agent's replies as it holds more chats: one agent under load answers a new chat later at cap 5 than at cap 1", () => {
    const spec = parseSimulationSpec(
      flat(2, 200, 1, { caps: [1], patienceSeconds: null, replyPatienceSeconds: null, session: { messages: { mean: 3, distribution: 'fixed' }, thinkSeconds: { mean: 30, distribution: 'fixed' }, replySeconds: { mean: 20, distribution: 'fixed' } } }),
    );
    // Arrival to first reply less arrival to assignment: how long an assigned customer waits for the agent.
    const afterAssignment = (cap: number) => {
      const stats = runSimulation(spec, cap);
      return stats.firstSum[0] / stats.answered[0] - stats.waitSum[0] / stats.admitted[0];
    };
    expect(afterAssignment(1)).toBeCloseTo(20, 6);
    expect(afterAssignment(5)).toBeGreaterThan(1.5 * 20);
  });

  it('loses the capacity of agents on a break: they reply to none, their chats go to colleagues with room', () => {
    // Typing is the bottleneck (cap 50, nobody waits for an agent): 4 agents with half of them on a break
    // answer like 2 agents without breaks, not like 4.
    const run = (agents: number, breakShare: number) =>
      sweepCaps(flat(8, 60, agents, { caps: [50], breakShare, patienceSeconds: null, replyPatienceSeconds: null, session: { messages: { mean: 4, distribution: 'geometric' }, thinkSeconds: { mean: 60, distribution: 'exponential' }, replySeconds: { mean: 20, distribution: 'exponential' } } })).caps[0].overall;
    const [four, fourHalfResting, two] = [run(4, 0), run(4, 0.5), run(2, 0)];
    expect(fourHalfResting.firstResponse.mean!).toBeGreaterThan(1.4 * four.firstResponse.mean!);
    expect(fourHalfResting.firstResponse.mean!).toBeGreaterThan(0.7 * two.firstResponse.mean!);
    expect(fourHalfResting.firstResponse.mean!).toBeLessThan(1.3 * two.firstResponse.mean!);
    expect(fourHalfResting.arrivals).toBe(fourHalfResting.served + fourHalfResting.abandoned + fourHalfResting.openAtEnd);
  });

  it('lets a customer waiting too long for a reply leave the chat, counted as abandonment in chat', () => {
    const run = (replyPatienceSeconds: number | null) =>
      sweepCaps(flat(3, 400, 2, { caps: [30], patienceSeconds: null, replyPatienceSeconds, session: { messages: { mean: 4, distribution: 'fixed' }, thinkSeconds: { mean: 30, distribution: 'exponential' }, replySeconds: { mean: 30, distribution: 'exponential' } } })).caps[0].overall;
    const [patient, impatient] = [run(null), run(60)];
    expect(patient.abandonedInChat).toBe(0);
    expect(impatient.abandonedInChat).toBeGreaterThan(0.1 * impatient.arrivals);
    expect(impatient.abandoned).toBe(impatient.abandonedInChat);
    expect(impatient.arrivals).toBe(impatient.served + impatient.abandoned + impatient.openAtEnd);
    // Those who leave stop loading the agents: the rest are answered sooner.
    expect(impatient.firstResponse.mean!).toBeLessThan(patient.firstResponse.mean!);
  });
});
