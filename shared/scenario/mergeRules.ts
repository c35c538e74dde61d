import { DomainError } from '../errors.ts';
import { rosterRulesSchema, type RosterRules, type RosterTemplate } from '../roster/rulesSchema.ts';
import { toZonedIso } from '../time.ts';

export interface EventRuleBase {
  windowStart: string;
  windowEnd: string;
  postEventDays: number;
  timeZone: string;
  templates: RosterTemplate[];
  /** The event's own overrides. */
  rules: Record<string, unknown>;
}

/** The roster rules of a scenario: event window and templates, then the event's overrides, then the scenario's; validated. */
export function mergeRules(event: EventRuleBase, scenarioRules: Record<string, unknown>, scenarioTemplates?: RosterTemplate[]): RosterRules {
  const merged = {
    eventWindow: { start: toZonedIso(Date.parse(event.windowStart), event.timeZone), end: toZonedIso(Date.parse(event.windowEnd), event.timeZone) },
    postEventDays: event.postEventDays,
    ...event.rules,
    ...scenarioRules,
    templates: scenarioTemplates ?? event.templates,
  };
  const result = rosterRulesSchema.safeParse(merged);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => ({ field: `rules.${issue.path.map(String).join('.')}`, message: issue.message }));
  throw new DomainError('INVALID_INPUT', `invalid roster rules: field ${problems[0].field}: ${problems[0].message}`, problems);
}
