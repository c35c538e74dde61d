import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const WEB_ROOT = resolve('web/dist');
const SOURCES = ['web', 'shared', 'vite.config.ts'];

/** Builds the web app with Vite when web/dist is missing or older than its sources. */
export async function ensureWebBuild(log: (line: string) => void): Promise<void> {
  const index = join(WEB_ROOT, 'index.html');
  const builtAt = existsSync(index) ? statSync(index).mtimeMs : 0;
  if (builtAt > 0 && newestSource() <= builtAt) return;
  log('Building the web app (first start or sources changed)...');
  const { build } = await import('vite');
  await build({ configFile: resolve('vite.config.ts'), logLevel: 'warn' });
}

function newestSource(): number {
  let newest = 0;
  const visit = (path: string): void => {
    if (!existsSync(path) || path === resolve('web/dist')) return;
    const stat = statSync(path);
    if (stat.isDirectory()) for (const entry of readdirSync(path)) visit(join(path, entry));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const source of SOURCES) visit(resolve(source));
  return newest;
}
