/**
 * The value of one lever field in force for a scenario and where it comes from, for the levers editor: the
 * scenario's own value, else the default the schema fills in, labelled by its kind (a demo assumption, the
 * law, or simply the event's default behaviour). Defaults are read from the schemas, never written again.
 */
import { resolveMoney } from './money.ts';
import { borrowedSchema, overtimeSchema, peakShiftsSchema, tempsSchema } from './schema.ts';

/** 'scenario': set in this scenario; 'assumption': a demo assumption; 'law': a legal figure; 'event': the event's default; 'off': the lever is not allowed. */
export type LeverSource = 'scenario' | 'assumption' | 'law' | 'event' | 'off';

export interface LeverInForce {
  /** undefined when the default is "none" (every hour, the event window, no floor). */
  value: unknown;
  source: LeverSource;
}

/** Defaults of each lever as the schemas fill them in (a lever's one required field given, so the others show). */
function leverDefaults(): Record<string, unknown> {
  const money = resolveMoney(undefined);
  return {
    money: { wagesCnyPerHour: money.wagesCnyPerHour, sales: money.sales, minShortfallCnyPerAgentHour: money.minShortfallCny },
    temps: tempsSchema.parse({ maxPerDay: 0 }),
    borrowed: borrowedSchema.parse({ maxPerDay: 0 }),
    peakShifts: peakShiftsSchema.parse({}),
    overtime: overtimeSchema.parse({}),
  };
}

const DEFAULTS = leverDefaults();

/** Fields whose default is the event's own behaviour rather than an assumption, by lever. */
const EVENT_DEFAULT_FIELDS = new Set(['temps.startHours', 'temps.window', 'temps.perDay', 'borrowed.startHours', 'borrowed.window', 'borrowed.perDay', 'peakShifts.lengths', 'peakShifts.startHours', 'peakShifts.window', 'overtime.window']);

function at(value: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), value);
}

/** One lever field (path under `levers`, e.g. ['temps', 'costCnyPerHour']) in force for the scenario's (possibly unvalidated) levers. */
export function leverInForce(levers: unknown, path: readonly string[]): LeverInForce {
  const own = at(levers, path);
  const fallback = at(DEFAULTS, path);
  // Stored params carry the defaults zod filled in: a value equal to its default is still that default's figure.
  if (own !== undefined && (fallback === undefined || JSON.stringify(own) !== JSON.stringify(fallback))) return { value: own, source: 'scenario' };
  const [lever] = path;
  if (lever === 'money') return { value: fallback, source: 'assumption' };
  // Its ceilings are the law's; its window, absent, is the event's.
  if (lever === 'overtime') return { value: fallback, source: EVENT_DEFAULT_FIELDS.has(path.slice(0, 2).join('.')) ? 'event' : 'law' };
  if (lever === 'temps' || lever === 'borrowed') {
    // The day's bound has no default: without it the lever is not allowed.
    if (path[1] === 'maxPerDay') return { value: undefined, source: 'off' };
    return { value: fallback, source: EVENT_DEFAULT_FIELDS.has(path.slice(0, 2).join('.')) ? 'event' : 'assumption' };
  }
  return { value: fallback, source: 'event' };
}

/** Whether the scenario allows a lever at all: absent means not allowed (schema.ts). */
export function leverAllowed(levers: unknown, lever: 'temps' | 'borrowed' | 'peakShifts' | 'overtime'): boolean {
  return at(levers, [lever]) !== undefined;
}
