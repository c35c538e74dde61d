import { DomainError } from '../../shared/errors.ts';
import { cliResult, parseCliSpec } from './simulateFile.ts';
import { sweepCaps } from '../../shared/simulate/sweep.ts';
import { inFile, parseOptions, readJsonFile, type CliCommand } from './command.ts';

/** `simulate --spec FILE`: the cap sweep of a simulate file (see server/cli/simulateFile.ts and the README) as JSON on stdout. */
export const simulateCommand: CliCommand = {
  summary: 'queue simulation of a spec file: --spec FILE.json (JSON to stdout)',
  async run(args) {
    const { spec: path } = parseOptions(args, { spec: { type: 'string' } });
    if (!path) throw new DomainError('INVALID_INPUT', 'usage: simulate --spec FILE.json');
    const spec = inFile(path, () => parseCliSpec(readJsonFile(path)));
    process.stdout.write(`${JSON.stringify(cliResult(sweepCaps(spec)))}\n`);
    return 0;
  },
};
