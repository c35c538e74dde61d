// The supervisor's path through the web app in a real chromium against the real server:
// sign in, open the demo event, import a forecast (a bad file first), solve, see the roster grid,
// run a simulation, switch language, copy a feed link and fetch it; no console errors; screenshots.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, openBrowser, SCREENSHOTS, shot, startServer, type Browsing, type RunningServer } from './harness.ts';

// Responses the app asks for knowing they may fail, and shows as a state rather than an error.
const EXPECTED_FAILURES = [
  { status: 401, path: /\/api\/auth\/me$/ }, // not signed in yet: the sign-in form
  { status: 404, path: /\/api\/scenarios\/\d+\/(roster|simulation)$/ }, // not solved / simulated yet
  { status: 422, path: /\/api\/events\/\d+\/forecast\/import$/ }, // the deliberately bad CSV
];

describe('supervisor web app', () => {
  let server: RunningServer;
  let b: Browsing;
  const failures: { status: number; url: string }[] = [];

  beforeAll(async () => {
    server = await startServer();
    b = await openBrowser(server.url);
    b.page.on('response', (r) => {
      if (r.status() >= 400) failures.push({ status: r.status(), url: r.url() });
    });
  });
  afterAll(async () => {
    await b?.browser.close();
    await server?.stop();
  });

  it('signs in and opens the demo event', async () => {
    const { page } = b;
    await page.goto('/');
    await page.fill('input[name=username]', 'admin');
    await page.fill('input[name=password]', ADMIN_PASSWORD);
    await page.click('button[type=submit]');
    await page.click('[data-testid=event-card]');
    await page.waitForSelector('[data-testid=forecast-chart-pre_sale] canvas');
    expect(await page.textContent('.tabs')).toContain('预测');
    await shot(page, '01-forecast-zh');
  });

  it('shows a bad forecast CSV row by row, then imports the demo forecast', async () => {
    const { page } = b;
    const bad = join(SCREENSHOTS, 'bad-forecast.csv');
    writeFileSync(bad, 'hour_start,queue,inquiries\n2026-11-08T00:00:00+08:00,pre_sale,12\n2026-11-08T01:00:00+08:00,presale,7\nnot-a-time,after_sale,-3\n');
    await page.setInputFiles('[data-testid=forecast-file]', bad);
    await page.waitForSelector('[data-testid=error-rows] tbody tr');
    const rows = await page.locator('[data-testid=error-rows] tbody tr').allTextContents();
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.join(' ')).toMatch(/3/);
    await shot(page, '02-forecast-row-errors');
    await page.setInputFiles('[data-testid=forecast-file]', 'server/demo/double11-forecast.csv');
    await page.waitForSelector('[data-testid=forecast-file-done]');
    expect(await page.textContent('[data-testid=forecast-file-done]')).toMatch(/1,?296/);
  });

  it('solves the roster with a progress bar and shows the virtualised grid', async () => {
    const { page } = b;
    await page.click('[data-testid=tab-roster]');
    await page.click('[data-testid=solve]');
    await page.waitForSelector('[data-testid=job-progress]');
    await page.waitForSelector('[data-testid=roster-row]', { timeout: 240_000 });
    await page.waitForSelector('[data-testid=roster-figures]');
    const rendered = await page.locator('[data-testid=roster-row]').count();
    // 152 demo agents, but only the rows in view (plus overscan) are in the DOM.
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);
    expect(await page.locator('[data-testid=roster-grid] .badge.move').count()).toBeGreaterThan(0);
    await shot(page, '03-roster-grid');
    await page.click('[data-testid=tab-staffing]');
    await page.waitForSelector('[data-testid=coverage-pre_sale] canvas');
    await page.waitForSelector('[data-testid=suggestions]');
    await shot(page, '04-staffing');
    await page.click('[data-testid=tab-reassignments]');
    await page.waitForSelector('[data-testid=reassignments] tbody tr');
    await shot(page, '05-reassignments');
  });

  it('runs a simulation and shows the recommended cap', async () => {
    const { page } = b;
    await page.click('[data-testid=tab-simulation]');
    await page.click('[data-testid=simulate]');
    await page.waitForSelector('[data-testid=job-progress]');
    await page.waitForSelector('[data-testid=best-cap]', { timeout: 280_000 });
    await page.waitForSelector('[data-testid=cap-chart] canvas');
    await page.waitForSelector('[data-testid=heatmap] td');
    expect(Number(await page.textContent('[data-testid=best-cap]'))).toBeGreaterThan(0);
    await shot(page, '06-simulation-zh');
  });

  it('switches to English', async () => {
    const { page } = b;
    await page.click('[data-testid=language]');
    await page.waitForSelector('text=Run simulation');
    expect(await page.textContent('.tabs')).toContain('Forecast');
    await shot(page, '07-simulation-en');
  });

  it('creates a feed link, copies it and fetches the calendar', async () => {
    const { page } = b;
    await page.click('[data-testid=tab-exports]');
    await page.selectOption('[data-testid=feed-scope]', 'team');
    await page.click('[data-testid=create-feed]');
    await page.waitForSelector('[data-testid=feed-url]');
    await page.click('[data-testid=copy-feed]');
    await page.waitForSelector('[data-testid=copy-feed]:has-text("Copied")');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/\/cal\/[A-Za-z0-9_-]+\.ics$/);
    const feed = await fetch(copied);
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain('BEGIN:VCALENDAR');
    expect(await page.locator('[data-testid=download-xlsx]').getAttribute('href')).toMatch(/export\.xlsx$/);
    await shot(page, '08-exports-en');
  });

  it('logged no console errors and no unexpected failed requests', () => {
    const unexpected = failures.filter((f) => !EXPECTED_FAILURES.some((e) => e.status === f.status && e.path.test(new URL(f.url).pathname)));
    expect(unexpected).toEqual([]);
    // Chromium logs every failed response as a console error; those are accounted for above.
    expect(b.errors.filter((e) => !/Failed to load resource: the server responded with a status of (401|404|422)/.test(e))).toEqual([]);
  });
});
