import { describe, expect, it } from 'vitest';
import { LEGAL_FIGURES } from '../../../shared/labour/legalFigures.ts';
import { leverAllowed, leverInForce } from '../../../shared/levers/leverInForce.ts';
import { DEFAULT_SALES, DEFAULT_WAGES_CNY_PER_HOUR } from '../../../shared/levers/schema.ts';

describe('a lever field in force', () => {
  it('is the scenario value when it sets one', () => {
    expect(leverInForce({ temps: { maxPerDay: 40, costCnyPerHour: 28 } }, ['temps', 'costCnyPerHour'])).toEqual({ value: 28, source: 'scenario' });
    expect(leverInForce({ caps: { pre_sale: [4, 6] } }, ['caps', 'pre_sale'])).toEqual({ value: [4, 6], source: 'scenario' });
  });

  it('labels the money and temps defaults as assumptions and the overtime ceilings as law', () => {
    expect(leverInForce(undefined, ['money', 'wagesCnyPerHour', 'full_time'])).toEqual({ value: DEFAULT_WAGES_CNY_PER_HOUR.full_time, source: 'assumption' });
    expect(leverInForce({}, ['money', 'sales', 'pre_sale', 'orderValueCny'])).toEqual({ value: DEFAULT_SALES.pre_sale.orderValueCny, source: 'assumption' });
    expect(leverInForce({ temps: { maxPerDay: 3 } }, ['temps', 'proficiency'])).toEqual({ value: 1.3, source: 'assumption' });
    // Stored params carry zod's defaults: the figure is still the assumption.
    expect(leverInForce({ temps: { maxPerDay: 3, proficiency: 1.3 } }, ['temps', 'proficiency'])).toEqual({ value: 1.3, source: 'assumption' });
    expect(leverInForce({}, ['overtime', 'maxHoursPerMonth'])).toEqual({ value: LEGAL_FIGURES.overtimeHoursPerMonth, source: 'law' });
  });

  it('says a lever without its day bound is off, and that the event decides start hours, windows and floors by default', () => {
    expect(leverInForce({}, ['temps', 'maxPerDay'])).toEqual({ value: undefined, source: 'off' });
    expect(leverInForce({}, ['peakShifts', 'lengths'])).toEqual({ value: [4, 5, 6], source: 'event' });
    expect(leverInForce({}, ['borrowed', 'startHours'])).toEqual({ value: undefined, source: 'event' });
    expect(leverInForce({}, ['coverageFloor'])).toEqual({ value: undefined, source: 'event' });
    // Overtime's window, absent, is the event window: the event's, not the law's.
    expect(leverInForce({ overtime: {} }, ['overtime', 'window'])).toEqual({ value: undefined, source: 'event' });
    expect(leverInForce({ peakShifts: {} }, ['peakShifts', 'window'])).toEqual({ value: undefined, source: 'event' });
    // No date of its own: every date takes maxPerDay, the event's behaviour; a stored `{}` is that default too.
    expect(leverInForce({ temps: { maxPerDay: 3, perDay: {} } }, ['temps', 'perDay'])).toEqual({ value: {}, source: 'event' });
    expect(leverInForce({ borrowed: { maxPerDay: 3, perDay: { '2026-11-11': 6 } } }, ['borrowed', 'perDay'])).toEqual({ value: { '2026-11-11': 6 }, source: 'scenario' });
    expect(leverAllowed({ overtime: {} }, 'overtime')).toBe(true);
    expect(leverAllowed({}, 'peakShifts')).toBe(false);
  });
});
