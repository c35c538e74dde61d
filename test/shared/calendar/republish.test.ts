import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../../shared/calendar/buildCalendar.ts';
import { calendarShifts, feedName, feedShowsAgentName, shiftsInScope, type PublishedAssignment } from '../../../shared/calendar/feeds.ts';
import { planPublication } from '../../../shared/roster/publish/planPublication.ts';
import { options, templates } from './fixtures.ts';
import { readIcs } from './icsReader.ts';

const agents = [
  { id: 'A001', name: '张三', team: 'T01' },
  { id: 'A002', name: '李四', team: 'T02' },
];

function published(agentId: string, date: string, hour: number, extra: Partial<PublishedAssignment> = {}): PublishedAssignment {
  const start = `${date}T${String(hour).padStart(2, '0')}:00:00+08:00`;
  const end = new Date(Date.parse(start) + 8 * 3_600_000).toISOString();
  return { uid: `${agentId}/${date}`, agentId, queue: 'pre_sale', template: 'E', start, end, sequence: 0, status: 'confirmed', ...extra };
}

describe('re-publishing into subscribed calendars', () => {
  it('updates a shift moved within its day under the same UID with a higher SEQUENCE, and cancels a removed one', () => {
    const first = [published('A001', '2026-11-10', 8), published('A001', '2026-11-11', 8)];
    // The re-solve moves the 10th to 09:00 and drops the 11th; planPublication (agent + calendar day identity) decides.
    const next = [published('A001', '2026-11-10', 9)];
    const plan = planPublication(first, next);
    const republished = [...next.map((a) => ({ ...a, sequence: plan.sequences.get(a.uid)! })), ...plan.cancelled.map((c) => ({ ...first.find((f) => f.uid === c.uid)!, sequence: c.sequence, status: c.status }))];
    const before = readIcs(buildCalendar({ name: 'x', shifts: calendarShifts(first, agents), templates }, options)).events;
    const after = readIcs(buildCalendar({ name: 'x', shifts: calendarShifts(republished, agents), templates }, options)).events;
    expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
    expect(after.map((e) => [e.sequence, e.status])).toEqual([
      [1, 'CONFIRMED'],
      [1, 'CANCELLED'],
    ]);
    expect(after[0].startMs).toBe(Date.parse('2026-11-10T09:00:00+08:00'));
  });
});

describe('feeds', () => {
  const assignments = [published('A001', '2026-11-10', 8, { note: '带耳机', reassignedFrom: 'after_sale' }), published('A002', '2026-11-10', 16, { queue: 'logistics' }), published('T9', '2026-11-10', 0)];
  const shifts = calendarShifts(assignments, agents, { pre_sale: 5 });

  it('names each shift from the staff list, keeps note, move and cap, and falls back to the id for temporary staff', () => {
    expect(shifts[0]).toMatchObject({ id: 'A001/2026-11-10', agentName: '张三', team: 'T01', note: '带耳机', reassignedFrom: 'after_sale', cap: 5 });
    expect(shifts[1].cap).toBeUndefined();
    expect(shifts[2]).toMatchObject({ agentName: 'T9' });
    expect(shifts[2].team).toBeUndefined();
  });

  it('selects the shifts of an agent, a team, a queue or the whole event, and titles each feed', () => {
    expect(shiftsInScope(shifts, { kind: 'agent', agentId: 'A002' }).map((s) => s.agentId)).toEqual(['A002']);
    expect(shiftsInScope(shifts, { kind: 'team', team: 'T01' }).map((s) => s.agentId)).toEqual(['A001']);
    expect(shiftsInScope(shifts, { kind: 'queue', queue: 'pre_sale' }).map((s) => s.agentId)).toEqual(['A001', 'T9']);
    expect(shiftsInScope(shifts, { kind: 'event' })).toHaveLength(3);
    expect(feedName({ kind: 'agent', agentId: 'A001' }, 'Double 11', '张三')).toBe('Double 11 · 张三');
    expect(feedName({ kind: 'team', team: 'T01' }, 'Double 11')).toBe('Double 11 · 班组 Team T01');
    expect(feedName({ kind: 'queue', queue: 'logistics' }, 'Double 11')).toBe('Double 11 · 查件 Logistics');
    expect([feedShowsAgentName({ kind: 'agent', agentId: 'A001' }), feedShowsAgentName({ kind: 'event' })]).toEqual([false, true]);
  });
});
