import { requirement } from '../../shared/staffing/requirement.ts';
import { forecastOption, inFile, parseOptions, readForecastFile, readParamsFile, type CliCommand } from './command.ts';

/** `requirement --forecast FILE [--params FILE]`: prints the agents needed per hour and queue as a JSON array. */
export const requirementCommand: CliCommand = {
  summary: 'agents needed per hour and queue: --forecast FILE.csv [--params FILE.json]',
  async run(args) {
    const options = parseOptions(args, { forecast: { type: 'string' }, params: { type: 'string' } });
    const forecastPath = forecastOption(options.forecast);
    const forecast = readForecastFile(forecastPath);
    const params = readParamsFile(options.params);
    const rows = inFile(forecastPath, () => requirement(forecast, params));
    process.stdout.write(`[\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]\n`);
    return 0;
  },
};
