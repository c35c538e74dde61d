import { resolve } from 'node:path';
import { ConfigError } from './db/connect.ts';

export interface ServerConfig {
  port: number;
  databaseUrl?: string;
  dataDir: string;
}

/** Reads PORT, DATABASE_URL and DATA_DIR, with a clear message for each bad value. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const portText = env.PORT ?? '3000';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) throw new ConfigError(`PORT must be a number from 0 (any free port) to 65535, got "${portText}"`);
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const dataDir = env.DATA_DIR ? resolve(env.DATA_DIR) : resolve('data');
  return { port, databaseUrl, dataDir };
}
