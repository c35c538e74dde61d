import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInstant, toZonedIso, toZonedIsoReference } from '../../shared/time.ts';

describe('toZonedIso', () => {
  it('agrees with date-fns formatISO on a TZDate for any instant and several zones, DST included', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }), fc.constantFrom('Asia/Shanghai', 'UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata'), (ms, zone) => {
        const second = Math.floor(ms / 1000) * 1000;
        expect(toZonedIso(second, zone)).toBe(toZonedIsoReference(second, zone));
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips through parseInstant', () => {
    const ms = Date.UTC(2026, 10, 10, 16);
    expect(toZonedIso(ms)).toBe('2026-11-11T00:00:00+08:00');
    expect(parseInstant(toZonedIso(ms))).toBe(ms);
  });
});

describe('parseInstant', () => {
  it('reads a fixed offset as Date.parse does, for any instant and offset', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }), fc.constantFrom('Z', '+08:00', '-05:00', '+05:30', '+0800'), (ms, offset) => {
        const second = Math.floor(ms / 1000) * 1000;
        const text = `${toZonedIso(second, 'UTC').slice(0, 19)}${offset}`;
        expect(parseInstant(text)).toBe(Date.parse(text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')));
      }),
      { numRuns: 1000 },
    );
  });

  it('rejects a day the month does not have, with or without an offset', () => {
    for (const text of ['2026-02-29T10:00:00+08:00', '2026-04-31T00:00:00Z', '2026-02-31T10:00:00', '2026-11-31T23:00']) expect(parseInstant(text), text).toBeNull();
    expect(parseInstant('2028-02-29T10:00:00+08:00')).toBe(Date.UTC(2028, 1, 29, 2));
    expect(parseInstant('2026-11-11T00:00:00')).toBe(Date.UTC(2026, 10, 10, 16));
  });
});
