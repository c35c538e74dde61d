import { describe, expect, it } from 'vitest';
import { DEFAULT_SERVICE_HOURS, serviceAhead } from '../../../shared/replan/serviceAhead.ts';
import type { ReplanHour } from '../../../shared/replan/types.ts';
import { resolveQueueParams } from '../../../shared/staffing/params.ts';
import { parseRequirementParams } from '../../../shared/staffing/requirement.ts';
import { HOUR_MS, parseInstant, toZonedIso } from '../../../shared/time.ts';

const params = parseRequirementParams({});
const first = parseInstant('2026-11-10T22:00:00+08:00') as number;

/** `count` open hours of pre-sale: `chats` human chats an hour, `before` and `after` agents on duty. */
function hours(count: number, chats: number, before: number, after = before): ReplanHour[] {
  return Array.from({ length: count }, (_, h) => ({ hourStart: toZonedIso(first + h * HOUR_MS), queue: 'pre_sale' as const, required: 0, humanInquiries: chats, staffedBefore: before, staffedAfter: after }));
}

describe('the simulated service of the next hours', () => {
  it('answers fewer within the target, slower, and loses more customers with fewer agents on duty', () => {
    const [short, staffed] = [4, 9].map((n) => serviceAhead(hours(3, 120, n), params, 'Asia/Shanghai').queues[0].before);
    expect(short.withinTarget).toBeLessThan(staffed.withinTarget);
    expect(short.abandonment).toBeGreaterThan(staffed.abandonment);
    expect(short.averageResponseSeconds!).toBeGreaterThan(staffed.averageResponseSeconds!);
  });

  it('simulates the changes on the same customers: unchanged staffing gives the same figures, more agents better ones', () => {
    const same = serviceAhead(hours(3, 120, 5), params, 'Asia/Shanghai').queues[0];
    expect(same.after).toEqual(same.before);
    const more = serviceAhead(hours(3, 120, 5, 8), params, 'Asia/Shanghai').queues[0];
    expect(more.before).toEqual(same.before);
    expect(more.after.withinTarget).toBeGreaterThan(more.before.withinTarget);
    expect(more).toMatchObject({ queue: 'pre_sale', cap: resolveQueueParams(params, 'pre_sale').concurrencyCap, targetSeconds: resolveQueueParams(params, 'pre_sale').targetSeconds, humanChats: 360, agentHoursBefore: 15, agentHoursAfter: 24 });
  });

  it('covers the first hours only, at the scenario\'s cap', () => {
    const result = serviceAhead(hours(10, 50, 3), params, 'Asia/Shanghai');
    expect(result).toMatchObject({ from: '2026-11-10T22:00:00+08:00', to: '2026-11-11T04:00:00+08:00', hours: DEFAULT_SERVICE_HOURS });
    expect(result.queues[0].humanChats).toBe(50 * DEFAULT_SERVICE_HOURS);
    const two = serviceAhead(hours(10, 50, 3), parseRequirementParams({ queues: { pre_sale: { concurrencyCap: 2 } } }), 'Asia/Shanghai', { hours: 2 });
    expect(two).toMatchObject({ hours: 2, to: '2026-11-11T00:00:00+08:00' });
    expect(two.queues[0].cap).toBe(2);
    // Three agents at cap 2 hold fewer chats at once than at cap 4: the same hours go worse.
    expect(two.queues[0].before.withinTarget).toBeLessThan(serviceAhead(hours(2, 50, 3), params, 'Asia/Shanghai').queues[0].before.withinTarget);
  });

  it('simulates the changes at the cap the re-plan suggests: the same agents at a higher cap serve better', () => {
    const cap = resolveQueueParams(params, 'pre_sale').concurrencyCap;
    const same = serviceAhead(hours(3, 200, 4), params, 'Asia/Shanghai').queues[0];
    const raised = serviceAhead(hours(3, 200, 4), params, 'Asia/Shanghai', { capsAfter: { pre_sale: cap + 2 } }).queues[0];
    expect(raised).toMatchObject({ cap, capAfter: cap + 2, agentHoursBefore: 12, agentHoursAfter: 12 });
    expect(raised.before).toEqual(same.before);
    expect(raised.after.abandonment).toBeLessThan(raised.before.abandonment);
    expect(serviceAhead(hours(3, 200, 4), params, 'Asia/Shanghai', { capsAfter: { pre_sale: cap } }).queues[0]).toEqual(same);
  });

  it('is empty when no open hour is left', () => {
    expect(serviceAhead([], params, 'Asia/Shanghai')).toEqual({ from: null, to: null, hours: 0, queues: [] });
  });
});
