import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

/** A fresh database on the PostgreSQL server of `serverUrl`, for a server process to migrate itself; drop() removes it. */
export async function freshPostgresDatabase(serverUrl: string, prefix: string): Promise<{ url: string; admin: postgres.Sql; drop(): Promise<void> }> {
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  const server = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await server.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const admin = postgres(url.toString(), { max: 3, onnotice: () => {} });
  return {
    url: url.toString(),
    admin,
    drop: async () => {
      await admin.end({ timeout: 5 });
      await server.unsafe(`drop database if exists ${name} with (force)`);
      await server.end();
    },
  };
}
