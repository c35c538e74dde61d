import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAgentsCsv } from '../../shared/agents/parseAgentsCsv.ts';
import { decodeText } from '../../shared/csv/decodeText.ts';
import { DomainError } from '../../shared/errors.ts';
import { planRoster, type PlannedRoster } from '../../shared/levers/planRoster.ts';
import { leversSchema, type Levers } from '../../shared/levers/schema.ts';
import { planFile } from '../../shared/levers/planFile.ts';
import { defaultRosterRules, rosterRulesSchema, type RosterRules } from '../../shared/roster/rulesSchema.ts';
import { rulesWithLevers } from '../../shared/roster/peakTemplates.ts';
import { resolveQueueParams } from '../../shared/staffing/params.ts';
import { requirement } from '../../shared/staffing/requirement.ts';
import { QUEUE_CODES, type SolverStats } from '../../shared/types.ts';
import { writeCalendarFiles } from '../export/writeCalendarFiles.ts';
import { inFile, parseOptions, readForecastFile, readInputFile, readJsonFile, readParamsFile, type CliCommand } from './command.ts';

/** Roster rules from a JSON file; a bad field is INVALID_INPUT naming its JSON path. */
function readRules(path: string): RosterRules {
  const parsed = rosterRulesSchema.safeParse(readJsonFile(path));
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || '(root)', message: issue.message }));
  throw new DomainError('INVALID_INPUT', `${path}: invalid roster rules: field ${details[0].field}: ${details[0].message}`, details);
}

/** Money and levers from a JSON file; a bad field is INVALID_INPUT naming its JSON path. */
function readLevers(path: string): Levers {
  const parsed = leversSchema.safeParse(readJsonFile(path));
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || '(root)', message: issue.message }));
  throw new DomainError('INVALID_INPUT', `${path}: invalid levers: field ${details[0].field}: ${details[0].message}`, details);
}

/** The cap lever's choice and how it was searched, when the levers list candidate caps. */
function capSearchLine({ result, capSearch }: PlannedRoster): string {
  if (!capSearch) return '';
  const chosen = (result.advice ?? []).filter((a) => a.kind === 'cap').map((a) => a.message).join(', ');
  const how = capSearch.search === 'none' ? 'one candidate per queue, no search' : 'searched queue by queue (coordinate descent), not every combination';
  const tried = capSearch.trials.map((t) => `${Object.entries(t.caps).map(([q, c]) => `${q} ${c}`).join(' ')}: ${Math.round(t.totalCny)} CNY`).join('; ');
  return `cap lever: ${chosen} (${capSearch.trials.length} solve(s), ${how}; ${tried})\n`;
}

/** The gap in money and the agent-hours below the floor, for a roster priced in CNY (stats.json has both). */
function moneyGapText(stats: SolverStats): string {
  return stats.moneyGap === undefined ? '' : `; in money ${(stats.moneyGap * 100).toFixed(1)} %, ${stats.belowFloorAgentHours ?? 0} agent-hours below the coverage floor`;
}

function writeJson(dir: string, name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
  return path;
}

