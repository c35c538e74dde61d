// What the rotation and rest rules (issue 17) cost on the demo: the same solve with the rules relaxed
// (no cap on one shift type, no day off required after nights) and as set, in paid hours, short
// agent-hours and the weighted objective. Median of three solves each; figures only.
import { readFileSync } from 'node:fs';
import { parseAgentsCsv } from '../../shared/agents/parseAgentsCsv.ts';
import { parseForecastCsv } from '../../shared/forecast/parseForecastCsv.ts';
import { defaultRosterRules, type RosterRules } from '../../shared/roster/rulesSchema.ts';
import { solveRoster } from '../../shared/roster/solveRoster.ts';
import { parseRequirementParams, requirement } from '../../shared/staffing/requirement.ts';

const demoFile = (name: string) => readFileSync(new URL(`../../server/demo/${name}`, import.meta.url), 'utf8');

export default async function rotationBench(): Promise<void> {
  const rows = requirement(parseForecastCsv(demoFile('double11-forecast.csv')), parseRequirementParams({}));
  const agents = parseAgentsCsv(demoFile('agents.csv'));
  const rules = defaultRosterRules();
  const relaxed: RosterRules = { ...rules, rotation: { ...rules.rotation, maxSameType: rules.rotation.windowDays }, daysOffAfterNights: 0 };
  const results = [];
  for (const [label, set] of [['without rotation and rest after nights', relaxed], ['with them (the defaults)', rules]] as const) {
    const times: number[] = [];
    let last;
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      last = solveRoster({ requirement: rows, agents, rules: set });
      times.push(performance.now() - started);
    }
    const r = last!;
    results.push(r);
    times.sort((a, b) => a - b);
    console.log(`demo ${label}: paid ${r.stats.paidHours} h, short ${r.summary.totalAgentHours} agent-hours, weighted ${r.stats.objective}, gap to bound ${(r.stats.gap * 100).toFixed(2)} %, ${r.violations.length} violations, median ${times[1].toFixed(0)} ms`);
  }
  const [off, on] = results;
  console.log(`rotation costs ${on.stats.paidHours - off.stats.paidHours} paid hours and ${on.summary.totalAgentHours - off.summary.totalAgentHours} short agent-hours (${(((on.stats.objective - off.stats.objective) / off.stats.objective) * 100).toFixed(2)} % of the weighted objective)`);
}
