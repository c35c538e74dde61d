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

/**
 * Solves a minimisation. `{ feasible: false, result: 0 }` is infeasibility, not a zero plan, so it
 * throws INFEASIBLE; our models always carry shortfall slack, so that means a modelling bug.
 */
export function solveLp(model: LpModel): LpSolution {
  const raw = solver.Solve(model) as { feasible: boolean; bounded?: boolean; result: number; [name: string]: number | boolean | undefined };
  if (!raw.feasible) throw new DomainError('INFEASIBLE', 'the coverage model has no feasible solution');
  if (raw.bounded === false) throw new DomainError('INFEASIBLE', 'the coverage model is unbounded');
  const values = new Map<string, number>();
  for (const name of Object.keys(model.variables)) {
    const v = raw[name];
    if (typeof v === 'number' && v !== 0) values.set(name, v);
  }
  return { objective: raw.result, values };
}
