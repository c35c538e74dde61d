import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { agentThroughput, chatQueuePerformance, type ChatQueueSpec } from '../../../shared/staffing/chatQueue.ts';
import { chatModelOf, type ChatModel } from '../../../shared/chat/chatModel.ts';
import { completeQueueParams } from '../../../shared/staffing/params.ts';
import { erlangC, erlangCServiceLevel } from '../../../shared/staffing/erlang.ts';

/** The classic call-centre queue as a chat model: one message per session, nobody leaves. */
function oneMessage(ahtSeconds: number): ChatModel {
  return chatModelOf(completeQueueParams({ ahtSeconds, messagesPerSession: 1, patienceSeconds: null, replyPatienceSeconds: null }));
}

const defaultModel = chatModelOf(completeQueueParams());

describe('chat queue with concurrency', () => {
  it('is Erlang C when the cap is 1 with one message per session and no patience', () => {
    const spec: ChatQueueSpec = { arrivalsPerSecond: 10 / 180, model: oneMessage(180), cap: 1 };
    const result = chatQueuePerformance(12, spec, 20);
    expect(result.probabilityOfWait).toBeCloseTo(0.4494, 4);
    expect(result.assignedWithinTarget).toBeCloseTo(erlangCServiceLevel(12, 10, 180, 20), 12);
    // The first reply is the whole one-message session: assigned at once, answered within 20 s with chance 1 − e^(−20/180).
    expect(result.serviceLevel).toBeLessThan(result.assignedWithinTarget);
    expect(result.servedShare).toBe(1);
  });

  it('agrees with Erlang C on random cap-1 one-message queues', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.double({ min: 0.01, max: 0.99, noNaN: true }), (agents, utilisation) => {
        const load = agents * utilisation;
        const spec: ChatQueueSpec = { arrivalsPerSecond: load / 480, model: oneMessage(480), cap: 1 };
        expect(chatQueuePerformance(agents, spec, 0).probabilityOfWait).toBeCloseTo(erlangC(agents, load), 9);
      }),
    );
  });

  it('gives an agent with one chat one chat per handle time', () => {
    expect(agentThroughput(1, defaultModel) * 480).toBeCloseTo(1, 12);
  });

  it('does not give k times the throughput for k chats: replies to the others slow each chat', () => {
    const one = agentThroughput(1, defaultModel);
    const four = agentThroughput(4, defaultModel);
    expect(four / one).toBeGreaterThan(1);
    expect(four / one).toBeLessThan(4);
    // Never more than the agent can type: one reply of 20 s at a time, 4 replies a chat.
    expect(four).toBeLessThan(1 / (4 * 20));
  });

  it('answers fewer first replies in time when each agent holds more chats', () => {
    const base = { arrivalsPerSecond: 300 / 3600, model: { ...defaultModel, patienceSeconds: null } };
    const wide = chatQueuePerformance(30, { ...base, cap: 8 }, 45);
    const busy = chatQueuePerformance(12, { ...base, cap: 8 }, 45);
    expect(busy.serviceLevel).toBeLessThan(wide.serviceLevel);
  });

  it('can never answer more in time than an idle agent replying once', () => {
    const spec: ChatQueueSpec = { arrivalsPerSecond: 1 / 3600, model: defaultModel, cap: 4 };
    const idle = 1 - Math.exp(-45 / defaultModel.replySeconds);
    expect(chatQueuePerformance(1000, spec, 45).serviceLevel).toBeCloseTo(idle, 3);
    expect(chatQueuePerformance(1000, spec, 45).serviceLevel).toBeLessThanOrEqual(idle);
  });

  it('queues everyone when every agent at the cap cannot keep up and nobody leaves', () => {
    const model = { ...defaultModel, patienceSeconds: null };
    const perAgent = agentThroughput(4, model);
    const spec: ChatQueueSpec = { arrivalsPerSecond: 4 * perAgent, model, cap: 4 };
    expect(chatQueuePerformance(4, spec, 45)).toMatchObject({ probabilityOfWait: 1, serviceLevel: 0, meanWaitSeconds: Infinity });
    expect(chatQueuePerformance(5, spec, 45).serviceLevel).toBeGreaterThan(0);
  });

  it('stays finite when customers leave, with the abandoned share growing as agents fall', () => {
    const perAgent = agentThroughput(4, defaultModel);
    const spec: ChatQueueSpec = { arrivalsPerSecond: 4 * perAgent, model: defaultModel, cap: 4 };
    const short = chatQueuePerformance(3, spec, 45);
    const fuller = chatQueuePerformance(4, spec, 45);
    expect(Number.isFinite(short.meanWaitSeconds)).toBe(true);
    expect(short.servedShare).toBeLessThan(fuller.servedShare);
    // Three agents at the cap answer at most 3/4 of the arrivals.
    expect(short.servedShare).toBeLessThanOrEqual(0.75 + 1e-9);
  });

  it('serves everyone at once when there is no volume', () => {
    const spec: ChatQueueSpec = { arrivalsPerSecond: 0, model: defaultModel, cap: 4 };
    expect(chatQueuePerformance(0, spec, 45).serviceLevel).toBe(1);
  });
});
