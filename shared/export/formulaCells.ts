/** Which text a spreadsheet would read as a formula (CSV injection, OWASP). */

/**
 * Text starting with = + - @, tab, CR (OWASP's list) or NUL (PITFALLS.md). No `g` flag: papaparse calls
 * `.test` on it, and a global RegExp would carry lastIndex from one cell to the next. papaparse's own default
 * pattern ends in `.*$` without the `s` flag, so it misses a formula followed by a line break: this one does not.
 */
export const FORMULA_LEADING = /^[=+\-@\t\r\0]/;

/** True when a spreadsheet could run `text` as a formula. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_LEADING.test(text);
}
