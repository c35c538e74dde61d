/** Says once per run, visibly, when the PostgreSQL half of the database suites is not running. */
export default function setup(): void {
  if (!process.env.DATABASE_URL) {
    console.warn(
      '\n[peak-roster] DATABASE_URL is not set: database suites run on PGlite only; the PostgreSQL half is skipped.\n' +
        '              Set DATABASE_URL=postgres://postgres@127.0.0.1:5432/test to run them on PostgreSQL too.\n',
    );
  }
}
