import { describe, expect, it } from 'vitest';
import { applySetExpressions } from '../../../shared/scenario/setExpressions.ts';

describe('applySetExpressions', () => {
  it('maps short keys onto scenario params', () => {
    const params = applySetExpressions({}, ['cap=8', 'aht.after_sale=600', 'volume.pre_sale=1.2', 'rules.minRestHours=10', 'remove=A001;A002', 'add.logistics=5']);
    expect(params.requirement).toEqual({ defaults: { concurrencyCap: 8 }, queues: { after_sale: { ahtSeconds: 600 } } });
    expect(params.volume.byQueue).toEqual({ pre_sale: 1.2 });
    expect(params.rules).toEqual({ minRestHours: 10 });
    expect(params.headcount.removeAgentIds).toEqual(['A001', 'A002']);
    expect(params.headcount.addAgents).toEqual([{ count: 5, primaryQueue: 'logistics', crossTrainedFor: [], contract: 'part_time', team: 'TEMP' }]);
  });

  it('applies volume to every queue when no queue is named, on top of existing params', () => {
    const params = applySetExpressions({ requirement: { defaults: { botShare: 0.4 } } }, ['volume=1.5']);
    expect(params.volume.byQueue).toEqual({ pre_sale: 1.5, after_sale: 1.5, logistics: 1.5 });
    expect(params.requirement.defaults).toEqual({ botShare: 0.4 });
  });

  it('sets a field of a grouped rule, keeping the group\'s other defaults', () => {
    const params = applySetExpressions({}, ['rules.workingTime.maxMonthlyOvertimeHours=20']);
    expect(params.rules).toEqual({ workingTime: { maxMonthlyOvertimeHours: 20 } });
    expect(() => applySetExpressions({}, ['rules.workingTime.maxDayHours.x=1'])).toThrow('unknown key "rules.workingTime.maxDayHours.x"');
  });

  it('names the bad expression', () => {
    expect(() => applySetExpressions({}, ['cap=zero'])).toThrow('--set cap=zero: "zero" is not a number');
    expect(() => applySetExpressions({}, ['colour=blue'])).toThrow('unknown key "colour"');
    expect(() => applySetExpressions({}, ['cap.vip=3'])).toThrow('unknown key "cap.vip"');
    expect(() => applySetExpressions({}, ['cap=0'])).toThrow(/concurrencyCap/);
  });
});
