import { checkRequirement } from '../../shared/chat/checkRequirement.ts';
import { decodeText } from '../../shared/csv/decodeText.ts';
import { DomainError } from '../../shared/errors.ts';
import { parseForecastCsv } from '../../shared/forecast/parseForecastCsv.ts';
import { parseRequirementParams, type RequirementParams } from '../../shared/staffing/requirement.ts';
import { inFile, parseOptions, readInputFile, readJsonFile, type CliCommand } from './command.ts';

/** `check-requirement --forecast FILE [--params FILE]`: promised against simulated service level per hour and queue, as JSON. */
export const checkRequirementCommand: CliCommand = {
  summary: 'simulate the requirement\'s own staffing hour by hour and compare its promised service level: --forecast FILE.csv [--params FILE.json]',
  async run(args) {
    const options = parseOptions(args, { forecast: { type: 'string' }, params: { type: 'string' } });
    if (!options.forecast) throw new DomainError('INVALID_INPUT', 'missing --forecast FILE (a CSV of hour_start,queue,inquiries[,aht_seconds])');
    const forecastPath = options.forecast;
    const bytes = readInputFile(forecastPath);
    const forecast = inFile(forecastPath, () => parseForecastCsv(decodeText(bytes).text));
    const paramsPath = options.params;
    const params: RequirementParams = paramsPath ? inFile(paramsPath, () => parseRequirementParams(readJsonFile(paramsPath))) : {};
    const check = inFile(forecastPath, () => checkRequirement(forecast, params));
    const hours = check.hours.map(({ hourStart, queue, chats, promised, simulated }) => JSON.stringify({ hourStart, queue, chats, promised, simulated }));
    process.stdout.write(`{\n"hours": [\n${hours.join(',\n')}\n],\n"meanAbsDiff": ${check.meanAbsDiff},\n"worstAbsDiff": ${check.worstAbsDiff}\n}\n`);
    return 0;
  },
};
