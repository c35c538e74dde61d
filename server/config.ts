import { resolve } from 'node:path';
import { ConfigError } from './db/connect.ts';

export interface ServerConfig {
  port: number;
  databaseUrl?: string;
  dataDir: string;
  /** TRUST_PROXY: believe X-Forwarded-For and X-Forwarded-Proto from the one reverse proxy in front of us. */
  trustProxy: boolean;
}

/** Reads PORT, DATABASE_URL, DATA_DIR and TRUST_PROXY, with a clear message for each bad value. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const portText = env.PORT ?? '3000';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) throw new ConfigError(`PORT must be a number from 0 (any free port) to 65535, got "${portText}"`);
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const dataDir = env.DATA_DIR ? resolve(env.DATA_DIR) : resolve('data');
  return { port, databaseUrl, dataDir, trustProxy: readTrustProxy(env.TRUST_PROXY) };
}

/** Off unless set: only a proxy that overwrites the forwarding headers makes them worth believing. */
function readTrustProxy(text: string | undefined): boolean {
  const value = (text ?? '').trim().toLowerCase();
  if (['', '0', 'false', 'no', 'off'].includes(value)) return false;
  if (['1', 'true', 'yes', 'on'].includes(value)) return true;
  throw new ConfigError(`TRUST_PROXY must be true or false (1 or 0), got "${text}"`);
}
