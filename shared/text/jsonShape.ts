import { unstorableIndex, unstorableName } from './storableText.ts';

/** Deeper than any body the API takes (scenario params nest about 5 levels); far below what recursion survives. */
export const MAX_JSON_DEPTH = 32;

export interface JsonShapeProblem {
  /** Dotted path of the offending value, as zod names fields (`params.rules.x`, `0.name`). */
  field: string;
  message: string;
}

/**
 * The first value of a parsed JSON document PostgreSQL cannot store or our code cannot walk: a string or key
 * with unstorable text, or nesting deeper than MAX_JSON_DEPTH. Iterative, so the check itself cannot overflow.
 */
export function jsonShapeProblem(value: unknown, maxDepth = MAX_JSON_DEPTH): JsonShapeProblem | undefined {
  const stack: { value: unknown; path: string[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (typeof current === 'string') {
      const at = unstorableIndex(current);
      if (at >= 0) return { field: fieldName(path), message: `contains ${unstorableName(current, at)} at character ${at + 1}, which cannot be stored` };
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (path.length >= maxDepth) return { field: fieldName(path), message: `is nested deeper than ${maxDepth} levels` };
    const entries = Object.entries(current);
    for (const [key] of entries) {
      const at = unstorableIndex(key);
      if (at >= 0) return { field: fieldName(path), message: `has a key that contains ${unstorableName(key, at)}, which cannot be stored` };
    }
    // Pushed last to first, so the first problem in document order is the one reported.
    for (let i = entries.length - 1; i >= 0; i--) stack.push({ value: entries[i][1], path: [...path, entries[i][0]] });
  }
  return undefined;
}

function fieldName(path: string[]): string {
  return path.length === 0 ? '(body)' : path.join('.');
}
