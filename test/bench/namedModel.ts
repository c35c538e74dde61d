/**
 * The full named-agent MIP (a binary per agent x day x template x queue) under the same rules, for
 * benchmarking against an exact solver. Too big for javascript-lp-solver; the engine never solves it.
 */
import { QUEUE_CODES, type Agent } from '../../shared/types.ts';
import { buildFrame } from '../../shared/roster/frame.ts';
import { cell, coveredHours, requirementMatrix, type RequirementInput } from '../../shared/roster/coverageMatrix.ts';
import { workdayWindow } from '../../shared/roster/rules/maxConsecutiveDays.ts';
import { countsForRotation } from '../../shared/roster/rules/rotationBalance.ts';
import { ROLLING_WINDOW_DAYS } from '../../shared/roster/rules/maxRollingHours.ts';
import { isNightEligible } from '../../shared/roster/rules/nightFairness.ts';
import { mayServeQueue } from '../../shared/roster/rules/reassignmentWindow.ts';
import { unavailability } from '../../shared/roster/rules/unavailability.ts';
import type { RosterRules, RosterTemplate } from '../../shared/roster/rulesSchema.ts';
import { withinDayCeiling } from '../../shared/roster/rules/maxDayHours.ts';
import { restAfterNights } from '../../shared/roster/rules/restAfterNights.ts';
import { daysTouched, isNightShift, makeShift, shiftType, templateActiveOn, templateFitsContract } from '../../shared/roster/shift.ts';
import type { RuleContext, Shift } from '../../shared/roster/types.ts';
import { MOVE_COST, type MoneyModel } from '../../shared/roster/model/buildCoverageModel.ts';
import type { LpModel } from '../../shared/roster/model/lp.ts';
import { compatible } from '../../shared/roster/model/transitionRows.ts';

export interface NamedModel {
  model: LpModel;
  shifts: Map<string, Shift>;
}

/** A template code as part of a CPLEX LP name: peak shifts' `P20-6` would read as a subtraction. */
function lpName(code: string): string {
  return code.replace(/[^A-Za-z0-9_]/g, '_');
}

/** Every legal single shift of every agent, keyed by variable name. */
function namedShifts(agents: Agent[], ctx: RuleContext): Map<string, Shift> {
  const out = new Map<string, Shift>();
  agents.forEach((agent, i) => {
    for (let day = 0; day < ctx.frame.days; day++) {
      for (const t of ctx.rules.templates) {
        if (!templateActiveOn(t, day, ctx.frame) || !templateFitsContract(t, agent, ctx.rules) || !withinDayCeiling(t, ctx.rules)) continue;
        for (const queue of QUEUE_CODES) {
          const s = makeShift(agent.id, queue, t, day, ctx.frame);
          if (mayServeQueue(agent, queue, s.startMs, s.endMs, ctx) && unavailability.violations([s], agent, ctx).length === 0) out.set(`y${i}_${day}_${lpName(t.code)}_${queue}`, s);
        }
      }
    }
  });
  return out;
}

/** Adds `coef` x variable to a row, creating the row with its bound. */
function addTo(model: LpModel, row: string, bound: { min?: number; max?: number }, variable: string, coef: number): void {
  model.constraints[row] ??= bound;
  (model.variables[variable] ??= {})[row] = ((model.variables[variable] ?? {})[row] ?? 0) + coef;
}

/** Per-agent rows: one shift a day, conflicting next-day pairs (rest, rotation), rest after nights, worked days, the hour windows. */
function agentRows(model: LpModel, shifts: Map<string, Shift>, agents: Agent[], ctx: RuleContext): void {
  const index = new Map(agents.map((a, i) => [a.id, i]));
  for (const [name, s] of shifts) {
    const i = index.get(s.agentId) as number;
    const agent = agents[i];
    addTo(model, `day${i}_${s.day}`, { max: 1 }, name, 1);
    // Row (i, d, u): the shifts on day d that conflict with template u, plus u on day d+1, at most one.
    for (const u of ctx.rules.templates) if (!compatible(agent, s.template, u, s.day, ctx)) addTo(model, `nx${i}_${s.day}_${lpName(u.code)}`, { max: 1 }, name, 1);
    if (s.day > 0 && ctx.rules.templates.some((t) => !compatible(agent, t, s.template, s.day - 1, ctx))) addTo(model, `nx${i}_${s.day - 1}_${lpName(s.template.code)}`, { max: 1 }, name, 1);
    const hoursCap = agent.contract === 'part_time' ? Math.min(ctx.rules.maxRollingHours, ctx.rules.partTime.maxWeeklyHours) : ctx.rules.maxRollingHours;
    // A day is worked when any shift touches it (a night past midnight works the next day too, as maxConsecutiveDays
    // counts): w{i}_{e} >= every shift touching day e, and at most maxDays worked days in any window of maxDays + 1.
    for (const e of daysTouched(s, ctx.frame)) {
      addTo(model, `wk${i}_${e}_${name}`, { max: 0 }, name, 1);
      addTo(model, `wk${i}_${e}_${name}`, { max: 0 }, `w${i}_${e}`, -1);
    }
    restAfterNightsRows(model, name, s, i, agent, ctx);
    for (let w = Math.max(0, s.day - ROLLING_WINDOW_DAYS + 1); w <= s.day && w + ROLLING_WINDOW_DAYS <= ctx.frame.days; w++) addTo(model, `hrs${i}_${w}`, { max: hoursCap }, name, s.template.durationHours);
    if (agent.contract === 'full_time' && countsForRotation(s, ctx.rules, ctx.frame)) {
      const { windowDays: rotationDays, maxSameType } = ctx.rules.rotation;
      const type = shiftType(s.template, ctx.rules);
      const last = Math.min(s.day, Math.max(0, ctx.frame.days - rotationDays));
      for (let w = Math.max(0, s.day - rotationDays + 1); w <= last; w++) addTo(model, `rot${i}_${w}_${type}`, { max: maxSameType }, name, 1);
    }
  }
}

