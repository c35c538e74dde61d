import { decodeText } from '../../shared/csv/decodeText.ts';
import { DomainError } from '../../shared/errors.ts';
import { parseForecastCsv } from '../../shared/forecast/parseForecastCsv.ts';
import { parseRequirementParams, requirement, type RequirementParams } from '../../shared/staffing/requirement.ts';
import { inFile, parseOptions, readInputFile, readJsonFile, type CliCommand } from './command.ts';

/** `requirement --forecast FILE [--params FILE]`: prints the agents needed per hour and queue as a JSON array. */
export const requirementCommand: CliCommand = {
  summary: 'agents needed per hour and queue: --forecast FILE.csv [--params FILE.json]',
  async run(args) {
    const options = parseOptions(args, { forecast: { type: 'string' }, params: { type: 'string' } });
    if (!options.forecast) throw new DomainError('INVALID_INPUT', 'missing --forecast FILE (a CSV of hour_start,queue,inquiries[,aht_seconds])');
    const forecastPath = options.forecast;
    const bytes = readInputFile(forecastPath);
    const forecast = inFile(forecastPath, () => parseForecastCsv(decodeText(bytes).text));
    const paramsPath = options.params;
    const params: RequirementParams = paramsPath ? inFile(paramsPath, () => parseRequirementParams(readJsonFile(paramsPath))) : {};
    const rows = inFile(forecastPath, () => requirement(forecast, params));
    process.stdout.write(`[\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]\n`);
    return 0;
  },
};
