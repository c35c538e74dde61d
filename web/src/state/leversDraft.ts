/** The levers editor's edits of the scenario draft: one field set or cleared at a path under `params.levers`. */
import type { ErrorDetail, Scenario } from '../api.ts';

type Params = Scenario['params'];
type Node = Record<string, unknown>;

/** How a field's text becomes a value: a number, a list of numbers ("4, 5, 6"), or queue codes. */
export type LeverFieldKind = 'number' | 'numbers' | 'queues';

/**
 * The value typed into a field: empty clears it; a number or list that does not read is kept as typed, so the
 * API's validation names the field instead of the editor dropping the input silently.
 */
export function leverValue(text: string, kind: Exclude<LeverFieldKind, 'queues'>): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (kind === 'number') return Number.isNaN(Number(trimmed)) ? trimmed : Number(trimmed);
  return trimmed.split(/[\s,，]+/).filter(Boolean).map((part) => (Number.isNaN(Number(part)) ? part : Number(part)));
}

/** Levers whose presence allows them: clearing their last field must not take the permission away. */
export const SWITCHED_LEVERS = ['temps', 'borrowed', 'peakShifts', 'overtime'] as const;

/** The draft with the lever field at `path` set to `value`, or removed (with any object left empty) when undefined. */
export function withLever(params: Params, path: readonly string[], value: unknown): Params {
  const levers = setAt({ ...((params.levers as Node | undefined) ?? {}) }, path, value, 0);
  const next: Node = { ...params };
  if (Object.keys(levers).length === 0) delete next.levers;
  else next.levers = levers;
  return next as Params;
}

/** The draft with a lever allowed (an object with its defaults) or not allowed (removed). */
export function withLeverAllowed(params: Params, lever: string, allowed: boolean): Params {
  return withLever(params, [lever], allowed ? ((params.levers as Node | undefined)?.[lever] ?? {}) : undefined);
}

function setAt(node: Node, path: readonly string[], value: unknown, depth: number): Node {
  const [key, ...rest] = path;
  const child = rest.length === 0 ? value : setAt({ ...((node[key] as Node | undefined) ?? {}) }, rest, value, depth + 1);
  const keep = depth === 0 && (SWITCHED_LEVERS as readonly string[]).includes(key);
  const emptied = child === undefined || (rest.length > 0 && !keep && Object.keys(child as Node).length === 0);
  if (emptied) delete node[key];
  else node[key] = child;
  return node;
}

/** The API's messages for one lever field (`params.levers.temps.maxPerDay`, or anything inside it). */
export function leverErrors(details: readonly ErrorDetail[], path: readonly string[]): string[] {
  const field = ['params', 'levers', ...path].join('.');
  return details.filter((d) => d.field === field || d.field?.startsWith(`${field}.`)).map((d) => d.message);
}

/** A lever value as its field shows it: lists joined with commas. */
export function leverText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return Array.isArray(value) ? value.join(', ') : String(value);
}
