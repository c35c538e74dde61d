// The levers editor's draft: one field set or cleared at a path under params.levers, typed text read as the API expects.
import { describe, expect, it } from 'vitest';
import { leverErrors, leverText, leverValue, withLever, withLeverAllowed } from '../../web/src/state/leversDraft.ts';

describe('levers draft', () => {
  it('sets a nested lever field and removes objects a cleared field leaves empty', () => {
    const set = withLever({ rules: {} } as never, ['money', 'sales', 'pre_sale', 'orderValueCny'], 180);
    expect(set).toEqual({ rules: {}, levers: { money: { sales: { pre_sale: { orderValueCny: 180 } } } } });
    expect(withLever(set, ['money', 'sales', 'pre_sale', 'orderValueCny'], undefined)).toEqual({ rules: {} });
  });

  it('keeps an allowed lever when its last field is cleared, and removes it when not allowed', () => {
    const allowed = withLeverAllowed({} as never, 'overtime', true);
    expect(allowed).toEqual({ levers: { overtime: {} } });
    const set = withLever(allowed, ['overtime', 'maxHoursPerDay'], 2);
    expect(withLever(set, ['overtime', 'maxHoursPerDay'], undefined)).toEqual({ levers: { overtime: {} } });
    expect(withLeverAllowed(set, 'overtime', false)).toEqual({});
  });

  it('reads numbers and lists, keeping unreadable text for the API to name', () => {
    expect(leverValue(' 12 ', 'number')).toBe(12);
    expect(leverValue('', 'number')).toBeUndefined();
    expect(leverValue('twelve', 'number')).toBe('twelve');
    expect(leverValue('4, 5，6 8', 'numbers')).toEqual([4, 5, 6, 8]);
    expect(leverValue('4, x', 'numbers')).toEqual([4, 'x']);
    expect(leverText([4, 5])).toBe('4, 5');
  });

  it('finds the API messages for a field and anything inside it', () => {
    const details = [
      { field: 'params.levers.temps.maxPerDay', message: 'Too small: expected number to be >=0' },
      { field: 'params.levers.caps.pre_sale.1', message: 'Too small' },
      { field: 'params.levers.tempsX', message: 'unknown' },
    ];
    expect(leverErrors(details, ['temps', 'maxPerDay'])).toEqual(['Too small: expected number to be >=0']);
    expect(leverErrors(details, ['caps', 'pre_sale'])).toEqual(['Too small']);
    expect(leverErrors(details, ['temps'])).toEqual(['Too small: expected number to be >=0']);
  });
});
