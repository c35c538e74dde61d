// Starts the real server on a free port with its own data folder, and a headless chromium in Asia/Shanghai.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const ADMIN_PASSWORD = 'e2e-admin-password-1';
export const SCREENSHOTS = 'test-results/e2e';

export interface RunningServer {
  url: string;
  stop: () => Promise<void>;
}

/** `node --import tsx server/main.ts` with PORT=0; resolves with the URL it prints. */
export async function startServer(): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'peak-roster-e2e-'));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, PEAK_ROSTER_ADMIN_PASSWORD: ADMIN_PASSWORD, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in time:\n${output}`)), 150_000);
    const onData = (chunk: Buffer) => {
      output += String(chunk);
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return {
    url,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Browsing {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
}

export interface BrowserOptions {
  viewport?: { width: number; height: number };
}

export async function openBrowser(baseURL: string, options: BrowserOptions = {}): Promise<Browsing> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ baseURL, timezoneId: 'Asia/Shanghai', locale: 'zh-CN', viewport: options.viewport ?? { width: 1360, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { browser, context, page, errors };
}

export const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

/** A response of 400 or more, as the page saw it. */
export interface FailedResponse {
  status: number;
  url: string;
}

/** The page of one describe block, its console errors and its failed responses. */
export interface E2eSession {
  readonly page: Page;
  readonly errors: string[];
  readonly failures: FailedResponse[];
}

/**
 * Starts a server and a browser before the enclosing describe block's tests and stops them after, logging every
 * failed response; the session's page is there from the first test on.
 */
export function e2eSession(options: BrowserOptions = {}): E2eSession {
  let server: RunningServer | undefined;
  let browsing: Browsing | undefined;
  const failures: FailedResponse[] = [];
  beforeAll(async () => {
    server = await startServer();
    browsing = await openBrowser(server.url, options);
    browsing.page.on('response', (r) => {
      if (r.status() >= 400) failures.push({ status: r.status(), url: r.url() });
    });
  });
  afterAll(async () => {
    await browsing?.browser.close();
    await server?.stop();
  });
  const started = () => {
    if (!browsing) throw new Error('the e2e session starts in beforeAll');
    return browsing;
  };
  return {
    get page() {
      return started().page;
    },
    get errors() {
      return started().errors;
    },
    failures,
  };
}

/** Signs in as the admin on the sign-in page. */
export async function signIn(page: Page) {
  await page.fill('input[name=username]', 'admin');
  await page.fill('input[name=password]', ADMIN_PASSWORD);
  await page.click('button[type=submit]');
}

/** A failure a test provokes on purpose: its status and the path it answers on. */
export interface ExpectedFailure {
  status: number;
  path: RegExp;
}

/** The failed responses that none of `expected` accounts for. */
export function unexpectedFailures(session: E2eSession, expected: readonly ExpectedFailure[]): FailedResponse[] {
  return session.failures.filter((f) => !expected.some((e) => e.status === f.status && e.path.test(new URL(f.url).pathname)));
}

/** The console errors but those chromium logs for a failed response of one of `statuses` (counted as failures instead). */
export function unexpectedConsoleErrors(session: E2eSession, statuses: readonly number[]): string[] {
  const logged = new RegExp(`Failed to load resource: the server responded with a status of (${statuses.join('|')})`);
  return session.errors.filter((e) => statuses.length === 0 || !logged.test(e));
}