/**
 * restAfterNights beyond the next day (the nx rows hold day d+1): a night on day d and a day shift up to
 * daysOffAfterNights + 1 days after its last touched day cannot both be worked, whatever lies between (a night
 * between would itself end too late, a day shift between would follow the night too soon). Row (i, d, k, u): the
 * nights on day d that the rule function refuses before template u on day d + k, plus u on d + k, at most one.
 */
function restAfterNightsRows(model: LpModel, name: string, s: Shift, i: number, agent: Agent, ctx: RuleContext): void {
  const free = { ...agent, unavailable: [] };
  const refuses = (night: Shift, day: Shift) => restAfterNights.violations([night, day], free, ctx).length > 0;
  const isNight = (t: RosterTemplate) => isNightShift({ template: t }, ctx.rules);
  for (let k = 2; k <= ctx.rules.daysOffAfterNights + 2; k++) {
    if (isNightShift(s, ctx.rules)) {
      // s is the night: one row per day template u on day d + k that it refuses.
      for (const u of ctx.rules.templates) {
        if (!isNight(u) && s.day + k < ctx.frame.days && refuses(s, makeShift(agent.id, s.queue, u, s.day + k, ctx.frame))) addTo(model, `na${i}_${s.day}_${k}_${lpName(u.code)}`, { max: 1 }, name, 1);
      }
    } else if (s.day - k >= 0 && ctx.rules.templates.some((t) => isNight(t) && refuses(makeShift(agent.id, s.queue, t, s.day - k, ctx.frame), s))) {
      // s is the day shift: it joins the row of its own template k days after the nights.
      addTo(model, `na${i}_${s.day - k}_${k}_${lpName(s.template.code)}`, { max: 1 }, name, 1);
    }
  }
}

/** The worked-day window rows (maxConsecutiveDays): at most maxDays of the worked-day variables w{i}_{e} in any maxDays + 1 days. */
function workRunRows(model: LpModel, agents: Agent[], ctx: RuleContext): void {
  const { windowDays, maxDays } = workdayWindow(ctx.rules);
  agents.forEach((_, i) => {
    // The day after the horizon counts too: a night on the last day works it.
    for (let e = 0; e <= ctx.frame.days; e++) {
      if (!model.variables[`w${i}_${e}`]) continue;
      for (let w = Math.max(0, e - windowDays + 1); w <= e && w + windowDays <= ctx.frame.days + 1; w++) addTo(model, `run${i}_${w}`, { max: maxDays }, `w${i}_${e}`, 1);
    }
  });
}

/** Night fairness: per primary queue, every eligible agent's nights between nmin and nmax, nmax - nmin <= spread. */
function fairnessRows(model: LpModel, shifts: Map<string, Shift>, agents: Agent[], ctx: RuleContext): void {
  const eligible = new Set(agents.filter((a) => isNightEligible(a, ctx)).map((a) => a.id));
  const byId = new Map(agents.map((a, i) => [a.id, i]));
  for (const a of agents) {
    if (!eligible.has(a.id)) continue;
    const i = byId.get(a.id) as number;
    addTo(model, `fmax${i}`, { min: 0 }, `nmax_${a.primaryQueue}`, 1);
    addTo(model, `fmin${i}`, { min: 0 }, `nmin_${a.primaryQueue}`, -1);
  }
  for (const q of QUEUE_CODES) {
    if (!model.variables[`nmax_${q}`]) continue;
    addTo(model, `fspread_${q}`, { max: ctx.rules.nightFairnessSpread }, `nmax_${q}`, 1);
    addTo(model, `fspread_${q}`, { max: ctx.rules.nightFairnessSpread }, `nmin_${q}`, -1);
  }
  for (const [name, s] of shifts) {
    if (!eligible.has(s.agentId) || !isNightShift(s, ctx.rules)) continue;
    const i = byId.get(s.agentId) as number;
    addTo(model, `fmax${i}`, { min: 0 }, name, -1);
    addTo(model, `fmin${i}`, { min: 0 }, name, 1);
  }
}

