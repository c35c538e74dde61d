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
