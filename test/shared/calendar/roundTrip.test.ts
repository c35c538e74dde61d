import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../../shared/calendar/buildCalendar.ts';
import { calendarText } from '../../../shared/calendar/icsText.ts';
import { earlyShift, hostile, options, templates } from './fixtures.ts';
import { lineOctets, readIcs } from './icsReader.ts';

const SUFFIX = ' · 早班 Early · 售前 Pre-sale';

describe('ICS round trip through ical.js', () => {
  it('gives back the demo staff names with comma, semicolon, quotes, backslash and a formula exactly as written', () => {
    const shifts = hostile.map((a, i) => earlyShift(a.id, a.name, 10 + i, { note: a.name }));
    const read = readIcs(buildCalendar({ name: hostile[0].name, shifts, templates }, { ...options, showAgentName: true }));
    expect(read.name).toBe('O\'Brien, Zoë; "night" \\ lead');
    expect(read.events.map((e) => e.summary)).toEqual(['O\'Brien, Zoë; "night" \\ lead' + SUFFIX, '=HYPERLINK("x")' + SUFFIX]);
    expect(read.events[1].description).toContain('备注 Note: =HYPERLINK("x")');
  });

  it('resolves start and end through the VTIMEZONE to the same instants', () => {
    const shifts = [earlyShift('A001', '张三', 10), { ...earlyShift('A001', '张三', 11), template: 'N', start: '2026-11-11T00:00:00+08:00', end: '2026-11-11T08:00:00+08:00' }];
    const events = readIcs(buildCalendar({ name: 'x', shifts, templates }, options)).events;
    // The host runs in UTC: a floating or host-zone reading would be 8 hours off.
    expect(events.map((e) => [e.startZone, e.startMs, e.endZone, e.endMs])).toEqual(
      shifts.map((s) => ['Asia/Shanghai', Date.parse(s.start), 'Asia/Shanghai', Date.parse(s.end)]),
    );
  });

  it('keeps any Unicode name and note: escaped, folded to 75 octets, and read back the same', () => {
    const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: fc.constantFrom(',', ';', '\\', '"', '\n', '\r', ' ', '张', '😀'), maxLength: 80 }));
    fc.assert(
      fc.property(fc.array(fc.record({ name: text, note: text }), { minLength: 1, maxLength: 4 }), text, (people, calendarName) => {
        const shifts = people.map((p, i) => earlyShift(`A${i}`, p.name, 10 + i, { note: p.note }));
        const ics = buildCalendar({ name: calendarName, shifts, templates }, { ...options, showAgentName: true });
        expect(Math.max(...lineOctets(ics))).toBeLessThanOrEqual(75);
        const read = readIcs(ics);
        expect(read.name).toBe(calendarText(calendarName));
        read.events.forEach((event, i) => {
          expect(event.summary).toBe(calendarText(people[i].name) + SUFFIX);
          const note = calendarText(people[i].note);
          if (note) expect(event.description.endsWith(`备注 Note: ${note}`)).toBe(true);
          expect(event.startMs).toBe(Date.parse(shifts[i].start));
        });
      }),
      { numRuns: 300 },
    );
    // Hundreds of builds and parses: allow for a loaded CI machine rather than vitest's 5 s default.
  }, 30_000);
});

describe('calendarText', () => {
  it('keeps printable text and tabs, turns CR and CRLF into LF, drops forbidden controls and lone surrogates', () => {
    expect(calendarText('a,b;"c"\\\td 张😀')).toBe('a,b;"c"\\\td 张😀');
    expect(calendarText('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
    expect(calendarText('a\u0000b\u001Bc\u007F')).toBe('abc');
    expect(calendarText('x\uD800y\uDC00')).toBe('x\uFFFDy\uFFFD');
  });
});
