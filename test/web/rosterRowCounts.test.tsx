// @vitest-environment happy-dom
// The roster grid's counter: the team's agents apart from the temps and borrowed staff booked alongside them.
import { cleanup, render } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import type { AgentRecord } from '../../web/src/api.ts';
import { RosterFilters } from '../../web/src/components/RosterFilters.tsx';
import type { RosterRow } from '../../web/src/components/RosterGrid.tsx';
import { setLocale } from '../../web/src/i18n/i18n.ts';
import { rosterRowCounts, type RosterRowCounts } from '../../web/src/state/rosterGrid.ts';

const row = (id: string): RosterRow => ({
  agent: { id, dbId: 0, active: true, name: '', primaryQueue: 'pre_sale', crossTrainedFor: [], contract: 'full_time', team: 'T01', unavailable: [] } satisfies AgentRecord,
  shifts: new Map(),
});

describe('rosterRowCounts', () => {
  it('counts the team apart from booked temps and borrowed staff', () => {
    const rows = ['A001', 'A002', 'A003', 'TEMP-001', 'TEMP-002', 'TEMP-845', 'BORROWED-001', 'BORROWED-060'].map(row);
    expect(rosterRowCounts(rows)).toEqual({ agents: 3, temps: 3, borrowed: 2 });
  });

  it('counts as the team an agent whose id only looks like a placeholder', () => {
    expect(rosterRowCounts(['TEMPLE', 'TEMP-', 'TEMP-A1', 'BORROWED', 'XTEMP-001'].map(row))).toEqual({ agents: 5, temps: 0, borrowed: 0 });
  });

  it('counts nothing in no rows', () => {
    expect(rosterRowCounts([])).toEqual({ agents: 0, temps: 0, borrowed: 0 });
  });
});

describe('the roster grid counter', () => {
  afterEach(() => {
    cleanup();
    setLocale('en');
  });

  const counter = (shown: RosterRowCounts, total: RosterRowCounts) =>
    render(() => <RosterFilters filter={{ team: '', queue: '', template: '' }} onChange={() => {}} teams={[]} templates={[]} shown={shown} total={total} />).getByTestId('roster-row-count').textContent;

  it('says how many agents the team has and, apart, how many temps and borrowed staff are booked, in both languages', () => {
    const all = { agents: 152, temps: 845, borrowed: 60 };
    setLocale('en');
    expect(counter(all, all)).toBe('152 of 152 agents + 845 of 845 temps, 60 of 60 borrowed');
    cleanup();
    setLocale('zh-CN');
    expect(counter({ agents: 12, temps: 30, borrowed: 0 }, all)).toBe('显示 12 / 152 人，另有临时工 30 / 845、借调 0 / 60');
  });

  it('names only the levers that booked anyone', () => {
    setLocale('en');
    expect(counter({ agents: 5, temps: 0, borrowed: 0 }, { agents: 5, temps: 0, borrowed: 0 })).toBe('5 of 5 agents');
    cleanup();
    expect(counter({ agents: 5, temps: 0, borrowed: 1 }, { agents: 5, temps: 0, borrowed: 1 })).toBe('5 of 5 agents + 1 of 1 borrowed');
  });
});
