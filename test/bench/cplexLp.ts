/** Writes our LP models (javascript-lp-solver JSON) as CPLEX LP text, so HiGHS can solve the same model. */
import type { LpModel } from '../../shared/roster/model/lp.ts';

const TERMS_PER_LINE = 8;

/** A sum of terms, wrapped so no line grows long. */
function sum(terms: [number, string][]): string {
  if (terms.length === 0) return '0 zero__';
  const parts = terms.map(([c, v], i) => `${c < 0 ? '-' : i === 0 ? '' : '+'} ${Math.abs(c)} ${v}`);
  const lines: string[] = [];
  for (let i = 0; i < parts.length; i += TERMS_PER_LINE) lines.push(`  ${parts.slice(i, i + TERMS_PER_LINE).join(' ')}`);
  return lines.join('\n');
}

/** Letters, digits and underscores: a '-' in a name reads as a minus sign and HiGHS aborts without saying which. */
const LP_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function checkedName(name: string): string {
  if (!LP_NAME.test(name)) throw new Error(`LP name ${JSON.stringify(name)} is not plain letters, digits and underscores`);
  return name;
}

/** The model as CPLEX LP: minimise cost, each constraint as <= / >= rows, integer columns under General. */
export function toCplexLp(model: LpModel): string {
  const rows = new Map<string, [number, string][]>();
  const objective: [number, string][] = [];
  for (const name of [...Object.keys(model.variables), ...Object.keys(model.constraints)]) checkedName(name);
  for (const [name, coefs] of Object.entries(model.variables)) {
    for (const [row, c] of Object.entries(coefs)) {
      if (c === 0) continue;
      if (row === model.optimize) objective.push([c, name]);
      else if (model.constraints[row]) rows.set(row, [...(rows.get(row) ?? []), [c, name]]);
    }
  }
  const out = ['Minimize', ` obj:\n${sum(objective)}`, 'Subject To'];
  for (const [row, bound] of Object.entries(model.constraints)) {
    const terms = rows.get(row) ?? [];
    if (terms.length === 0) continue;
    if (bound.min !== undefined) out.push(` ${row}_lo:\n${sum(terms)}\n  >= ${bound.min}`);
    if (bound.max !== undefined) out.push(` ${row}_hi:\n${sum(terms)}\n  <= ${bound.max}`);
  }
  const ints = Object.keys(model.ints ?? {});
  if (ints.length > 0) out.push('General', ...chunk(ints).map((line) => `  ${line}`));
  out.push('End');
  return `${out.join('\n')}\n`;
}

function chunk(names: string[]): string[] {
  const lines: string[] = [];
  for (let i = 0; i < names.length; i += 10) lines.push(names.slice(i, i + 10).join(' '));
  return lines;
}
