// The demo event's queue simulation: one cap and the default seven-cap sweep. Reports figures only.
import { readFileSync } from 'node:fs';
import { parseAgentsCsv } from '../../shared/agents/parseAgentsCsv.ts';
import { parseForecastCsv } from '../../shared/forecast/parseForecastCsv.ts';
import { solveRoster } from '../../shared/roster/solveRoster.ts';
import { specFromRoster } from '../../shared/simulate/fromRoster.ts';
import { sweepCaps } from '../../shared/simulate/sweep.ts';
import { requirement } from '../../shared/staffing/requirement.ts';

export default async function bench(): Promise<void> {
  const rows = requirement(parseForecastCsv(readFileSync('server/demo/double11-forecast.csv', 'utf8')), {});
  const roster = solveRoster({ requirement: rows, agents: parseAgentsCsv(readFileSync('server/demo/agents.csv', 'utf8')) });
  const spec = specFromRoster(rows, roster.assignments);
  for (const caps of [[4], [3, 4, 5, 6, 8, 10, 15]]) {
    const started = performance.now();
    const result = sweepCaps({ ...spec, caps });
    const ms = performance.now() - started;
    const chats = result.caps[0].overall.arrivals;
    console.log(`demo, caps ${caps.join(',')}: ${chats} chats per cap, ${Math.round(ms)} ms, best cap ${result.best.cap}, p90 first response ${result.caps.map((c) => `${c.cap}:${c.overall.firstResponse.p90 ?? 'never'}`).join(' ')}`);
  }
}
