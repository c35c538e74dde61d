import { DomainError } from '../../shared/errors.ts';
import { solveRoster } from '../../shared/roster/solveRoster.ts';
import { compareScenarios } from '../../shared/scenario/compareScenarios.ts';
import { scenarioOutcome } from '../../shared/scenario/outcome.ts';
import { parseScenarioParams } from '../../shared/scenario/params.ts';
import { applySetExpressions } from '../../shared/scenario/setExpressions.ts';
import { specFromRoster } from '../../shared/simulate/fromRoster.ts';
import { simulatePlanned } from '../../shared/simulate/sweep.ts';
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

/** The simulation as planned: each queue at its own cap, chat model, target and shrinkage (the API also sweeps caps). */
function simulateAsPlanned(inputs: Inputs, roster: ReturnType<typeof solve>, seed: number) {
  const result = simulatePlanned(specFromRoster(inputs.requirement, roster.assignments, { seed, breakShare: inputs.params.simulationBreakShare }, resolveAllQueueParams(inputs.params.requirement))).overall;
  return {
    serviceLevel: result.withinSla,
    p90FirstResponseSeconds: result.firstResponse.p90 ?? Number.POSITIVE_INFINITY,
    abandonmentRate: result.arrivals ? result.abandoned / result.arrivals : 0,
  };
}

function outcome(id: number, name: string, version: number, inputs: Inputs) {
  const roster = solve(inputs);
  return scenarioOutcome({
    simulation: simulateAsPlanned(inputs, roster, 1),
    scenarioId: id,
    name,
    version,
    requirement: inputs.requirement,
    roster: { stats: roster.stats, shortfall: roster.shortfall, reassignmentCount: roster.reassignments.length, assignments: roster.assignments },
    timeZone: inputs.event.timeZone,
  });
}

/** `whatif --event ID --set key=value ...`: solves the baseline and the changed copy and prints the comparison as JSON. */
export const whatifCommand: CliCommand = {
  summary: 'compare a what-if against the baseline: --event ID --set cap=8 --set volume.pre_sale=1.2 ...',
  async run(args) {
    const options = parseOptions(args, { event: { type: 'string' }, set: { type: 'string', multiple: true } });
    if (!options.event || !/^\d{1,9}$/.test(options.event)) throw new DomainError('INVALID_INPUT', 'usage: whatif --event ID --set key=value [--set key=value ...]');
    const sets = (options.set as string[] | undefined) ?? [];
    if (sets.length === 0) throw new DomainError('INVALID_INPUT', 'give at least one --set key=value (e.g. cap=8, volume.pre_sale=1.2, aht=600, add.pre_sale=20)');
    const config = readConfig();
    const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
    try {
      const eventId = Number(options.event);
      const base = await loadEventBase(database.db, eventId);
      const baseline = await getBaseline(database.db, eventId);
      const baselineParams = parseScenarioParams(baseline.params);
      const whatifParams = applySetExpressions(baselineParams, sets);
      const comparison = compareScenarios([
        outcome(baseline.id, baseline.name, baseline.version, applyScenario(base, baselineParams)),
        outcome(0, `what-if: ${sets.join(', ')}`, 0, applyScenario(base, whatifParams)),
      ]);
      process.stdout.write(`${JSON.stringify({ eventId, set: sets, params: whatifParams, ...comparison }, null, 2)}\n`);
      return 0;
    } finally {
      await database.close();
    }
  },
};
