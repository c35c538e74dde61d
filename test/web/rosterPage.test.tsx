// @vitest-environment happy-dom
// The roster grid's filters by team, queue and shift template, on a page fed by a stand-in API.
import { cleanup, fireEvent, render } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { QueueCode } from '../../shared/types.ts';
import { LEGAL_FIGURES } from '../../shared/labour/legalFigures.ts';
import type { AgentRecord, RosterDetail, Scenario } from '../../web/src/api.ts';
import { setLocale } from '../../web/src/i18n/i18n.ts';
import { InEvent } from './inEvent.tsx';

const data = vi.hoisted(() => ({ agents: [] as unknown[], roster: {} as unknown, templates: [] as unknown[], legalExcess: {} as unknown, legalExcessAsked: [] as number[] }));
vi.mock('../../web/src/api.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../web/src/api.ts')>();
  return { ...actual, api: { ...actual.api, agents: async () => data.agents, roster: async () => data.roster, templates: async () => data.templates, legalExcess: async (rosterId: number) => (data.legalExcessAsked.push(rosterId), data.legalExcess), eventStatus: async () => ({ published: null, scenarios: [{ scenarioId: 7, roster: { id: 3 } }] }) } };
});
// Solving and publishing are not what is tested here.
vi.mock('../../web/src/components/SolvePanel.tsx', () => ({ SolvePanel: () => null }));

const { default: RosterPage } = await import('../../web/src/pages/RosterPage.tsx');

const agent = (id: string, primaryQueue: QueueCode, team: string): AgentRecord => ({ id, dbId: Number(id.slice(1)), active: true, name: `Agent ${id}`, primaryQueue, crossTrainedFor: [], contract: 'full_time', team, unavailable: [] });
const TEMPLATES = [
  { code: 'D', nameZh: '白班', nameEn: 'Day', startHour: 9, durationHours: 8 },
  { code: 'E', nameZh: '晚班', nameEn: 'Evening', startHour: 16, durationHours: 8 },
  { code: 'N', nameZh: '夜班', nameEn: 'Night', startHour: 0, durationHours: 8 },
];
let nextId = 1;
function shift(agentId: string, day: string, template: string, queue: QueueCode, reassignedFrom?: QueueCode): RosterDetail['assignments'][number] {
  const startHour = TEMPLATES.find((tpl) => tpl.code === template)!.startHour;
  const start = `${day}T${String(startHour).padStart(2, '0')}:00:00+08:00`;
  const end = new Date(Date.parse(start) + 8 * 3_600_000).toISOString();
  return { id: nextId++, uid: `${agentId}/${day}`, sequence: 0, status: 'confirmed', note: null, agentId, queue, template, start, end, ...(reassignedFrom ? { reassignedFrom } : {}) };
}

function renderPage() {
  const scenario = { id: 7 } as Scenario;
  return render(() => (
    <InEvent scenario={() => scenario}>
      <RosterPage />
    </InEvent>
  ));
}

