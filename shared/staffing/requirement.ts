import { DomainError, type ProblemLocation } from '../errors.ts';
import { humanInquiries } from '../forecast/botDeflection.ts';
import { forecastRowSchema } from '../forecast/forecastRowSchema.ts';
import type { ForecastRow, RequirementRow } from '../types.ts';
import { resolveAllQueueParams, type RequirementParams } from './params.ts';
import { requiredAgents } from './requiredAgents.ts';

export { requirementParamsSchema, parseRequirementParams, type RequirementParams } from './params.ts';

const MAX_ROWS = 200_000;

/** Agents needed per hour and queue for a forecast: the main entry of the requirement model (see MODEL.md). */
export function requirement(forecast: readonly ForecastRow[], params: RequirementParams): RequirementRow[] {
  const byQueue = resolveAllQueueParams(params);
  checkForecast(forecast);
  return forecast.map((row, index) => {
    const queueParams = byQueue[row.queue];
    const human = humanInquiries(row.inquiries, queueParams.botShare);
    const ahtSeconds = row.ahtSeconds ?? queueParams.ahtSeconds;
    const staffing = withRowContext(index, row, () => requiredAgents(human, { ...queueParams, ahtSeconds }));
    return {
      hourStart: row.hourStart,
      queue: row.queue,
      inquiries: row.inquiries,
      humanInquiries: round4(human),
      offeredLoad: round4(staffing.offeredLoad),
      requiredOnline: staffing.requiredOnline,
      requiredAgents: staffing.requiredAgents,
      serviceLevel: round4(staffing.serviceLevel),
    };
  });
}

/** Rejects the whole forecast, listing every bad row by index and field, before any computation. */
function checkForecast(forecast: readonly ForecastRow[]): void {
  if (forecast.length > MAX_ROWS) {
    throw new DomainError('LIMIT_EXCEEDED', `the forecast has ${forecast.length} rows; the limit is ${MAX_ROWS}`);
  }
  const problems: ProblemLocation[] = [];
  forecast.forEach((row, i) => {
    const result = forecastRowSchema.safeParse(row);
    if (result.success) return;
    for (const issue of result.error.issues) problems.push({ field: ['forecast', i, ...issue.path].map(String).join('.').replace(/\.(\d+)/g, '[$1]'), message: issue.message });
  });
  if (problems.length > 0) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    throw new DomainError('INVALID_INPUT', `invalid forecast: field ${problems[0].field}: ${problems[0].message}${more}`, problems);
  }
}

/** Re-throws a staffing error with the forecast row it came from in the field path and message. */
function withRowContext<T>(index: number, row: ForecastRow, compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const where = `forecast[${index}] (${row.queue} ${row.hourStart})`;
    const details = (error.details ?? [{ message: error.message }]).map((d) => ({ ...d, field: d.field ? `forecast[${index}].${d.field}` : `forecast[${index}]` }));
    throw new DomainError(error.code, `${where}: ${error.message}`, details);
  }
}

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
