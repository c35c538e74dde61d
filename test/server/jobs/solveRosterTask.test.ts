// The solve job's worker task with the cap lever: one progress report per candidate solved, and the caps and
// requirement it chose handed back for the job to store with the roster.
import { describe, expect, it } from 'vitest';
import { parseAgentsCsv } from '../../../shared/agents/parseAgentsCsv.ts';
import { parseForecastCsv } from '../../../shared/forecast/parseForecastCsv.ts';
import { defaultRosterRules } from '../../../shared/roster/rulesSchema.ts';
import { requirement } from '../../../shared/staffing/requirement.ts';
import { paramsWithCaps } from '../../../shared/staffing/requirementAtCap.ts';
import { solveRosterTask } from '../../../server/jobs/tasks/solveRosterTask.ts';

/** Two days, three queues, twelve agents: small enough to solve a few times in a test. */
function smallEvent() {
  const lines = ['hour_start,queue,inquiries'];
  for (let h = 0; h < 48; h++) {
    const stamp = `2026-11-${String(10 + Math.floor(h / 24)).padStart(2, '0')}T${String(h % 24).padStart(2, '0')}:00:00+08:00`;
    lines.push(`${stamp},pre_sale,${h % 24 >= 8 ? 120 : 10}`, `${stamp},after_sale,30`, `${stamp},logistics,5`);
  }
  const staff = ['agent_id,name,primary_queue,cross_trained_for,contract,team'];
  for (let i = 0; i < 12; i++) staff.push(`A${i},Agent ${i},${['pre_sale', 'after_sale', 'logistics'][i % 3]},${i % 3 === 0 ? '' : 'pre_sale'},full_time,T1`);
  return { forecast: parseForecastCsv(lines.join('\n')), agents: parseAgentsCsv(staff.join('\n')) };
}

describe('solveRosterTask', () => {
  it('reports progress once per cap candidate and returns the chosen caps with the requirement at them', () => {
    const { forecast, agents } = smallEvent();
    const progress: { percent: number; phase: string }[] = [];
    const output = solveRosterTask(
      { requirement: requirement(forecast, {}), agents, rules: defaultRosterRules(), forecast, requirementParams: {}, levers: { caps: { pre_sale: [2, 6] } } },
      (percent, phase) => progress.push({ percent, phase }),
    );
    const perCandidate = progress.filter((p) => p.phase.startsWith('cap lever:'));
    expect(perCandidate.map((p) => p.phase.split(' costs')[0])).toEqual(['cap lever: pre_sale 2', 'cap lever: pre_sale 6']);
    expect(perCandidate[1].percent).toBeGreaterThan(perCandidate[0].percent);
    const chosen = output.chosen!;
    expect(output.result.levers?.caps).toEqual(chosen.caps);
    expect([2, 6]).toContain(chosen.caps.pre_sale);
    expect(chosen.requirement).toEqual(requirement(forecast, paramsWithCaps({}, chosen.caps)));
  });

  it('hands back no choice when the levers list no candidate caps', () => {
    const { forecast, agents } = smallEvent();
    const output = solveRosterTask({ requirement: requirement(forecast, {}), agents, rules: defaultRosterRules(), forecast, requirementParams: {}, levers: {} }, () => {});
    expect(output.chosen).toBeUndefined();
    expect(output.result.levers?.caps).toEqual({});
  });
});
