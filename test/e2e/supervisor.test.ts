// The supervisor's path through the web app in a real chromium against the real server:
// sign in, open the demo event, import a forecast (a bad file first), solve, see the roster grid,
// run a simulation on the server and in a browser Web Worker, switch language, copy a feed link and fetch it; no console errors; screenshots.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAgentsCsv } from '../../shared/agents/parseAgentsCsv.ts';
import { ruleOfThumbForSession } from '../../shared/simulate/ruleOfThumb.ts';
import { simulationSpecSchema } from '../../shared/simulate/spec.ts';
import { e2eSession, SCREENSHOTS, shot, signIn, unexpectedConsoleErrors, unexpectedFailures, type ExpectedFailure } from './harness.ts';

// Responses the test provokes on purpose. Expected absence (not signed in, not solved, nothing published) is no
// longer among them: the app asks /api/auth/session and /api/events/{id}/status, which answer 200.
const EXPECTED_FAILURES: ExpectedFailure[] = [
  { status: 422, path: /\/api\/events\/\d+\/forecast\/import$/ }, // the deliberately bad CSV
  { status: 409, path: /\/api\/scenarios\/\d+$/ }, // the deliberately stale scenario save
];

describe('supervisor web app', () => {
  const b = e2eSession();

  it('signs in and opens the demo event', async () => {
    const { page } = b;
    await page.goto('/');
    await page.waitForSelector('input[name=username]');
    await shot(page, '00-sign-in-zh');
    await signIn(page);
    await page.waitForSelector('[data-testid=event-card]');
    await shot(page, '00-events-zh');
    await page.click('[data-testid=event-card]');
    await page.waitForSelector('[data-testid=guide]');
    await page.click('[data-testid=tab-forecast]');
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
    // Filtering by a team leaves exactly that team's agents (ten in the demo: all in view, none virtualised away).
    const team = parseAgentsCsv(readFileSync('server/demo/agents.csv', 'utf8')).filter((a) => a.team === 'T02').map((a) => a.id);
    await page.selectOption('[data-testid=filter-team]', 'T02');
    await expect.poll(async () => (await page.locator('[data-testid=roster-row] .agent-id').allTextContents()).sort()).toEqual(team.sort());
    expect(new Set(await page.locator('[data-testid=roster-row] .cell.agent .muted').allTextContents())).toEqual(new Set(['T02']));
    await shot(page, '03-roster-grid-team');
    await page.selectOption('[data-testid=filter-team]', '');
    await expect.poll(() => page.locator('[data-testid=roster-row]').count()).toBe(rendered);
    await page.click('[data-testid=tab-staffing]');
    await page.waitForSelector('[data-testid=coverage-pre_sale] canvas');
    await page.waitForSelector('[data-testid=suggestions]');
    await shot(page, '04-staffing');
    await page.click('[data-testid=tab-reassignments]');
    await page.waitForSelector('[data-testid=reassignments] tbody tr');
    await shot(page, '05-reassignments');
  });

  it('runs a simulation and leads, per queue, with the service at the scenario cap and at the recommended cap', async () => {
    const { page } = b;
    await page.click('[data-testid=tab-simulation]');
    await page.click('[data-testid=simulate]');
    await page.waitForSelector('[data-testid=job-progress]');
    await page.waitForSelector('[data-testid=cap-leads]', { timeout: 280_000 });
    await page.waitForSelector('[data-testid=cap-chart] canvas');
    await page.waitForSelector('[data-testid=heatmap] td');
    const caps = (await page.locator('[data-testid=cap-table] tbody tr td:first-child').allTextContents()).map((text) => Number(/^\d+/.exec(text)![0]));
    expect(caps).toEqual([3, 4, 5, 6, 8, 10, 15]);
    const share = /^\d+(\.\d)?% \(\d+(\.\d)?%–\d+(\.\d)?%\)$/;
    for (const queue of ['pre_sale', 'after_sale', 'logistics']) {
      const scenario = page.locator(`[data-testid=cap-leads] [data-testid=lead-${queue}-scenario]`);
      const recommended = page.locator(`[data-testid=cap-leads] [data-testid=lead-${queue}-recommended]`);
      // The demo's queues run at cap 4; the recommended cap is one of those swept; both carry the three lead figures with intervals.
      expect(await scenario.locator('[data-testid=lead-cap]').textContent()).toBe('4');
      expect(caps).toContain(Number(await recommended.locator('[data-testid=lead-cap]').textContent()));
      for (const row of [scenario, recommended]) {
        expect((await row.locator('[data-testid=lead-within]').textContent())!.trim()).toMatch(share);
        expect((await row.locator('[data-testid=lead-abandonment]').textContent())!.trim()).toMatch(share);
        expect((await row.locator('[data-testid=lead-response]').textContent())!.trim()).toMatch(/^\d+ s \(\d+ s–\d+ s\)$/);
      }
      expect(Number(await page.textContent(`[data-testid=cap-leads] [data-testid=rule-cap-${queue}]`))).toBeGreaterThan(0);
    }
    expect(await page.textContent('[data-testid=cap-criterion]')).toContain('5%');
    expect(await page.textContent('[data-testid=rule-differs]')).toContain('经验公式为何不同');
    // Nobody in the demo goes wholly unanswered, so "never answered" is nowhere on the page; the P90 caveat is explained.
    expect(await page.locator('text=未回复（没有任何顾客获得回复）').count()).toBe(0);
    expect(await page.textContent('[data-testid=unanswered-note]')).toContain('超过 10% 未获回复');
    await shot(page, '06-simulation-zh');
  });

  it('tries caps in the browser: a Web Worker runs the sweep, the page stays live, cancel terminates it', async () => {
    const { page } = b;
    const workers: { url: string; closed: boolean }[] = [];
    page.on('worker', (w) => {
      const entry = { url: w.url(), closed: false };
      workers.push(entry);
      w.on('close', () => (entry.closed = true));
    });
    // A mistyped cap is named by the form's own label and stays on screen as typed.
    await page.fill('[data-testid=browser-caps]', '3, x');
    await page.press('[data-testid=browser-caps]', 'Tab');
    await page.click('[data-testid=browser-run]');
    await page.waitForSelector('[data-testid=browser-simulation] [data-testid=error-rows]');
    expect(await page.textContent('[data-testid=browser-simulation] [data-testid=error-rows] tbody')).toContain('第 2 个接待量上限');
    expect(await page.inputValue('[data-testid=browser-caps]')).toBe('3, x');
    // The default day is the 11th itself; three caps of one day.
    expect(await page.inputValue('[data-testid=browser-day]')).toBe('2026-11-11');
    await page.fill('[data-testid=browser-caps]', '3, 6, 10');
    await page.press('[data-testid=browser-caps]', 'Tab');
    await page.click('[data-testid=browser-run]');
    await page.waitForSelector('[data-testid=browser-leads]', { timeout: 120_000 });
    // The mistyped run and this one: one worker each, the first already closed.
    expect(workers.map((w) => w.url)).toEqual([expect.stringMatching(/simulation\.worker.*\.js$/), expect.stringMatching(/simulation\.worker.*\.js$/)]);
    // The queue's own cap (4) is always simulated beside the caps typed, and the recommendation is one of them.
    expect([3, 4, 6, 10]).toContain(Number(await page.textContent('[data-testid=browser-leads] [data-testid=lead-pre_sale-recommended] [data-testid=lead-cap]')));
    expect(await page.textContent('[data-testid=browser-leads] [data-testid=lead-pre_sale-scenario] [data-testid=lead-cap]')).toBe('4');
    // The form starts from the simulator's default session, so the rule of thumb is that session's.
    expect(Number(await page.textContent('[data-testid=browser-rule-cap]'))).toBe(ruleOfThumbForSession(simulationSpecSchema.shape.session.parse(undefined)).cap);
    expect(await page.textContent('[data-testid=browser-rule]')).toContain('千牛经验公式');
    expect(await page.locator('[data-testid=browser-cap-table] tbody tr').count()).toBe(4);
    await page.waitForSelector('[data-testid=browser-cap-chart] canvas');
    await page.locator('[data-testid=browser-simulation]').scrollIntoViewIfNeeded();
    await shot(page, '07-browser-simulation-zh');

    // The whole 18-day horizon at seven caps takes seconds: the page keeps painting frames meanwhile, and cancel ends the worker.
    await page.selectOption('[data-testid=browser-day]', '');
    await page.fill('[data-testid=browser-caps]', '3, 4, 5, 6, 8, 10, 15');
    await page.press('[data-testid=browser-caps]', 'Tab');
    await page.click('[data-testid=browser-run]');
    await page.waitForSelector('[data-testid=browser-progress-cancel]');
    const duringRun = await page.evaluate(
      () => new Promise<boolean>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(document.querySelector('[data-testid=browser-progress-cancel]') !== null)))),
    );
    expect(duringRun).toBe(true);
    await page.click('[data-testid=browser-progress-cancel]');
    await page.waitForSelector('[data-testid=browser-progress] .status.cancelled');
    await expect.poll(() => workers.map((w) => w.closed), { timeout: 60_000 }).toEqual([true, true, true]);
    expect(await page.locator('[data-testid=browser-leads]').count()).toBe(0);
  });

  it('switches to English', async () => {
    const { page } = b;
    await page.click('[data-testid=language]');
    await page.waitForSelector('text=Run simulation');
    expect(await page.textContent('.tabs')).toContain('Forecast');
    expect(await page.textContent('[data-testid=rule]')).toContain('Qianniu’s rule');
    expect(await page.textContent('[data-testid=cap-leads] thead')).toContain('First reply within target');
    expect(await page.textContent('[data-testid=cap-criterion]')).toContain('the smallest of them is recommended');
    await shot(page, '07-simulation-en');
    // The choice outlives a reload, though the browser still asks for Chinese.
    await page.reload();
    await page.waitForSelector('text=Run simulation');
    expect(await page.textContent('.tabs')).toContain('Forecast');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
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

  it('clones and edits a scenario, shows a 409 conflict clearly, and compares side by side', async () => {
    const { page } = b;
    await page.click('[data-testid=tab-scenarios]');
    await page.fill('[data-testid=clone-name]', 'Cap 6');
    await page.click('[data-testid=clone]');
    await page.waitForSelector('[data-testid=scenario-editor] h2:has-text("Cap 6")');
    expect(await page.locator('[data-testid=scenario-select] option:checked').textContent()).toBe('Cap 6');
    await page.fill('[data-testid=param-concurrencyCap]', '6');
    await page.click('[data-testid=save-scenario]');
    await page.waitForSelector('[data-testid=scenario-editor] h2:has-text("version 2")');
    // Someone else saves the scenario meanwhile: our editor still holds version 2.
    const scenarioId = Number(new URL(page.url()).searchParams.get('scenario'));
    const status = await page.evaluate(async (id) => (await fetch(`/api/scenarios/${id}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ version: 2, name: 'Cap 6 (theirs)' }) })).status, scenarioId);
    expect(status).toBe(200);
    await page.fill('[data-testid=param-concurrencyCap]', '8');
    await page.click('[data-testid=save-scenario]');
    await page.waitForSelector('[data-testid=conflict]');
    expect(await page.textContent('[data-testid=error]')).toMatch(/Version conflict/);
    await shot(page, '09-scenario-conflict-en');
    await page.locator('[data-testid=scenario-list] input[type=checkbox]').nth(0).check();
    await page.locator('[data-testid=scenario-list] input[type=checkbox]').nth(1).check();
    await page.click('[data-testid=compare]');
    await page.waitForSelector('[data-testid=comparison] table');
    await shot(page, '10-scenario-compare-en');
  });

  it('edits an agent: cross-training and unavailability', async () => {
    const { page } = b;
    await page.click('[data-testid=tab-agents]');
    await page.click('[data-testid=virtual-rows] .grid-row.clickable >> nth=2');
    await page.waitForSelector('[data-testid=agent-editor]');
    await page.check('[data-testid=agent-editor] input[type=checkbox] >> nth=1');
    await page.click('[data-testid=agent-editor] >> text=Add unavailable time');
    await page.locator('[data-testid=agent-editor] input[type=datetime-local]').nth(0).fill('2026-11-15T09:00');
    await page.locator('[data-testid=agent-editor] input[type=datetime-local]').nth(1).fill('2026-11-15T18:00');
    await page.click('[data-testid=save-agent]');
    await page.waitForSelector('[data-testid=agent-editor] >> text=Saved');
    expect(await page.textContent('[data-testid=virtual-rows] .grid-row.selected')).toContain('After-sale、Logistics');
    await shot(page, '11-agents-en');
  });

  it('scrolls the roster grid of 320 agents × 18 days to its end, keeping only the rows in view (frame times are reported, not judged)', async () => {
    const { page } = b;
    const extra = Array.from({ length: 168 }, (_, i) => `A${String(i + 153)},Temp ${i + 1},${['pre_sale', 'after_sale', 'logistics'][i % 3]},,${i % 4 === 0 ? 'part_time' : 'full_time'},T${20 + Math.floor(i / 12)}`);
    const file = join(SCREENSHOTS, 'agents-320.csv');
    writeFileSync(file, `${readFileSync('server/demo/agents.csv', 'utf8').trimEnd()}\n${extra.join('\n')}\n`);
    await page.setInputFiles('[data-testid=agents-file]', file);
    await page.waitForSelector('[data-testid=agents-file-done]');
    await page.click('[data-testid=tab-roster]');
    await page.selectOption('[data-testid=scenario-select]', { index: 0 });
    await page.click('[data-testid=solve]');
    await page.waitForSelector('[data-testid=job-progress] .status.succeeded', { timeout: 280_000 });
    await page.waitForSelector('text=320 agents');
    const firstRowBefore = await page.locator('[data-testid=roster-row]').first().textContent();
    // Scroll 48 px per frame through the whole grid, timing each frame.
    const frames = await page.evaluate(
      () =>
        new Promise<number[]>((resolve) => {
          const viewport = document.querySelector('[data-testid=roster-grid] [data-testid=virtual-rows]') as HTMLElement;
          const times: number[] = [];
          let last = performance.now();
          const step = (now: number) => {
            times.push(now - last);
            last = now;
            viewport.scrollTop += 48;
            if (viewport.scrollTop + viewport.clientHeight < viewport.scrollHeight - 1) requestAnimationFrame(step);
            else resolve(times.slice(1));
          };
          requestAnimationFrame(step);
        }),
    );
    const sorted = [...frames].sort((a, c) => a - c);
    const dropped = frames.filter((ms) => ms > 25).length;
    console.log(`roster grid, 320 agents: ${frames.length} frames, median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms, p95 ${sorted[Math.floor(sorted.length * 0.95)].toFixed(1)} ms, ${dropped} over 25 ms`);
    // Frame times depend on the machine and what else runs on it: a figure to read, not a pass mark (npm run bench -- web).
    expect(frames.length).toBeGreaterThan(10);
    expect(await page.locator('[data-testid=roster-row]').count()).toBeLessThan(60);
    expect(await page.locator('[data-testid=roster-row]').first().textContent()).not.toBe(firstRowBefore);
    await shot(page, '12-roster-320-agents-en');
  });

  it('logged no console errors and no unexpected failed requests', () => {
    expect(unexpectedFailures(b, EXPECTED_FAILURES)).toEqual([]);
    // Chromium logs every failed response as a console error; those are accounted for above.
    expect(unexpectedConsoleErrors(b, [409, 422])).toEqual([]);
  });
});
