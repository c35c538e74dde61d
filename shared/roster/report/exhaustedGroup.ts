/**
 * One day and queue where a lever ran out (issue 15), as each lever's report gathers it: the short hours it could
 * have helped, what binds, and where one more unit of it could go. Every lever turns its groups into report
 * entries the same way; only the wording of the message is its own.
 */
import type { ExhaustedLever, ExhaustionCause, OneMoreUnit } from '../../levers/plan.ts';
import { HOUR_MS } from '../../time.ts';
import type { QueueCode } from '../../types.ts';
import { isoAt } from '../instants.ts';
import type { MoneyModel } from '../model/buildCoverageModel.ts';
import type { RosterFrame } from '../types.ts';
import { bestUnit, netSaving, type UnitPlacement } from './oneMoreUnit.ts';

/** What a lever gathered for one day and queue where it ran out. */
export interface ExhaustedGroup {
  day: number;
  queue: QueueCode;
  /** Horizon hours still short, repeats allowed. */
  hours: number[];
  causes: Set<ExhaustionCause>;
  /** Where one more unit of the lever could go. */
  placements: UnitPlacement[];
}

/** What an exhausted lever's message is worded from. */
export interface ExhaustedSummary {
  date: string;
  hours: string[];
  causes: ExhaustionCause[];
  oneMore: OneMoreUnit | undefined;
  /** Net CNY one more unit would save; 0 when it would not pay or there is none. */
  value: number;
}

/** The short hours, as ISO instants, among the horizon hours given. */
export function shortHours(hours: Iterable<number>, frame: RosterFrame): string[] {
  return [...new Set(hours)].sort((a, b) => a - b).map((h) => isoAt(frame.horizonStartMs + h * HOUR_MS, frame.timeZone));
}

/** The group of `day` and `queue` in `groups`, added empty the first time it is asked for. */
export function groupFor(groups: Map<string, ExhaustedGroup>, day: number, queue: QueueCode): ExhaustedGroup {
  const key = `${day}|${queue}`;
  const group = groups.get(key) ?? { day, queue, hours: [], causes: new Set(), placements: [] };
  groups.set(key, group);
  return group;
}

/** A unit's wall-clock hours, e.g. `20:00-02:00`. */
export function unitClock(unit: OneMoreUnit): string {
  return `${unit.start.slice(11, 16)}-${unit.end.slice(11, 16)}`;
}

/** The report entry of one group: its short hours, its causes sorted, the unit that saves most and its net saving; `describe` words the message. */
export function summariseExhaustedGroup(
  lever: ExhaustedLever['lever'],
  group: ExhaustedGroup,
  model: { missing: Float64Array; money: MoneyModel; frame: RosterFrame },
  describe: (summary: ExhaustedSummary) => string,
): ExhaustedLever {
  const oneMore = bestUnit(group.placements, model.missing, model.money, model.frame);
  const summary: ExhaustedSummary = {
    date: model.frame.dates[group.day],
    hours: shortHours(group.hours, model.frame),
    causes: [...group.causes].sort(),
    oneMore,
    value: oneMore ? netSaving(oneMore) : 0,
  };
  const { date, causes, hours, value } = summary;
  return { lever, queue: group.queue, date, causes, hours, marginalValueCny: value, ...(oneMore ? { oneMore } : {}), message: describe(summary) };
}
