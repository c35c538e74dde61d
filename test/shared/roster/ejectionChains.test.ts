import { describe, expect, it } from 'vitest';
import { rebuildAgents } from '../../../shared/roster/assign/rebuildAgents.ts';
import { allShifts } from '../../../shared/roster/assign/state.ts';
import { checkRoster } from '../../../shared/roster/rules/index.ts';
import { coverageShortfall } from '../../../shared/roster/coverageMatrix.ts';
import { sortShifts } from '../../../shared/roster/shift.ts';
import { agent, oneAgentFor, shift, stateWith } from './fixtures.ts';

const awayInTheEvening = (id: string) => agent(id, { unavailable: [{ start: '2026-11-10T16:00:00+08:00', end: '2026-11-11T00:00:00+08:00' }] });

describe('ejection chains', () => {
  // One agent needed 08-24; A works the early, B is away in the evening. Covering the evening needs
  // A to move to it (which leaves the early short: worth nothing alone) and B to take the early
  // over (worth nothing while A holds it): two changes, each alone no better.
  const agents = [agent('A'), awayInTheEvening('B')];
  const start: [string, string, string][] = [['A', 'E', '2026-11-10']];
  const requirement = oneAgentFor('2026-11-10T08:00:00+08:00', 16);

  it('covers a short hour that only a chain of two changes reaches', () => {
    const { ctx, state } = stateWith(agents, start);
    rebuildAgents(requirement, state, { rounds: 0 });
    const after = sortShifts(allShifts(state));
    expect(after).toEqual([shift(ctx, 'B', 'E', '2026-11-10'), shift(ctx, 'A', 'M', '2026-11-10')]);
    expect(coverageShortfall(requirement, after, ctx.frame)).toEqual([]);
    expect(checkRoster(after, requirement, [], ctx)).toEqual([]);
  });

  it('leaves it short without them: no single rebuild lowers the cost', () => {
    const { state } = stateWith(agents, start);
    rebuildAgents(requirement, state, { rounds: 0, chainBudget: 0 });
    expect(allShifts(state).map((s) => [s.agentId, s.template.code])).toEqual([['A', 'E']]);
  });
});
