import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { describe, expect, it } from 'vitest';

function runServer(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('bad configuration gets a clear message', () => {
  it('an unreachable DATABASE_URL names the host and exits non-zero', async () => {
    const { code, output } = await runServer({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/nowhere', PORT: '0' });
    expect(code).toBe(1);
    expect(output).toContain('Cannot reach PostgreSQL at 127.0.0.1:1/nowhere');
    expect(output).not.toMatch(/\n\s+at /);
  });

  it('a port in use says so', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const { code, output } = await runServer({ PORT: String(port), DATA_DIR: '/nonexistent-never-opened' });
      expect(code).toBe(1);
      expect(output).toContain(`Port ${port} is already in use`);
    } finally {
      blocker.close();
    }
  });

  it('a malformed PORT is named', async () => {
    const { code, output } = await runServer({ PORT: 'eighty' });
    expect(code).toBe(1);
    expect(output).toContain('PORT must be a number');
  });
});
