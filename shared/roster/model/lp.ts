/** A thin, typed wrapper over javascript-lp-solver that never mistakes an infeasible model for an empty one. */
import solver from 'javascript-lp-solver';
import { DomainError } from '../../errors.ts';

export interface LpModel {
  optimize: 'cost';
  opType: 'min';
  constraints: Record<string, { min?: number; max?: number }>;
  variables: Record<string, Record<string, number>>;
  ints?: Record<string, 1>;
  options?: { tolerance?: number; timeout?: number };
}

export interface LpSolution {
  objective: number;
  values: Map<string, number>;
}

export interface SolveLpOptions {
  /**
   * Rows left out of the first solve and added only while its solution breaks them, each time from the tableau
   * already solved (a warm start). The optimum is the whole model's. Ignored for integer models.
   */
  lazyRows?: ReadonlySet<string>;
}

/** How far a solution may pass a lazy row's bound before the row is added: the solver rounds values to 1e-8. */
const LAZY_ROW_TOLERANCE = 1e-7;

/** The model javascript-lp-solver keeps after a solve: rows added to it are solved again from its tableau. */
type SolvedModel = NonNullable<typeof solver.lastSolvedModel>;

type RawSolution = { feasible: boolean; bounded?: boolean; result: number; [name: string]: number | boolean | undefined };

/**
 * Solves a minimisation. `{ feasible: false, result: 0 }` is infeasibility, not a zero plan, so it
 * throws INFEASIBLE; our models always carry shortfall slack, so that means a modelling bug.
 */
export function solveLp(model: LpModel, options: SolveLpOptions = {}): LpSolution {
  const lazy = options.lazyRows && !model.ints ? [...options.lazyRows].filter((id) => model.constraints[id]) : [];
  const raw = lazy.length > 0 ? solveWithLazyRows(model, new Set(lazy)) : checked(solver.Solve(model) as RawSolution);
  const values = new Map<string, number>();
  for (const name of Object.keys(model.variables)) {
    const v = raw[name];
    if (typeof v === 'number' && v !== 0) values.set(name, v);
  }
  return { objective: raw.result, values };
}

function checked(raw: RawSolution): RawSolution {
  if (!raw.feasible) throw new DomainError('INFEASIBLE', 'the coverage model has no feasible solution');
  if (raw.bounded === false) throw new DomainError('INFEASIBLE', 'the coverage model is unbounded');
  return raw;
}

/**
 * Row generation: rows that seldom bind (the aggregate model's window and rotation rows) make the dense tableau
 * fill in, so the model is solved without them and each row its solution breaks is added to the solved tableau,
 * until none is broken. The last solution is feasible for every row, and optimal since it is for a relaxation.
 */
function solveWithLazyRows(model: LpModel, lazy: Set<string>): RawSolution {
  const terms = new Map<string, [string, number][]>([...lazy].map((id) => [id, []]));
  const variables: LpModel['variables'] = {};
  for (const [name, coefs] of Object.entries(model.variables)) {
    const kept: Record<string, number> = {};
    for (const [key, coef] of Object.entries(coefs)) {
      const row = terms.get(key);
      if (row) row.push([name, coef]);
      else kept[key] = coef;
    }
    variables[name] = kept;
  }
  const constraints = Object.fromEntries(Object.entries(model.constraints).filter(([id]) => !lazy.has(id)));
  let raw = checked(solver.Solve({ ...model, constraints, variables }) as RawSolution);
  const instance = solver.lastSolvedModel as SolvedModel;
  const byId = new Map(instance.variables.map((v) => [v.id, v]));
  let waiting = [...lazy];
  for (;;) {
    const broken = waiting.filter((id) => breaks(model.constraints[id], terms.get(id) ?? [], raw));
    if (broken.length === 0) return raw;
    for (const id of broken) {
      const { min, max } = model.constraints[id];
      const rows = [...(max === undefined ? [] : [instance.smallerThan(max)]), ...(min === undefined ? [] : [instance.greaterThan(min)])];
      for (const row of rows) for (const [name, coef] of terms.get(id) ?? []) row.addTerm(coef, byId.get(name) as SolvedModel['variables'][number]);
    }
    waiting = waiting.filter((id) => !broken.includes(id));
    raw = checked(solver.Solve(instance) as RawSolution);
  }
}

/** Whether a solution passes a row's bound by more than the tolerance. */
function breaks(bounds: { min?: number; max?: number }, terms: [string, number][], raw: RawSolution): boolean {
  let lhs = 0;
  for (const [name, coef] of terms) {
    const v = raw[name];
    if (typeof v === 'number') lhs += coef * v;
  }
  return (bounds.max !== undefined && lhs > bounds.max + LAZY_ROW_TOLERANCE) || (bounds.min !== undefined && lhs < bounds.min - LAZY_ROW_TOLERANCE);
}
