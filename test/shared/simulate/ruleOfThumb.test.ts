import { describe, expect, it } from 'vitest';
import { ruleOfThumbCap, ruleOfThumbForSession } from '../../../shared/simulate/ruleOfThumb.ts';
import { simulationSpecSchema } from '../../../shared/simulate/spec.ts';

const session = (messages: number, replySeconds: number, thinkSeconds: number) => ({
  messages: { mean: messages, distribution: 'fixed' as const },
  replySeconds: { mean: replySeconds, distribution: 'fixed' as const },
  thinkSeconds: { mean: thinkSeconds, distribution: 'fixed' as const },
});

describe('platform rule of thumb for the cap', () => {
  it('is service minutes x peak replies per minute / questions, rounded down, at least 1', () => {
    expect(ruleOfThumbCap(8, 4, 3)).toBe(10);
    expect(ruleOfThumbCap(1, 1, 5)).toBe(1);
  });

  it('reads its inputs off the simulated session: the whole session is the service time, replies back to back at peak', () => {
    // 4 questions, 30 s replies, 90 s thinking between them: 4 x 30 + 3 x 90 = 390 s = 6.5 min; 2 replies a minute.
    expect(ruleOfThumbForSession(session(4, 30, 90))).toEqual({ serviceMinutesPerCustomer: 6.5, peakRepliesPerMinute: 2, questionsPerCustomer: 4, cap: 3 });
    // One question answered in a minute: the agent is busy the whole session, so one chat at a time.
    expect(ruleOfThumbForSession(session(1, 60, 500)).cap).toBe(1);
    // Long thinking between short replies: many chats fit.
    expect(ruleOfThumbForSession(session(5, 10, 120)).cap).toBe(10);
  });

  it('gives 6 for the simulator default session (the requirement chat model: 8 min, 20 s replies, 4 messages)', () => {
    expect(ruleOfThumbForSession(simulationSpecSchema.shape.session.parse(undefined)).cap).toBe(6);
  });
});