/** The named MIP: min paid hours + penalty x shortfall + MOVE_COST x moves under every hard rule. */
export function buildNamedModel(requirement: RequirementInput[], agents: Agent[], rules: RosterRules): NamedModel {
  const ctx: RuleContext = { rules, frame: buildFrame(requirement, rules), agents: new Map(agents.map((a) => [a.id, a])) };
  const required = requirementMatrix(requirement, ctx.frame);
  const shifts = namedShifts(agents, ctx);
  const model: LpModel = { optimize: 'cost', opType: 'min', constraints: {}, variables: {}, ints: {} };
  for (const [name, s] of shifts) {
    const agent = ctx.agents.get(s.agentId) as Agent;
    model.variables[name] = { cost: s.template.durationHours + (s.queue === agent.primaryQueue ? 0 : MOVE_COST) };
    (model.ints as Record<string, 1>)[name] = 1;
    const [from, to] = coveredHours(s, ctx.frame);
    for (let h = from; h < to; h++) if (required[cell(h, s.queue)] > 0) addTo(model, `c${cell(h, s.queue)}`, { min: required[cell(h, s.queue)] }, name, 1);
  }
  required.forEach((r, c) => {
    if (r > 0) addTo(model, `c${c}`, { min: r }, `s${c}`, 1);
    if (r > 0) model.variables[`s${c}`].cost = rules.shortfallPenalty;
  });
  agentRows(model, shifts, agents, ctx);
  workRunRows(model, agents, ctx);
  fairnessRows(model, shifts, agents, ctx);
  return { model, shifts };
}

/**
 * The named MIP priced in CNY with the booked-staff levers (issue 15): each shift at its contract's wage (peak
 * shifts are templates of the lever's rules), each cell's shortfall in the money model's convex pieces (lost GMV,
 * then the coverage floor's wall), temps and borrowed staff as integer bookings within their day bounds. The
 * overtime lever is left out (an extension changes rest to the next shift, which these rows do not model).
 */
export function buildNamedMoneyModel(requirement: RequirementInput[], agents: Agent[], rules: RosterRules, money: MoneyModel, wages: Record<Agent['contract'], number>): NamedModel {
  const ctx: RuleContext = { rules, frame: buildFrame(requirement, rules), agents: new Map(agents.map((a) => [a.id, a])) };
  const required = requirementMatrix(requirement, ctx.frame);
  const shifts = namedShifts(agents, ctx);
  const model: LpModel = { optimize: 'cost', opType: 'min', constraints: {}, variables: {}, ints: {} };
  const ints = model.ints as Record<string, 1>;
  for (const [name, s] of shifts) {
    const agent = ctx.agents.get(s.agentId) as Agent;
    model.variables[name] = { cost: s.template.durationHours * wages[agent.contract] + (s.queue === agent.primaryQueue ? 0 : MOVE_COST) };
    ints[name] = 1;
    const [from, to] = coveredHours(s, ctx.frame);
    for (let h = from; h < to; h++) if (required[cell(h, s.queue)] > 0) addTo(model, `c${cell(h, s.queue)}`, { min: required[cell(h, s.queue)] }, name, 1);
  }
  money.flex.forEach((f, k) => {
    const name = `b${k}`;
    model.variables[name] = { cost: f.costCny };
    ints[name] = 1;
    addTo(model, `bd_${f.kind}_${f.day}`, { max: money.flexBound(f.kind, f.day) }, name, 1);
    for (let h = f.from; h < f.to; h++) if (required[cell(h, f.queue)] > 0) addTo(model, `c${cell(h, f.queue)}`, { min: required[cell(h, f.queue)] }, name, f.coverage);
  });
  required.forEach((r, c) => {
    if (r <= 0) return;
    const segments = money.segments(c, r);
    segments.forEach((seg, k) => {
      const name = `s${c}_${k}`;
      addTo(model, `c${c}`, { min: r }, name, 1);
      model.variables[name].cost = seg.cost;
      if (k < segments.length - 1) addTo(model, `sb${c}_${k}`, { max: seg.size }, name, 1);
    });
  });
  agentRows(model, shifts, agents, ctx);
  workRunRows(model, agents, ctx);
  fairnessRows(model, shifts, agents, ctx);
  return { model, shifts };
}
