import { checkRequirement, onlineShareSchema } from '../../shared/chat/checkRequirement.ts';
import { DomainError } from '../../shared/errors.ts';
import { forecastOption, inFile, parseOptions, readForecastFile, readParamsFile, type CliCommand } from './command.ts';

/** `check-requirement --forecast FILE [--params FILE] [--online-share S]`: promised against simulated service level and abandonment per hour and queue, as JSON. */
export const checkRequirementCommand: CliCommand = {
  summary: 'simulate the requirement\'s own staffing (or a share of it) hour by hour and compare its promised service level and abandonment: --forecast FILE.csv [--params FILE.json] [--online-share 0.8]',
  async run(args) {
    const options = parseOptions(args, { forecast: { type: 'string' }, params: { type: 'string' }, 'online-share': { type: 'string' } });
    const forecastPath = forecastOption(options.forecast);
    const forecast = readForecastFile(forecastPath);
    const params = readParamsFile(options.params);
    const onlineShare = onlineShareOf(options['online-share']);
    const check = inFile(forecastPath, () => checkRequirement(forecast, params, { onlineShare }));
    const hours = check.hours.map(({ hourStart, queue, chats, online, promised, simulated, abandoned, simulatedAbandoned }) => JSON.stringify({ hourStart, queue, chats, online, promised, simulated, abandoned, simulatedAbandoned }));
    const summary = { meanAbsDiff: check.meanAbsDiff, worstAbsDiff: check.worstAbsDiff, abandonedMeanAbsDiff: check.abandonedMeanAbsDiff, abandonedWorstAbsDiff: check.abandonedWorstAbsDiff };
    const lines = Object.entries(summary).map(([key, value]) => `"${key}": ${value}`);
    process.stdout.write(`{\n"hours": [\n${hours.join(',\n')}\n],\n${lines.join(',\n')}\n}\n`);
    return 0;
  },
};

function onlineShareOf(flag: string | undefined): number | undefined {
  if (flag === undefined) return undefined;
  const parsed = onlineShareSchema.safeParse(flag.trim() === '' ? NaN : Number(flag));
  if (parsed.success) return parsed.data;
  const message = `${flag} is not a share of the requirement's agents in (0, 1]`;
  throw new DomainError('INVALID_INPUT', `--online-share: ${message}`, [{ field: '--online-share', message }]);
}
