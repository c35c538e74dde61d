import { describe, expect, it } from 'vitest';
import { agentChats, firstReplyWithin } from '../../../shared/chat/agentChats.ts';

const model = { messagesPerSession: 4, replySeconds: 20, thinkSeconds: 400 / 3 };

describe('one agent holding k chats (machine repairman)', () => {
  it('finishes one chat per handle time with one chat, typing m × reply of it', () => {
    const [, one] = agentChats(model, 1);
    const aht = 4 * 20 + 3 * (400 / 3);
    expect(one.chatsPerSecond * aht).toBeCloseTo(1, 12);
    expect(one.busyShare).toBeCloseTo(80 / aht, 12);
  });

  it('gains less than one chat of throughput per extra chat, and types more of the time', () => {
    const agent = agentChats(model, 6);
    for (let k = 2; k <= 6; k++) {
      const gain = agent[k].chatsPerSecond - agent[k - 1].chatsPerSecond;
      expect(gain).toBeGreaterThan(0);
      expect(gain).toBeLessThan(agent[1].chatsPerSecond);
      expect(agent[k].busyShare).toBeGreaterThan(agent[k - 1].busyShare);
    }
  });

  it('is always typing with one message per session: every chat waits for its only reply', () => {
    const agent = agentChats({ messagesPerSession: 1, replySeconds: 180, thinkSeconds: 0 }, 3);
    expect(agent[3].busyShare).toBe(1);
    expect(agent[3].chatsPerSecond).toBeCloseTo(1 / 180, 12);
  });

  it('answers a first message at the reply rate when the agent holds nothing else', () => {
    const agent = agentChats(model, 4);
    expect(firstReplyWithin(agent, 0, 20, 45)).toBeCloseTo(1 - Math.exp(-45 / 20), 12);
  });

  it('answers a first message later the more chats the agent already holds', () => {
    const agent = agentChats(model, 8);
    for (let k = 1; k < 8; k++) expect(firstReplyWithin(agent, k, 20, 45)).toBeLessThan(firstReplyWithin(agent, k - 1, 20, 45));
  });

  it('holds a probability distribution of waiting replies at every k', () => {
    for (const a of agentChats(model, 30)) {
      expect(a.waitingReplies.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12);
      expect(a.waitingReplies.every((p) => p >= 0)).toBe(true);
    }
  });
});
