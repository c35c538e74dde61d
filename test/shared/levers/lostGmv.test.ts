import { describe, expect, it } from 'vitest';
import { lostGmvOf, marginalLostGmv, nondecreasing } from '../../../shared/levers/lostGmvCurve.ts';
import { resolveMoney, valuePerChatCny } from '../../../shared/levers/money.ts';
import { rosterPricing } from '../../../shared/levers/pricing.ts';
import { lostGmvCny, planCost, wagesCny } from '../../../shared/levers/rosterCost.ts';
import { servedShare } from '../../../shared/levers/servedShare.ts';
import { DEFAULT_QUEUE_PARAMS } from '../../../shared/staffing/params.ts';
import { requirement } from '../../../shared/staffing/requirement.ts';
import { maxThroughput } from '../../../shared/staffing/chatQueue.ts';
import { chatModelOf } from '../../../shared/chat/chatModel.ts';

const params = { ...DEFAULT_QUEUE_PARAMS };

describe('servedShare', () => {
  it('is the agents capacity over the arrivals when they cannot keep up and nobody leaves', () => {
    // 3,600 chats an hour = 1 a second; ten agents at their cap finish what they can, the queue grows.
    const patient = { ...params, patienceSeconds: null };
    const perAgent = maxThroughput(1, { arrivalsPerSecond: 1, model: chatModelOf(patient), cap: patient.concurrencyCap });
    expect(servedShare(10, 3600, patient)).toBeCloseTo(10 * perAgent, 10);
    expect(servedShare(0, 3600, params)).toBe(0);
    expect(servedShare(5, 0, params)).toBe(1);
  });

  it('serves almost everyone once the queue is comfortably staffed, but for those a slow reply loses inside a chat', () => {
    expect(servedShare(400, 3600, { ...params, replyPatienceSeconds: null })).toBeGreaterThan(0.999);
    // 400 agents for 3,600 chats an hour hold about 1.3 chats each: a message now and then waits behind another chat's reply.
    expect(servedShare(400, 3600, params)).toBeGreaterThan(0.98);
    expect(servedShare(400, 3600, params)).toBeLessThan(servedShare(400, 3600, { ...params, replyPatienceSeconds: null }));
  });
});

describe('nondecreasing', () => {
  it('pools adjacent violators and keeps the sum', () => {
    expect(nondecreasing([3, 1, 2])).toEqual([2, 2, 2]);
    expect(nondecreasing([1, 5, 2, 6])).toEqual([1, 3.5, 3.5, 6]);
    expect(nondecreasing([])).toEqual([]);
  });
});

describe('marginalLostGmv', () => {
  const money = resolveMoney();
  const value = valuePerChatCny(money, 'pre_sale');
  it('prices the demo midnight peak: convex, and missing everyone loses every chat served at the requirement', () => {
    const [row] = requirement([{ hourStart: '2026-11-11T00:00:00+08:00', queue: 'pre_sale', inquiries: 5500 }], {});
    const marginals = marginalLostGmv(row.requiredAgents, row.humanInquiries, params, value);
    expect(marginals).toHaveLength(row.requiredAgents);
    for (let k = 1; k < marginals.length; k++) expect(marginals[k]).toBeGreaterThanOrEqual(marginals[k - 1] - 1e-9);
    const servedAtRequirement = servedShare(Math.floor(row.requiredAgents * 0.7 + 1e-9), row.humanInquiries, params);
    const everyChat = row.humanInquiries * 0.4 * 200;
    expect(lostGmvOf(marginals, row.requiredAgents)).toBeGreaterThanOrEqual(everyChat * servedAtRequirement - 1e-6);
    expect(lostGmvOf(marginals, row.requiredAgents)).toBeLessThanOrEqual(everyChat + 1e-6);
    // The first missing agents cost little: the queue still keeps up, only a few more give up waiting or, their
    // agent holding a few more chats, inside a chat (3,575 chats at 80 CNY: 0.025 % of them is about 70 CNY, a twentieth of the last).
    expect(marginals[0]).toBeLessThan(0.1 * marginals.at(-1)!);
    // A missing agent deep in the overloaded range loses about what one agent answers in an hour at its cap (0.7 of them answer).
    const perAgentHour = 3600 * maxThroughput(1, { arrivalsPerSecond: 1, model: chatModelOf(params), cap: params.concurrencyCap });
    expect(marginals.at(-1)! / (0.7 * perAgentHour * 80)).toBeGreaterThan(0.9);
    expect(marginals.at(-1)! / (0.7 * perAgentHour * 80)).toBeLessThan(1.1);
  });

  it('is zero where an answered chat is worth nothing (after-sale by default)', () => {
    expect(marginalLostGmv(12, 900, params, valuePerChatCny(money, 'after_sale'))).toEqual(new Array(12).fill(0));
  });
});

describe('roster cost', () => {
  const money = resolveMoney({ wagesCnyPerHour: { part_time: 20 }, sales: { pre_sale: { orderValueCny: 100 } } });
  it('takes the event figures over the demo assumptions, field by field', () => {
    expect(money.wagesCnyPerHour).toEqual({ full_time: 35, part_time: 20 });
    expect(money.sales.pre_sale).toEqual({ conversionRate: 0.4, orderValueCny: 100 });
  });

  it('adds the lost GMV of each short hour from its own curve, and a total equal to the sum of its parts', () => {
    const forecast = [
      { hourStart: '2026-11-11T00:00:00+08:00', queue: 'pre_sale' as const, inquiries: 600 },
      { hourStart: '2026-11-11T01:00:00+08:00', queue: 'pre_sale' as const, inquiries: 300 },
    ];
    const rows = requirement(forecast, {});
    const pricing = rosterPricing(rows, forecast, {}, money);
    const [first, second] = pricing.lostGmv;
    const shortfall = [
      { hourStart: '2026-11-11T00:00:00+08:00', queue: 'pre_sale' as const, required: rows[0].requiredAgents, scheduled: rows[0].requiredAgents - 3 },
      { hourStart: '2026-11-10T17:00:00Z', queue: 'pre_sale' as const, required: rows[1].requiredAgents, scheduled: 0 },
    ];
    const lost = lostGmvCny(shortfall, pricing);
    expect(lost).toBeCloseTo(lostGmvOf(first.marginalCny, 3) + lostGmvOf(second.marginalCny, rows[1].requiredAgents), 9);
    expect(lost).toBeGreaterThan(0);
    expect(wagesCny({ full_time: 10, part_time: 4 }, pricing)).toBe(430);
    const cost = planCost({ wagesCny: 430, overtimeCny: 1.005, tempsCny: 2, borrowedCny: 3, lostGmvCny: lost });
    expect(cost.totalCny).toBeCloseTo(cost.wagesCny + cost.overtimeCny + cost.tempsCny + cost.borrowedCny + cost.lostGmvCny, 9);
  });

  it('uses the forecast hour own handle time', () => {
    const forecast = [{ hourStart: '2026-11-11T00:00:00+08:00', queue: 'pre_sale' as const, inquiries: 600 }];
    const slow = [{ ...forecast[0], ahtSeconds: 960 }];
    const rows = requirement(forecast, {});
    const fast = rosterPricing(rows, forecast, {}, money).lostGmv[0].marginalCny;
    const slower = rosterPricing(rows, slow, {}, money).lostGmv[0].marginalCny;
    expect(slower.at(-1)).toBeLessThan(fast.at(-1) as number);
  });
});
