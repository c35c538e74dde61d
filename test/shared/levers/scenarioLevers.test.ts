import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/errors.ts';
import { parseScenarioParams } from '../../../shared/scenario/params.ts';

function fieldOf(params: unknown): string | undefined {
  try {
    parseScenarioParams(params);
    return undefined;
  } catch (error) {
    return (error as DomainError).details?.[0]?.field;
  }
}

describe('levers as scenario params', () => {
  it('accepts money and levers and fills their defaults', () => {
    const params = parseScenarioParams({ levers: { money: { sales: { pre_sale: { orderValueCny: 150 } } }, temps: { maxPerDay: 40 } } });
    expect(params.levers?.temps).toMatchObject({ maxPerDay: 40, minHours: 4, costCnyPerHour: 30, queues: ['pre_sale'], proficiency: 1.3 });
    expect(params.levers?.money?.sales.pre_sale?.orderValueCny).toBe(150);
    expect(parseScenarioParams({}).levers).toBeUndefined();
  });

  it('refuses unknown keys and bad values, naming the field', () => {
    expect(fieldOf({ levers: { tmeps: { maxPerDay: 3 } } })).toBe('params.levers');
    expect(fieldOf({ levers: { temps: { maxPerDay: 3, costPerHour: 9 } } })).toBe('params.levers.temps');
    expect(fieldOf({ levers: { money: { sales: { pre_sale: { conversionRate: 1.5 } } } } })).toBe('params.levers.money.sales.pre_sale.conversionRate');
    expect(fieldOf({ levers: { coverageFloor: -0.1 } })).toBe('params.levers.coverageFloor');
  });
});
