import { CAPS_TO_TRY, MAX_CAP, MAX_CAPS_LISTED, capListSchema } from '../../shared/chat/caps.ts';
import { DomainError } from '../../shared/errors.ts';
import { solveRoster } from '../../shared/roster/solveRoster.ts';
import { compareScenarios } from '../../shared/scenario/compareScenarios.ts';
import { scenarioOutcome } from '../../shared/scenario/outcome.ts';
import { parseScenarioParams } from '../../shared/scenario/params.ts';
import { applySetExpressions } from '../../shared/scenario/setExpressions.ts';
import { simulationSummary } from '../../shared/scenario/simulationSummary.ts';
import { capLeads } from '../../shared/simulate/capLeads.ts';
import { specFromRoster } from '../../shared/simulate/fromRoster.ts';
import { MIN_RECOMMENDATION_SEEDS, type CapEstimate } from '../../shared/simulate/recommendCap.ts';
import { sweepCaps, type SweepResult } from '../../shared/simulate/sweep.ts';
import { resolveAllQueueParams } from '../../shared/staffing/params.ts';
import { requirementAtCap } from '../../shared/staffing/requirementAtCap.ts';
import { readConfig } from '../config.ts';
import { openDatabase } from '../db/connect.ts';
import { getBaseline } from '../db/repositories/scenarios.ts';
import { applyScenario, loadEventBase, type ScenarioInputs } from '../services/scenarioInputs.ts';
import { parseOptions, type CliCommand } from './command.ts';

type Inputs = Omit<ScenarioInputs, 'scenario'>;

function solve(inputs: Inputs) {
  return solveRoster(
    { requirement: inputs.requirement, agents: inputs.agents, rules: inputs.rules },
    { clock: () => performance.now(), requirementForCap: (cap) => requirementAtCap(inputs.forecast, inputs.params.requirement, cap) },
  );
}

/**
 * The simulation as the API runs it: each queue at its own cap, chat model, target and shrinkage, and the caps
 * to try (the queues' own among them) over enough seeds to recommend a cap per queue.
 */
function simulate(inputs: Inputs, roster: ReturnType<typeof solve>, caps: readonly number[] | undefined) {
  const options = { caps: [...(caps ?? inputs.params.simulationCaps ?? CAPS_TO_TRY)], seed: 1, seeds: MIN_RECOMMENDATION_SEEDS, breakShare: inputs.params.simulationBreakShare };
  return sweepCaps(specFromRoster(inputs.requirement, roster.assignments, options, resolveAllQueueParams(inputs.params.requirement)));
}

/** Per queue: the cap simulated and the recommended one, each with the share within target, abandonment and average response (means and 95 % intervals). */
function capsReport(sweep: SweepResult) {
  const figures = (e: CapEstimate | null) => e && { cap: e.cap, withinTarget: e.withinTarget, abandonment: e.abandonment, averageResponseSeconds: e.averageResponseSeconds, meetsLimits: e.meetsLimits };
  return Object.fromEntries(
    capLeads(sweep.recommended, sweep.planned?.caps ?? {}).map((lead) => [
      lead.queue,
      { atOwnCap: figures(lead.atScenarioCap), recommended: { ...figures(lead.atRecommendedCap), reason: lead.recommendation.reason, tiedWith: lead.recommendation.tiedWith }, criterion: lead.recommendation.criterion, seeds: lead.recommendation.seeds },
    ]),
  );
}

function outcome(id: number, name: string, version: number, inputs: Inputs, caps: readonly number[] | undefined) {
  const roster = solve(inputs);
  const sweep = simulate(inputs, roster, caps);
  const result = scenarioOutcome({
    simulation: simulationSummary(sweep),
    scenarioId: id,
    name,
    version,
    requirement: inputs.requirement,
    roster: { stats: roster.stats, shortfall: roster.shortfall, reassignmentCount: roster.reassignments.length, assignments: roster.assignments },
    timeZone: inputs.event.timeZone,
  });
  return { outcome: result, caps: { scenarioId: id, name, byQueue: capsReport(sweep) } };
}

/** `--caps 4,8`: the caps to try besides each queue's own; absent, the scenario's or the default ones. */
function parseCapsOption(text: string | undefined): number[] | undefined {
  if (text === undefined) return undefined;
  const caps = text.split(',').map((part) => Number(part.trim()));
  const parsed = capListSchema.safeParse(caps);
  if (!parsed.success) throw new DomainError('INVALID_INPUT', `--caps "${text}": expected 1 to ${MAX_CAPS_LISTED} whole numbers from 1 to ${MAX_CAP}, separated by commas`);
  return parsed.data;
}

/** `whatif --event ID --set key=value ...`: solves the baseline and the changed copy and prints the comparison as JSON. */
export const whatifCommand: CliCommand = {
  summary: 'compare a what-if against the baseline, with the recommended cap per queue: --event ID --set cap=8 --set volume.pre_sale=1.2 ... [--caps 4,6,8]',
  async run(args) {
    const options = parseOptions(args, { event: { type: 'string' }, set: { type: 'string', multiple: true }, caps: { type: 'string' } });
    if (!options.event || !/^\d{1,9}$/.test(options.event)) throw new DomainError('INVALID_INPUT', 'usage: whatif --event ID --set key=value [--set key=value ...]');
    const sets = (options.set as string[] | undefined) ?? [];
    if (sets.length === 0) throw new DomainError('INVALID_INPUT', 'give at least one --set key=value (e.g. cap=8, volume.pre_sale=1.2, aht=600, add.pre_sale=20)');
    const caps = parseCapsOption(options.caps as string | undefined);
    const config = readConfig();
    const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
    try {
      const eventId = Number(options.event);
      const base = await loadEventBase(database.db, eventId);
      const baseline = await getBaseline(database.db, eventId);
      const baselineParams = parseScenarioParams(baseline.params);
      const whatifParams = applySetExpressions(baselineParams, sets);
      const results = [outcome(baseline.id, baseline.name, baseline.version, applyScenario(base, baselineParams), caps), outcome(0, `what-if: ${sets.join(', ')}`, 0, applyScenario(base, whatifParams), caps)];
      const comparison = compareScenarios(results.map((r) => r.outcome));
      process.stdout.write(`${JSON.stringify({ eventId, set: sets, params: whatifParams, ...comparison, caps: results.map((r) => r.caps) }, null, 2)}\n`);
      return 0;
    } finally {
      await database.close();
    }
  },
};
