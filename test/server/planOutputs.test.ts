import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';

// ical.js does not know the calendar-name properties; read them as TEXT so escapes are undone.
ICAL.design.icalendar.property['x-wr-calname'] = { defaultType: 'text' };

describe('plan --out calendars and spreadsheet', () => {
  it('writes one feed per agent and team plus roster.xlsx for the demo, with names intact', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'plan-out-')), 'out');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli.ts', 'plan', '--forecast', 'server/demo/double11-forecast.csv', '--agents', 'server/demo/agents.csv', '--out', out], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/wrote \d+ files/);
    const calendars = readdirSync(join(out, 'calendars'));
    expect(calendars.filter((f) => f.startsWith('agent-'))).toHaveLength(152);
    expect(calendars).toContain('team-T16.ics');
    expect(existsSync(join(out, 'roster.xlsx'))).toBe(true);
    const ics = readFileSync(join(out, 'calendars', 'agent-A151.ics'), 'utf8');
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Peak Roster · O\'Brien, Zoë; "night" \\ lead');
    expect(calendar.getAllSubcomponents('vevent').length).toBeGreaterThan(0);
    expect(independentRotationCheck(JSON.parse(readFileSync(join(out, 'roster.json'), 'utf8')), readFileSync('server/demo/agents.csv', 'utf8'))).toEqual([]);
  });
});

interface WireAssignment {
  agentId: string;
  template: string;
  start: string;
  end: string;
}

/**
 * Rotation, rest and rest days checked from roster.json alone, without the engine's rule functions:
 * types by the local start hour, dates from the ISO text (the demo is all +08:00), the event window of
 * the demo (2026-11-10 08:00 to 11-12 02:00), whose shifts do not count for rotation.
 */
function independentRotationCheck(roster: { assignments: WireAssignment[] }, agentsCsv: string): string[] {
  const fullTime = new Set(agentsCsv.split('\n').filter((line) => line.includes(',full_time,')).map((line) => line.split(',')[0]));
  const eventStart = Date.parse('2026-11-10T08:00:00+08:00');
  const eventEnd = Date.parse('2026-11-12T02:00:00+08:00');
  const dayOfMs = (ms: number) => Math.floor((ms - Date.parse('2026-11-08T00:00:00+08:00')) / 86_400_000);
  const dayIndex = (iso: string) => dayOfMs(Date.parse(iso));
  const hourOf = (iso: string) => Number(iso.slice(11, 13));
  const type = (a: WireAssignment) => (hourOf(a.start) < 6 ? 'night' : hourOf(a.start) < 16 ? 'early' : 'middle');
  const problems: string[] = [];
  const byAgent = new Map<string, WireAssignment[]>();
  for (const a of roster.assignments) byAgent.set(a.agentId, [...(byAgent.get(a.agentId) ?? []), a]);
  for (const [agentId, shifts] of byAgent) {
    shifts.sort((x, y) => Date.parse(x.start) - Date.parse(y.start));
    // A rest day in every 7: no seven calendar days in a row with work.
    const worked = new Set(shifts.flatMap((s) => [dayIndex(s.start), dayOfMs(Date.parse(s.end) - 1)]));
    for (const d of worked) if ([1, 2, 3, 4, 5, 6].every((k) => worked.has(d + k))) problems.push(`${agentId}: seven working days from day ${d}`);
    // A whole calendar day off after a night before a day shift.
    for (let i = 1; i < shifts.length; i++) {
      if (type(shifts[i - 1]) === 'night' && type(shifts[i]) !== 'night' && dayIndex(shifts[i].start) - dayIndex(shifts[i - 1].start) < 2) problems.push(`${agentId}: ${shifts[i].start} right after a night`);
    }
    if (!fullTime.has(agentId)) continue;
    const counted = shifts.filter((s) => Date.parse(s.end) <= eventStart || Date.parse(s.start) >= eventEnd);
    for (let w = -13; w < 18; w++) {
      const inWindow = counted.filter((s) => dayIndex(s.start) >= w && dayIndex(s.start) < w + 14);
      for (const t of ['early', 'middle', 'night']) {
        const n = inWindow.filter((s) => type(s) === t).length;
        if (n > 5) problems.push(`${agentId}: ${n} ${t} shifts in the 14 days from day ${w}`);
        if (inWindow.length >= 8 && n > (2 / 3) * inWindow.length) problems.push(`${agentId}: ${n} of ${inWindow.length} shifts ${t} in the 14 days from day ${w}`);
      }
    }
  }
  return problems;
}
