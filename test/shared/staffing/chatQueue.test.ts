import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { agentThroughput, chatAbandonment, chatQueuePerformance, type ChatQueueSpec } from '../../../shared/staffing/chatQueue.ts';
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
    expect(chatAbandonment(12, spec).servedShare).toBe(1);
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
    expect(Number.isFinite(chatQueuePerformance(3, spec, 45).meanWaitSeconds)).toBe(true);
    const short = chatAbandonment(3, spec);
    expect(short.servedShare).toBeLessThan(chatAbandonment(4, spec).servedShare);
    // Three agents at the cap answer at most 3/4 of the arrivals.
    expect(short.servedShare).toBeLessThanOrEqual(0.75 + 1e-9);
  });

  it('serves everyone at once when there is no volume', () => {
    const spec: ChatQueueSpec = { arrivalsPerSecond: 0, model: defaultModel, cap: 4 };
    expect(chatQueuePerformance(0, spec, 45).serviceLevel).toBe(1);
  });
});

describe('customers lost waiting and inside a chat', () => {
  const busyHour = 1500 / 3600;

  it('loses nobody inside a chat when customers wait for replies without end, or when no reply waits behind another', () => {
    const patientInChat = { ...defaultModel, replyPatienceSeconds: null };
    expect(chatAbandonment(30, { arrivalsPerSecond: busyHour, model: patientInChat, cap: 6 }).abandonedInChat).toBe(0);
    // Cap 1 with one message per session: the agent's only chat never waits behind another's reply.
    const classic = { ...oneMessage(180), patienceSeconds: 120, replyPatienceSeconds: 300 };
    const cap1 = chatAbandonment(8, { arrivalsPerSecond: 10 / 180, model: classic, cap: 1 });
    expect(cap1.abandonedInChat).toBe(0);
    expect(cap1.abandonedWaiting).toBeGreaterThan(0);
  });

  it('adds up: served, left waiting and left inside a chat are every arrival', () => {
    for (const agents of [1, 20, 40, 80]) {
      const result = chatAbandonment(agents, { arrivalsPerSecond: busyHour, model: defaultModel, cap: 6 });
      expect(result.servedShare + result.abandonedWaiting + result.abandonedInChat).toBeCloseTo(1, 12);
      expect(result.abandonedInChat).toBeGreaterThan(0);
    }
  });

  it('loses more inside chats as the cap rises at the same short staffing: replies wait behind more chats', () => {
    const inChat = [2, 4, 6, 8].map((cap) => chatAbandonment(30, { arrivalsPerSecond: busyHour, model: defaultModel, cap }).abandonedInChat);
    for (let i = 1; i < inChat.length; i++) expect(inChat[i]).toBeGreaterThan(inChat[i - 1]);
  });

  it('serves more with every agent added', () => {
    let previous = -1;
    for (let agents = 0; agents <= 90; agents += 5) {
      const served = chatAbandonment(agents, { arrivalsPerSecond: busyHour, model: defaultModel, cap: 6 }).servedShare;
      expect(served).toBeGreaterThan(previous);
      previous = served;
    }
  });
});
