import { describe, expect, it } from 'vitest';
import { foldLines } from '../../../shared/calendar/foldLines.ts';
import { escapeText, shiftEventUid } from '../../../shared/calendar/icsText.ts';
import { lineOctets } from './icsReader.ts';

describe('shiftEventUid', () => {
  it('derives the same UID from the same stored id, percent-encoding what TEXT would have to escape', () => {
    expect(shiftEventUid('A001/2026-11-10')).toBe('shift-A001/2026-11-10@peak-roster');
    expect(shiftEventUid('A;1,张/2026-11-10', 'event-7.roster.example')).toBe('shift-A%3B1%2C%E5%BC%A0/2026-11-10@event-7.roster.example');
    expect(() => shiftEventUid('A1', 'bad domain')).toThrow(/uidDomain|host name/);
    expect(() => shiftEventUid('')).toThrow(/empty/);
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and newline as RFC 5545 TEXT', () => {
    expect(escapeText('a\\b;c,d\r\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });
});

describe('foldLines', () => {
  it('folds at 75 octets without splitting a character, and unfolding restores the line', () => {
    const line = `SUMMARY:${'张😀a'.repeat(40)}`;
    const folded = foldLines(`${line}\r\nEND:VEVENT\r\n`);
    expect(Math.max(...lineOctets(folded))).toBeLessThanOrEqual(75);
    expect(folded).not.toMatch(/[\uD800-\uDBFF]\r\n/);
    expect(folded.replace(/\r\n /g, '')).toBe(`${line}\r\nEND:VEVENT\r\n`);
    expect(foldLines('UID:short\r\n')).toBe('UID:short\r\n');
  });
});
