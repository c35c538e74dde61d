import { z } from 'zod';
import { isoInstant } from '../isoInstant.ts';
import { capListSchema } from '../chat/caps.ts';
import { DomainError } from '../errors.ts';
import { leversSchema } from '../levers/schema.ts';
import { ROSTER_RULE_NAMES, shiftTemplateSchema } from '../roster/rulesSchema.ts';
import { requirementParamsSchema } from '../staffing/params.ts';
import { CONTRACTS, QUEUE_CODES } from '../types.ts';

const queueEnum = z.enum(QUEUE_CODES);
const multiplier = z.number().min(0).max(100);

/** Volume changes: a multiplier per queue, then multipliers over hour ranges (optionally one queue). */
export const volumeChangeSchema = z
  .object({
    byQueue: z.object({ pre_sale: multiplier, after_sale: multiplier, logistics: multiplier }).partial().strict().default({}),
    ranges: z.array(z.object({ from: isoInstant, to: isoInstant, queue: queueEnum.optional(), multiplier }).strict()).max(200).default([]),
  })
  .strict();

/** Headcount changes: agents removed by id, temporary or part-time agents added. */
export const headcountChangeSchema = z
  .object({
    removeAgentIds: z.array(z.string().min(1).max(40)).max(5000).default([]),
    addAgents: z
      .array(
        z
          .object({
            count: z.number().int().min(1).max(1000),
            primaryQueue: queueEnum,
            crossTrainedFor: z.array(queueEnum).default([]),
            contract: z.enum(CONTRACTS).default('part_time'),
            team: z.string().min(1).max(40).default('TEMP'),
          })
          .strict(),
      )
      .max(50)
      .default([]),
  })
  .strict();

/** Largest scenario params stored, as JSON: every scenario list carries them (the demo's are under 1 kB). */
export const MAX_SCENARIO_PARAMS_BYTES = 64 * 1024;

/** Rule overrides may only name roster rules; templates have their own field. Values are checked when merged with the event's rules. */
const ruleOverridesSchema = z.record(z.string(), z.unknown()).superRefine((rules, ctx) => {
  const unknown = Object.keys(rules).filter((key) => key === 'templates' || !ROSTER_RULE_NAMES.includes(key));
  // A few are enough to name the mistake; a body of 300,000 unknown keys must not yield 300,000 issues.
  for (const key of unknown.slice(0, 5)) {
    const message = key === 'templates' ? 'set params.templates instead of a templates rule' : `unknown rule "${key}"; the rules are ${ROSTER_RULE_NAMES.filter((k) => k !== 'templates').join(', ')}`;
    ctx.addIssue({ code: 'custom', path: [key], message });
  }
});

/** Everything a what-if scenario may change; an empty object is the event as it is. */
export const scenarioParamsSchema = z
  .object({
    requirement: requirementParamsSchema.default({}),
    volume: volumeChangeSchema.default({ byQueue: {}, ranges: [] }),
    headcount: headcountChangeSchema.default({ removeAgentIds: [], addAgents: [] }),
    /** Roster rule overrides (checked against the roster rules schema when merged with the event's rules). */
    rules: ruleOverridesSchema.default({}),
    /** Replaces the event's shift templates when set. */
    templates: z.array(shiftTemplateSchema).min(1).max(50).optional(),
    /** Per-agent caps the simulation sweeps. */
    simulationCaps: capListSchema.optional(),
    /** Share of on-duty agents on a staggered break at any moment in simulations (0 when absent). */
    simulationBreakShare: z.number().min(0).max(0.9).optional(),
    /** Money and workforce levers (issue 15); absent: the roster is priced at the demo assumptions and pulls no lever. */
    levers: leversSchema.optional(),
  })
  .strict()
  .superRefine((params, ctx) => {
    const bytes = new TextEncoder().encode(JSON.stringify(params)).length;
    if (bytes > MAX_SCENARIO_PARAMS_BYTES) ctx.addIssue({ code: 'custom', path: [], message: `params are ${bytes} bytes as JSON; the limit is ${MAX_SCENARIO_PARAMS_BYTES}` });
  });

export type ScenarioParams = z.infer<typeof scenarioParamsSchema>;
export type ScenarioParamsInput = z.input<typeof scenarioParamsSchema>;

/** Validates scenario params; throws INVALID_INPUT naming each bad field by its JSON path. */
export function parseScenarioParams(input: unknown): ScenarioParams {
  const result = scenarioParamsSchema.safeParse(input ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => ({ field: `params.${issue.path.map(String).join('.')}`.replace(/\.$/, ''), message: issue.message }));
  throw new DomainError('INVALID_INPUT', `invalid scenario params: field ${problems[0].field}: ${problems[0].message}`, problems);
}
