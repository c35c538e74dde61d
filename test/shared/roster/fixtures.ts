// Hand-made frames, agents and shifts for the rule tests.
import { addShift, emptyState } from '../../../shared/roster/assign/state.ts';
import { buildFrame } from '../../../shared/roster/frame.ts';
import { defaultRosterRules, type RosterRules, type RosterTemplate } from '../../../shared/roster/rulesSchema.ts';
import { makeShift } from '../../../shared/roster/shift.ts';
import type { RuleContext, Shift } from '../../../shared/roster/types.ts';
import { HOUR_MS, parseInstant, toZonedIso } from '../../../shared/time.ts';
import type { Agent, QueueCode } from '../../../shared/types.ts';

/** An agent with sensible defaults. */
export function agent(id: string, overrides: Partial<Agent> = {}): Agent {
  return { id, name: id, primaryQueue: 'pre_sale', crossTrainedFor: [], contract: 'full_time', team: 'T1', unavailable: [], ...overrides };
}

/** A context over 2026-11-08 .. 2026-11-25 with the default rules plus any extra templates. */
export function context(agents: Agent[], extraTemplates: RosterTemplate[] = [], overrides: Partial<RosterRules> = {}): RuleContext {
  const base = defaultRosterRules();
  const rules: RosterRules = { ...base, ...overrides, templates: [...base.templates, ...extraTemplates] };
  const frame = buildFrame([{ hourStart: '2026-11-08T00:00:00+08:00' }, { hourStart: '2026-11-25T23:00:00+08:00' }], rules);
  return { rules, frame, agents: new Map(agents.map((a) => [a.id, a])) };
}

/** The shift of `agentId` on template `code` starting on `date` (yyyy-MM-dd). */
export function shift(ctx: RuleContext, agentId: string, code: string, date: string, queue: QueueCode = 'pre_sale'): Shift {
  const template = ctx.rules.templates.find((t) => t.code === code);
  const day = ctx.frame.dates.indexOf(date);
  if (!template || day < 0) throw new Error(`fixture: no template ${code} or date ${date}`);
  return makeShift(agentId, queue, template, day, ctx.frame);
}

/** Consecutive dates from `first` (yyyy-MM-dd in November 2026). */
export function novemberDates(first: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `2026-11-${String(first + i).padStart(2, '0')}`);
}

/** One agent required on pre-sale for `hours` hours from `first`. */
export function oneAgentFor(first: string, hours: number) {
  const start = parseInstant(first) as number;
  return Array.from({ length: hours }, (_, h) => ({ hourStart: toZonedIso(start + h * HOUR_MS), queue: 'pre_sale' as const, requiredAgents: 1 }));
}

/** An assignment state over the default context holding these [agentId, template code, date] shifts. */
export function stateWith(agents: Agent[], shifts: [string, string, string][]) {
  const ctx = context(agents);
  const state = emptyState(agents, ctx);
  for (const [id, code, date] of shifts) addShift(state, shift(ctx, id, code, date));
  return { ctx, state };
}