describe('RosterPage filters', () => {
  beforeEach(() => {
    setLocale('en');
    data.templates = TEMPLATES;
    data.agents = [agent('A001', 'pre_sale', 'T01'), agent('A002', 'pre_sale', 'T01'), agent('A003', 'after_sale', 'T02'), agent('A004', 'logistics', 'T02'), agent('A005', 'logistics', 'T03')];
    data.legalExcess = {
      rosterId: 3,
      legalFigures: { ...LEGAL_FIGURES },
      rows: [{ agentId: 'A001', kind: 'weekHours', from: '2026-11-10', to: '2026-11-11', hours: 48, limit: 40, overtimeHours: 8, payRatePercent: 150, overtimePayHours: 12 }],
    };
    data.roster = {
      id: 3, eventId: 1, scenarioId: 7, scenarioVersion: 1, status: 'draft', createdAt: '2026-11-01T00:00:00Z', publishedAt: null, shortfall: [], reassignments: [],
      assignments: [
        shift('A001', '2026-11-10', 'D', 'pre_sale'),
        shift('A001', '2026-11-11', 'D', 'pre_sale'),
        shift('A002', '2026-11-10', 'N', 'pre_sale'),
        shift('A003', '2026-11-10', 'D', 'after_sale'),
        // A003 moves to pre-sale on the 11th.
        shift('A003', '2026-11-11', 'E', 'pre_sale', 'after_sale'),
        shift('A004', '2026-11-11', 'E', 'logistics'),
      ],
    };
  });
  afterEach(cleanup);

  const shown = (page: ReturnType<typeof renderPage>) => page.queryAllByTestId('roster-row').map((row) => row.querySelector('.agent-id')!.textContent);
  const choose = async (page: ReturnType<typeof renderPage>, filter: string, value: string) => {
    const select = page.getByTestId(`filter-${filter}`) as HTMLSelectElement;
    select.value = value;
    expect(select.value, `${filter} has an option ${value}`).toBe(value);
    await fireEvent.change(select);
  };

  it('shows every agent, then only a chosen team’s, and every agent again on “all”', async () => {
    const page = renderPage();
    await vi.waitFor(() => expect(shown(page)).toEqual(['A001', 'A002', 'A003', 'A004', 'A005']));
    expect([...(page.getByTestId('filter-team') as HTMLSelectElement).options].map((o) => o.value)).toEqual(['', 'T01', 'T02', 'T03']);
    await choose(page, 'team', 'T02');
    expect(shown(page)).toEqual(['A003', 'A004']);
    expect(page.getByText('2 of 5 agents', { exact: false })).toBeTruthy();
    await choose(page, 'team', '');
    expect(shown(page)).toEqual(['A001', 'A002', 'A003', 'A004', 'A005']);
  });

  it('keeps the shift code readable beside the move badge, in English too, and bands the event window', async () => {
    const page = renderPage();
    await vi.waitFor(() => expect(shown(page)).toHaveLength(5));
    const badge = page.getByTestId('move-badge');
    expect(badge.textContent).toBe('→Pre');
    expect(badge.parentElement!.querySelector('.code')!.textContent).toBe('E');
    // The window runs from 11-10 10:00 to 11-12 00:00: both days of this two-day horizon.
    expect(page.container.querySelectorAll('.grid-head .cell.day.window')).toHaveLength(2);
    setLocale('zh-CN');
    expect(page.getByTestId('move-badge').textContent).toBe('→售前');
    setLocale('en');
  });

  it('shows a peak shift by its code and an overtime extension as +Nh', async () => {
    const roster = data.roster as RosterDetail;
    const extended = { ...shift('A004', '2026-11-10', 'D', 'logistics'), end: '2026-11-10T19:00:00+08:00', overtimeHours: 2 };
    const peak = { ...shift('A005', '2026-11-10', 'E', 'logistics'), template: 'P20-6', start: '2026-11-10T20:00:00+08:00', end: '2026-11-11T02:00:00+08:00' };
    data.roster = { ...roster, assignments: [...roster.assignments, extended, peak] };
    const page = renderPage();
    await vi.waitFor(() => expect(shown(page)).toHaveLength(5));
    const badge = page.getByTestId('overtime-badge');
    expect(badge.textContent).toBe('+2h');
    expect(badge.parentElement!.querySelector('.code')!.textContent).toBe('D');
    expect([...page.container.querySelectorAll('.cell.shift .code')].map((c) => c.textContent)).toContain('P20-6');
  });

  it('lists booked temps and borrowed staff as rows of their own after the team, and keys every code the roster uses', async () => {
    const roster = data.roster as RosterDetail;
    const booked = (agentId: string, template: string, start: string, end: string) => ({ ...shift('A001', '2026-11-10', 'D', 'pre_sale'), agentId, template, start, end, uid: `${agentId}/2026-11-10`, coverage: 0.77 });
    const peak = { ...shift('A005', '2026-11-10', 'E', 'logistics'), template: 'P20-6', start: '2026-11-10T20:00:00+08:00', end: '2026-11-11T02:00:00+08:00' };
    data.roster = {
      ...roster,
      assignments: [...roster.assignments, booked('TEMP-010', 'TEMP', '2026-11-10T20:00:00+08:00', '2026-11-11T02:00:00+08:00'), booked('TEMP-002', 'TEMP', '2026-11-10T08:00:00+08:00', '2026-11-10T12:00:00+08:00'), booked('BORROWED-001', 'BORROWED', '2026-11-10T21:00:00+08:00', '2026-11-11T01:00:00+08:00'), peak],
    };
    const page = renderPage();
    await vi.waitFor(() => expect(shown(page)).toEqual(['A001', 'A002', 'A003', 'A004', 'A005', 'BORROWED-001', 'TEMP-002', 'TEMP-010']));
    // The counter's agents are the team; the booked placeholders are counted apart.
    expect(page.getByTestId('roster-row-count').textContent).toBe('5 of 5 agents + 2 of 2 temps, 1 of 1 borrowed');
    await choose(page, 'template', 'TEMP');
    expect(shown(page)).toEqual(['TEMP-002', 'TEMP-010']);
    expect(page.getByTestId('roster-row-count').textContent).toBe('0 of 5 agents + 2 of 2 temps, 0 of 1 borrowed');
    await choose(page, 'queue', 'logistics');
    expect(shown(page)).toEqual([]);
    const legend = page.container.querySelector('.legend')!.textContent!;
    for (const code of ['P20-6', 'TEMP', 'BORROWED']) expect(legend).toContain(code);
  });

  it('lists the roster’s working time beyond the legal figures under the grid', async () => {
    const page = renderPage();
    await vi.waitFor(() => expect(page.queryByTestId('legal-excess-table')).not.toBeNull());
    expect(data.legalExcessAsked.at(-1)).toBe(3);
    expect(page.getByTestId('legal-excess-table').querySelector('tbody tr')!.textContent).toContain('Week over 40 h');
  });

  it('filters by queue: the agent’s own queue or any shift served on it', async () => {
    const page = renderPage();
    await vi.waitFor(() => expect(shown(page)).toHaveLength(5));
    await choose(page, 'queue', 'pre_sale');
    expect(shown(page)).toEqual(['A001', 'A002', 'A003']);
    await choose(page, 'queue', 'logistics');
    expect(shown(page)).toEqual(['A004', 'A005']);
  });

  it('filters by shift template, and the filters combine', async () => {
    const page = renderPage();
    await vi.waitFor(() => expect(shown(page)).toHaveLength(5));
    await choose(page, 'template', 'E');
    expect(shown(page)).toEqual(['A003', 'A004']);
    await choose(page, 'team', 'T01');
    expect(shown(page)).toEqual([]);
    await choose(page, 'template', 'D');
    expect(shown(page)).toEqual(['A001']);
  });
});
