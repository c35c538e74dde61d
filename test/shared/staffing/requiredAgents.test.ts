import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { MAX_CHAT_SLOTS, requiredAgents } from '../../../shared/staffing/requiredAgents.ts';
import { chatQueuePerformance } from '../../../shared/staffing/chatQueue.ts';
import { chatModelOf } from '../../../shared/chat/chatModel.ts';
import { completeQueueParams } from '../../../shared/staffing/params.ts';
import { erlangCServiceLevel } from '../../../shared/staffing/erlang.ts';
import { DomainError } from '../../../shared/errors.ts';

const volume = fc.double({ min: 0, max: 20_000, noNaN: true });
const cap = fc.integer({ min: 1, max: 30 });
// Reachable targets only: even an idle agent answers within 60 s at 20 s a reply only 95 % of the time
// (one message per session makes the reply the whole handle time; the Erlang C test covers it).
const options = fc.record({
  ahtSeconds: fc.integer({ min: 150, max: 1200 }),
  messagesPerSession: fc.integer({ min: 2, max: 6 }),
  replySeconds: fc.integer({ min: 5, max: 20 }),
  patienceSeconds: fc.option(fc.integer({ min: 30, max: 600 }), { nil: null }),
  serviceShare: fc.double({ min: 0.5, max: 0.85, noNaN: true }),
  targetSeconds: fc.integer({ min: 60, max: 180 }),
  shrinkage: fc.double({ min: 0, max: 0.5, noNaN: true }),
});

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return `${error.code}: ${error.message}`;
    throw error;
  }
  return undefined;
}

