/**
 * Splits a script of SQL statements at top-level semicolons, leaving semicolons inside quotes, quoted
 * identifiers, comments and dollar-quoted bodies (plpgsql functions) alone. pg-boss sends its schema install,
 * migrations and maintenance as one parameterless multi-statement script; PGlite's extended-protocol query
 * cannot run that, so the scripts are run statement by statement instead.
 */
export function splitSqlStatements(script: string): string[] {
  const statements: string[] = [];
  let start = 0;
  let i = 0;
  while (i < script.length) {
    const skipped = skipQuoted(script, i);
    if (skipped > i) {
      i = skipped;
    } else if (script[i] === ';') {
      statements.push(script.slice(start, i));
      start = ++i;
    } else {
      i++;
    }
  }
  statements.push(script.slice(start));
  return statements.map((s) => s.trim()).filter((s) => s.length > 0);
}

/** If a quoted span or comment starts at `i`, the index just past it; otherwise `i`. */
function skipQuoted(script: string, i: number): number {
  const two = script.slice(i, i + 2);
  if (two === '--') return endOf(script, '\n', i + 2);
  if (two === '/*') return endOf(script, '*/', i + 2);
  const char = script[i];
  // Doubled quotes ('' and "") inside a literal end one span and start the next, which splits nothing.
  if (char === "'" || char === '"') return endOf(script, char, i + 1);
  if (char === '$') {
    const tag = /^\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/.exec(script.slice(i));
    if (tag) return endOf(script, tag[0], i + tag[0].length);
  }
  return i;
}

function endOf(script: string, terminator: string, from: number): number {
  const at = script.indexOf(terminator, from);
  return at === -1 ? script.length : at + terminator.length;
}
