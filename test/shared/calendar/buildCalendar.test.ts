import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCalendar, buildCalendarReference } from '../../../shared/calendar/buildCalendar.ts';
import { DomainError } from '../../../shared/errors.ts';
import { earlyShift, options, templates } from './fixtures.ts';
import { readIcs } from './icsReader.ts';

const input = (shifts: ReturnType<typeof earlyShift>[], name = 'Double 11 · 张三') => ({ name, shifts, templates });

describe('buildCalendar', () => {
  it('writes a shift as a VEVENT with TZID, VTIMEZONE, stored UID and SEQUENCE, and DTSTAMP from publishedAt in UTC', () => {
    const ics = buildCalendar(input([earlyShift('A001', '张三', 10, { sequence: 3, cap: 5, note: '09:00 高峰' })]), options);
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai\r\n');
    expect(ics).toContain('DTSTART;TZID=Asia/Shanghai:20261110T080000\r\n');
    expect(ics).toContain('DTEND;TZID=Asia/Shanghai:20261110T160000\r\n');
    expect(ics).toContain('UID:shift-A001/2026-11-10@peak-roster\r\n');
    expect(ics).toContain('SEQUENCE:3\r\n');
    expect(ics).toContain('DTSTAMP:20261109T103000Z\r\n');
    expect(ics).toContain('STATUS:CONFIRMED\r\n');
    const [event] = readIcs(ics).events;
    expect(event.summary).toBe('早班 Early · 售前 Pre-sale');
    expect(event.description).toBe('坐席 Agent: 张三 (A001)\n队列 Queue: 售前 Pre-sale\n接待上限 Cap: 5 同时接待 concurrent chats\n备注 Note: 09:00 高峰');
  });

  it('names the queue a reassigned agent came from, and the agent in shared feeds', () => {
    const moved = earlyShift('A070', '李四', 11, { reassignedFrom: 'after_sale' });
    expect(readIcs(buildCalendar(input([moved]), options)).events[0].summary).toBe('早班 Early · 售前 Pre-sale (from 售后 After-sale)');
    const team = readIcs(buildCalendar(input([moved]), { ...options, showAgentName: true })).events[0];
    expect(team.summary).toBe('李四 · 早班 Early · 售前 Pre-sale (from 售后 After-sale)');
    expect(team.description).toContain('调岗 Reassigned from: 售后 After-sale');
  });

  it('sends a removed shift as STATUS:CANCELLED while it is inside the window, and drops it after', () => {
    const shifts = [earlyShift('A001', '张三', 9, { status: 'cancelled', sequence: 2 }), earlyShift('A001', '张三', 12, { status: 'cancelled', sequence: 1 }), earlyShift('A001', '张三', 13)];
    const events = readIcs(buildCalendar(input(shifts), { ...options, window: { start: '2026-11-10T00:00:00+08:00' } })).events;
    expect(events.map((e) => [e.uid, e.status, e.sequence])).toEqual([
      ['shift-A001/2026-11-12@peak-roster', 'CANCELLED', 1],
      ['shift-A001/2026-11-13@peak-roster', 'CONFIRMED', 0],
    ]);
    expect(events[0].summary).toBe('已取消 Cancelled · 早班 Early · 售前 Pre-sale');
  });

  it('gives the same bytes for the same roster, whatever order storage returned it in', () => {
    const shifts = [earlyShift('A002', '王五', 10), earlyShift('A001', '张三', 10), earlyShift('A001', '张三', 9)];
    const first = buildCalendar(input(shifts), options);
    expect(buildCalendar(input([...shifts].reverse()), options)).toBe(first);
    expect(readIcs(first).events.map((e) => e.uid)).toEqual(['shift-A001/2026-11-09@peak-roster', 'shift-A001/2026-11-10@peak-roster', 'shift-A002/2026-11-10@peak-roster']);
  });

  it('matches what ical-generator writes on its own, byte for byte', () => {
    const long = '欧阳·娜娜 '.repeat(12) + '👩‍💻🇨🇳 café, "q"; \\ end';
    const shifts = [earlyShift('A151', 'O\'Brien, Zoë; "night" \\ lead', 10, { note: long, cap: 4 }), earlyShift('A152', '=HYPERLINK("x")', 11, { status: 'cancelled', sequence: 5 })];
    for (const extra of [{}, { showAgentName: true, refreshSeconds: 3600 }]) {
      expect(buildCalendar(input(shifts, long), { ...options, ...extra })).toBe(buildCalendarReference(input(shifts, long), { ...options, ...extra }));
    }
  });

  it('folds any text exactly as ical-generator does', () => {
    const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 120 }), fc.string({ unit: fc.constantFrom('a', 'é', '张', '😀', '\\', ','), maxLength: 120 }));
    fc.assert(
      fc.property(text, text, (name, note) => {
        const feed = input([earlyShift('A1', name, 10, { note })], name);
        expect(buildCalendar(feed, { ...options, showAgentName: true })).toBe(buildCalendarReference(feed, { ...options, showAgentName: true }));
      }),
      { numRuns: 200 },
    );
    // Hundreds of builds and parses: allow for a loaded CI machine rather than vitest's 5 s default.
  }, 30_000);

  it('escapes the calendar name, which ical-generator writes verbatim, so a newline cannot start a property', () => {
    const ics = buildCalendar(input([earlyShift('A001', '张三', 10)], 'Team 1\nMETHOD:CANCEL; x, y'), options);
    expect(ics).toContain('NAME:Team 1\\nMETHOD:CANCEL\\; x\\, y\r\n');
    expect(ics).not.toMatch(/^METHOD:/m);
  });

  it('writes an empty feed as a valid calendar with no events', () => {
    const ics = buildCalendar(input([]), options);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(readIcs(ics).events).toEqual([]);
  });

  it('rejects shifts it cannot place in time, naming the shift', () => {
    const bad = (extra: Partial<ReturnType<typeof earlyShift>>) => () => buildCalendar(input([earlyShift('A001', '张三', 10, extra)]), options);
    expect(bad({ start: '2026-11-31T08:00:00+08:00' })).toThrow(/A001\/2026-11-10 start/);
    expect(bad({ end: '2026-11-10T07:00:00+08:00' })).toThrow(DomainError);
    expect(bad({ sequence: -1 })).toThrow(/SEQUENCE/);
    expect(() => buildCalendar(input([]), { ...options, publishedAt: 'yesterday' })).toThrow(/publishedAt/);
  });
});