/** `plan --forecast FILE --agents FILE [--rules FILE] [--params FILE] [--levers FILE] --out DIR`: requirement, roster, reassignments and stats as JSON, plus calendars and roster.xlsx. */
export const planCommand: CliCommand = {
  summary: 'roster for an event: --forecast FILE.csv --agents FILE.csv [--rules FILE.json] [--params FILE.json] [--levers FILE.json] --out DIR',
  async run(args) {
    const options = parseOptions(args, { forecast: { type: 'string' }, agents: { type: 'string' }, rules: { type: 'string' }, params: { type: 'string' }, levers: { type: 'string' }, out: { type: 'string' } });
    const { forecast: forecastPath, agents: agentsPath, rules: rulesPath, params: paramsPath, levers: leversPath, out } = options;
    if (!forecastPath || !agentsPath || !out) throw new DomainError('INVALID_INPUT', 'usage: plan --forecast FILE.csv --agents FILE.csv [--rules FILE.json] [--params FILE.json] [--levers FILE.json] --out DIR');
    const forecast = readForecastFile(forecastPath);
    const agentBytes = readInputFile(agentsPath);
    const agents = inFile(agentsPath, () => parseAgentsCsv(decodeText(agentBytes).text));
    const rules = rulesPath ? readRules(rulesPath) : undefined;
    const params = readParamsFile(paramsPath);
    const levers = leversPath ? readLevers(leversPath) : undefined;
    // Peak shifts are templates generated from the levers: the calendars and sheets must know them too.
    const effectiveRules = rulesWithLevers(rules ?? defaultRosterRules(), levers);
    const atScenarioCaps = inFile(forecastPath, () => requirement(forecast, params));
    const planned = planRoster({ forecast, params, agents, rules: effectiveRules, levers, requirement: atScenarioCaps }, { clock: () => performance.now() });
    const { result, requirement: rows } = planned;
    mkdirSync(out, { recursive: true });
    const written = [
      writeJson(out, 'requirement.json', rows),
      writeJson(out, 'roster.json', result),
      writeJson(out, 'reassignments.json', result.reassignments),
      writeJson(out, 'stats.json', result.stats),
      ...(levers ? [writeJson(out, 'plan.json', planFile(result))] : []),
      ...(await writeCalendarFiles(out, {
        eventName: 'Peak Roster',
        agents,
        assignments: result.assignments,
        templates: effectiveRules.templates,
        requirement: rows,
        reassignments: result.reassignments,
        cost: result.cost,
        // The horizon's first hour, not the clock: the same inputs give the same files.
        publishedAt: rows[0]?.hourStart ?? '1970-01-01T00:00:00Z',
        caps: Object.fromEntries(QUEUE_CODES.map((q) => [q, resolveQueueParams(planned.params, q).concurrencyCap])),
      })),
    ];
    const { stats, summary, cost } = result;
    const money = cost
      ? `cost ${Math.round(cost.totalCny)} CNY: wages ${Math.round(cost.wagesCny)}, overtime premium ${Math.round(cost.overtimeCny)}, temps ${Math.round(cost.tempsCny)}, borrowed ${Math.round(cost.borrowedCny)}, GMV at risk ${Math.round(cost.lostGmvCny)} (demo assumptions unless --levers sets money)\n` +
        (result.levers ? `levers: ${result.levers.peakShifts.length} peak shift(s), ${result.levers.overtime.length} overtime extension(s)${result.belowFloor ? `, ${result.belowFloor.length} hour(s) below the coverage floor (plan.json coverage.belowFloor)` : ''}\n` : '') +
        (result.exhausted ?? []).map((e) => `  ! ${e.message}\n`).join('') +
        capSearchLine(planned)
      : '';
    process.stdout.write(
      `${result.assignments.length} shifts, ${stats.paidHours} paid hours, cost ${Math.round(stats.objective)} (LP bound ${Math.round(stats.lowerBound)}, gap ${(stats.gap * 100).toFixed(1)} %${moneyGapText(stats)}), ${result.reassignments.length} moves, ${Math.round(stats.solveMs)} ms\n` +
        money +
        `${result.objective.overtimeHours} overtime hours (premium ${Math.round(result.objective.overtimePremiumHours)} wage-hours); ${result.legalExcess.length} period(s) beyond the legal working-time figures (roster.json legalExcess, sheet 工时 Working time)\n` +
        `${summary.message}\n${result.suggestions.map((s) => `  - ${s.message}`).join('\n')}${result.suggestions.length ? '\n' : ''}` +
        `${result.violations.length} rule violation(s)\nwrote ${written.length} files to ${out}: requirement.json, roster.json, reassignments.json, stats.json, ${levers ? 'plan.json, ' : ''}${written.filter((p) => p.includes('/calendars/')).length} calendars/*.ics, roster.xlsx, roster.csv\n`,
    );
    return 0;
  },
};
