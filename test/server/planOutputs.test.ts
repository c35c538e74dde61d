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
  });
});