describe('requiredAgents', () => {
  it('sizes the classic Erlang C queue for its first reply when the cap is 1 with one message per session', () => {
    // The textbook example (100 calls per 30 min, AHT 180 s = 10 Erlangs): 14 agents assign 88.8 % within
    // 20 s. Its first reply is the whole 180 s session, so "answered within 360 s" is what can be sized for.
    const classic = { ahtSeconds: 180, messagesPerSession: 1, concurrencyCap: 1, patienceSeconds: null, serviceShare: 0.8, targetSeconds: 360, shrinkage: 0 };
    const result = requiredAgents(200, classic);
    expect(result.offeredLoad).toBeCloseTo(10, 12);
    const n = result.requiredOnline;
    const spec = { arrivalsPerSecond: 200 / 3600, model: chatModelOf(completeQueueParams(classic)), cap: 1 };
    expect(chatQueuePerformance(n, spec, 20).assignedWithinTarget).toBeCloseTo(erlangCServiceLevel(n, 10, 180, 20), 12);
    expect(result.serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(chatQueuePerformance(n - 1, spec, 360).serviceLevel).toBeLessThan(0.8);
    // Idle agents would answer 1 − e^(−2) = 86.5 % within 360 s; waiting costs the rest.
    expect(result.serviceLevel).toBeLessThan(1 - Math.exp(-2));
  });

  it('is minimal: one agent fewer misses the target', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 20_000, noNaN: true }), cap, options, (v, c, o) => {
        const result = requiredAgents(v, { ...o, concurrencyCap: c });
        const spec = { arrivalsPerSecond: v / 3600, model: chatModelOf(completeQueueParams(o)), cap: c };
        expect(result.serviceLevel).toBeGreaterThanOrEqual(o.serviceShare);
        expect(chatQueuePerformance(result.requiredOnline - 1, spec, o.targetSeconds).serviceLevel).toBeLessThan(o.serviceShare);
      }),
      { numRuns: 60 },
    );
  });

  it('never decreases when the volume rises', () => {
    fc.assert(
      fc.property(volume, volume, cap, options, (a, b, c, o) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const lower = requiredAgents(low, { ...o, concurrencyCap: c });
        const higher = requiredAgents(high, { ...o, concurrencyCap: c });
        expect(higher.requiredOnline).toBeGreaterThanOrEqual(lower.requiredOnline);
        expect(higher.requiredAgents).toBeGreaterThanOrEqual(lower.requiredAgents);
      }),
      { numRuns: 80 },
    );
  });

  it('never decreases when the cap falls, while nobody leaves the queue', () => {
    // With patience a higher cap can need more agents: customers who would have left the queue are
    // assigned to busy agents and then miss the first-reply target (MODEL.md).
    fc.assert(
      fc.property(volume, cap, cap, options.map((o) => ({ ...o, patienceSeconds: null })), (v, a, b, o) => {
        const [smallCap, bigCap] = a <= b ? [a, b] : [b, a];
        const withSmallCap = requiredAgents(v, { ...o, concurrencyCap: smallCap });
        const withBigCap = requiredAgents(v, { ...o, concurrencyCap: bigCap });
        expect(withSmallCap.requiredOnline).toBeGreaterThanOrEqual(withBigCap.requiredOnline);
        expect(withSmallCap.requiredAgents).toBeGreaterThanOrEqual(withBigCap.requiredAgents);
      }),
      { numRuns: 80 },
    );
  });

  it('is never below the offered load divided by the cap, times the share to answer when customers may leave', () => {
    fc.assert(
      fc.property(volume, cap, options, (v, c, o) => {
        const result = requiredAgents(v, { ...o, concurrencyCap: c });
        const floor = o.patienceSeconds === null ? result.offeredLoad / c : (o.serviceShare * result.offeredLoad) / c;
        expect(result.requiredOnline).toBeGreaterThanOrEqual(floor - 1e-9);
        expect(result.requiredAgents).toBeGreaterThanOrEqual(result.requiredOnline);
      }),
      { numRuns: 80 },
    );
  });

  it('adds shrinkage on top: 70 online at 30 % shrinkage is 100 rostered', () => {
    const online = requiredAgents(3000, { shrinkage: 0 }).requiredOnline;
    const rostered = requiredAgents(3000, { shrinkage: 0.3 }).requiredAgents;
    expect(rostered).toBe(Math.ceil(online / 0.7 - 1e-9));
    expect(requiredAgents(3000, { shrinkage: 0.3 }).requiredOnline).toBe(online);
  });

  it('needs nobody for no volume', () => {
    expect(requiredAgents(0)).toMatchObject({ offeredLoad: 0, requiredOnline: 0, requiredAgents: 0, serviceLevel: 1 });
  });

  it('rejects absurd input with INVALID_INPUT naming the field', () => {
    expect(codeOf(() => requiredAgents(Number.NaN))).toMatch(/^INVALID_INPUT: .*humanInquiries/);
    expect(codeOf(() => requiredAgents(-1))).toMatch(/^INVALID_INPUT: .*humanInquiries/);
    expect(codeOf(() => requiredAgents(1e12))).toMatch(/^INVALID_INPUT: .*humanInquiries/);
    expect(codeOf(() => requiredAgents(100, { ahtSeconds: 0 }))).toMatch(/^INVALID_INPUT: .*ahtSeconds/);
    expect(codeOf(() => requiredAgents(100, { concurrencyCap: 2.5 }))).toMatch(/^INVALID_INPUT: .*concurrencyCap/);
    expect(codeOf(() => requiredAgents(100, { ahtSeconds: 60, messagesPerSession: 4, replySeconds: 20 }))).toMatch(/^INVALID_INPUT: .*ahtSeconds/);
    expect(codeOf(() => requiredAgents(100, { serviceShare: 0.95, targetSeconds: 45, replySeconds: 20 }))).toMatch(/^INVALID_INPUT: .*serviceShare/);
    expect(codeOf(() => requiredAgents(100, { serviceShare: 1 }))).toMatch(/^INVALID_INPUT: .*serviceShare/);
    expect(codeOf(() => requiredAgents(100, { shrinkage: Number.POSITIVE_INFINITY }))).toMatch(/^INVALID_INPUT: .*shrinkage/);
  });

  it('fails fast with LIMIT_EXCEEDED when the volume needs more chat slots than the limit', () => {
    // 10 million chats an hour of 4 hours each: far beyond MAX_CHAT_SLOTS, refused before any search.
    expect(codeOf(() => requiredAgents(10_000_000, { ahtSeconds: 14_400, concurrencyCap: 1000 }))).toMatch(/^LIMIT_EXCEEDED/);
    expect(MAX_CHAT_SLOTS).toBeGreaterThan(0);
  });
});
