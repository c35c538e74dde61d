import { sql, type RawBuilder } from 'kysely';

/**
 * A jsonb parameter that means the same on PGlite and postgres.js. postgres.js learns a parameter's type
 * from the server and JSON-encodes values bound to jsonb once more, storing a JSON string scalar instead of
 * the object; binding the JSON text as `text` and casting on the server avoids that on both drivers.
 */
export function jsonb<T>(value: T): RawBuilder<T> {
  return sql<T>`cast(cast(${JSON.stringify(value)} as text) as jsonb)`;
}

/** count(*) arrives as a number from PGlite and as a string (bigint) from postgres.js. */
export function toCount(value: string | number | bigint): number {
  return Number(value);
}
