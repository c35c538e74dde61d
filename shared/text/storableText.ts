/**
 * Text PostgreSQL cannot store: a NUL character (text and jsonb both refuse U+0000) or a lone UTF-16
 * surrogate (jsonb refuses its escape; a text column would silently get U+FFFD instead of what was sent).
 */
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The index of the first character PostgreSQL cannot store, or -1 when the text is storable. */
export function unstorableIndex(text: string): number {
  const match = UNSTORABLE.exec(text);
  return match ? match.index : -1;
}

/** A human name for an unstorable character, for error messages. */
export function unstorableName(text: string, index: number): string {
  return text.charCodeAt(index) === 0 ? 'a NUL character (U+0000)' : 'an unpaired UTF-16 surrogate';
}
