import { parseActualsCsv } from '../../shared/actuals/parseActualsCsv.ts';
import { decodeText } from '../../shared/csv/decodeText.ts';
import { DomainError } from '../../shared/errors.ts';
import { replanRequestSchema } from '../../shared/replan/requestSchema.ts';
import { parseInstant } from '../../shared/time.ts';
import { readConfig } from '../config.ts';
import { openDatabase } from '../db/connect.ts';
import { getEvent } from '../db/repositories/events.ts';
import { suggestReplan } from '../services/replanEvent.ts';
import { inFile, parseOptions, readInputFile, type CliCommand } from './command.ts';

const USAGE = 'usage: replan --event ID --actuals FILE.csv [--now ISO] [--factor queue=x ...] [--allow overtime,callIn,move,temps] [--notice HOURS]';

/** The flags as the API's request body, checked by the same schema; a bad one is INVALID_INPUT naming the flag. */
function requestFrom(options: { now?: string; factor?: string[]; allow?: string; notice?: string }) {
  const factor = Object.fromEntries(
    (options.factor ?? []).map((pair) => {
      const [queue, value] = pair.split('=');
      return [queue, value === undefined || value.trim() === '' ? NaN : Number(value)];
    }),
  );
  const body = {
    ...(options.now !== undefined ? { now: options.now } : {}),
    ...(options.factor ? { factor } : {}),
    ...(options.allow !== undefined ? { allowed: options.allow.split(',').map((k) => k.trim()) } : {}),
    ...(options.notice !== undefined ? { noticeHours: options.notice.trim() === '' ? NaN : Number(options.notice) } : {}),
  };
  const parsed = replanRequestSchema.safeParse(body);
  if (parsed.success) return parsed.data;
  const flag: Record<string, string> = { now: '--now', factor: '--factor', allowed: '--allow', noticeHours: '--notice' };
  const issue = parsed.error.issues[0];
  const field = `${flag[String(issue.path[0])] ?? String(issue.path[0])}${issue.path.length > 1 ? ` ${issue.path.slice(1).join('.')}` : ''}`;
  throw new DomainError('INVALID_INPUT', `${field}: ${issue.message}`, [{ field, message: issue.message }]);
}

/** `replan --event ID --actuals FILE.csv [--now ISO]`: the changes that pay for the rest of the event, as JSON. */
export const replanCommand: CliCommand = {
  summary: "re-plan the event's published roster from actual volumes: --event ID --actuals FILE.csv [--now ISO] [--factor queue=x] [--allow kinds] [--notice HOURS]",
  async run(args) {
    const options = parseOptions(args, { event: { type: 'string' }, actuals: { type: 'string' }, now: { type: 'string' }, factor: { type: 'string', multiple: true }, allow: { type: 'string' }, notice: { type: 'string' } });
    if (!options.event || !/^\d{1,9}$/.test(options.event)) throw new DomainError('INVALID_INPUT', `--event: expected an event id. ${USAGE}`, [{ field: '--event', message: 'expected an event id' }]);
    if (!options.actuals) throw new DomainError('INVALID_INPUT', `--actuals: a CSV file is required. ${USAGE}`, [{ field: '--actuals', message: 'required' }]);
    const request = requestFrom(options as Parameters<typeof requestFrom>[0]);
    const path = options.actuals;
    const bytes = readInputFile(path);
    const config = readConfig();
    const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
    try {
      const event = await getEvent(database.db, Number(options.event));
      const actuals = inFile(path, () => parseActualsCsv(decodeText(bytes).text, event.timeZone));
      const { replan: result } = await suggestReplan(database.db, event.id, {
        actuals,
        now: request.now ? (parseInstant(request.now, event.timeZone) as number) : undefined,
        overrides: request.factor,
        allowed: request.allowed,
        noticeHours: request.noticeHours,
      });
      const { now, factor, changes, before, after } = result;
      process.stdout.write(`${JSON.stringify({ now, factor, changes, before, after }, null, 2)}\n`);
      return 0;
    } finally {
      await database.close();
    }
  },
};
