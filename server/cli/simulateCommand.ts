import { DomainError } from '../../shared/errors.ts';
import { parseSimulationSpec } from '../../shared/simulate/spec.ts';
import { sweepCaps } from '../../shared/simulate/sweep.ts';
import { inFile, parseOptions, readJsonFile, type CliCommand } from './command.ts';

/** `simulate --spec FILE`: the cap sweep of a simulation spec (see shared/simulate/spec.ts) as JSON on stdout. */
export const simulateCommand: CliCommand = {
  summary: 'queue simulation of a spec file: --spec FILE.json (JSON to stdout)',
  async run(args) {
    const { spec: path } = parseOptions(args, { spec: { type: 'string' } });
    if (!path) throw new DomainError('INVALID_INPUT', 'usage: simulate --spec FILE.json');
    const spec = inFile(path, () => parseSimulationSpec(readJsonFile(path)));
    process.stdout.write(`${JSON.stringify(sweepCaps(spec))}\n`);
    return 0;
  },
};
