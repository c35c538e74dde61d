// Issue 19, the supervisor's path from forecast to published calendars, in Chinese and in English at 1440 x 900:
// a guide on the event's home, charts before the first solve, parameters in force, charted comparisons, a
// confirmation naming the shortfall before a short publish, a readable English grid, every agent's feed at once,
// Excel imports; and not one console error or failed request on the way (expected absence answers 200).
import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { e2eSession, SCREENSHOTS, shot, signIn, unexpectedConsoleErrors, unexpectedFailures, type ExpectedFailure } from './harness.ts';

const VIEWPORT = { width: 1440, height: 900 };
/** Only the deliberately bad workbook may fail. */
const EXPECTED_FAILURES: ExpectedFailure[] = [{ status: 422, path: /\/api\/events\/\d+\/forecast\/import$/ }];

/** A sheet of the demo forecast with real date cells; `breakRow` puts a bad queue on that sheet row. */
async function forecastWorkbook(file: string, breakRow?: number) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('预测');
  const [header, ...rows] = readFileSync('server/demo/double11-forecast.csv', 'utf8').trim().split('\n');
  sheet.addRow(header.split(','));
  for (const row of rows) {
    const [hour, queue, inquiries] = row.split(',');
    sheet.addRow([new Date(`${hour.slice(0, 19)}Z`), sheet.rowCount + 1 === breakRow ? 'presale' : queue, { formula: `${inquiries}*1`, result: Number(inquiries) }]);
  }
  sheet.getColumn(1).numFmt = 'yyyy-mm-dd hh:mm';
  writeFileSync(file, new Uint8Array(await book.xlsx.writeBuffer()));
}

const setLanguage = async (page: Page, lang: 'zh-CN' | 'en') => {
  if ((await page.getAttribute('html', 'lang')) !== lang) await page.click('[data-testid=language]');
  await expect.poll(() => page.getAttribute('html', 'lang')).toBe(lang);
};

describe('issue 19: from forecast to published calendars', () => {
  const b = e2eSession({ viewport: VIEWPORT });

  it('7: the sign-in page asks who is signed in without a 401, and the event card says nothing is solved yet', async () => {
    const { page } = b;
    await page.goto('/');
    await page.waitForSelector('input[name=username]');
    await shot(page, 'i19-00-sign-in-zh');
    await signIn(page);
    await page.waitForSelector('[data-testid=event-card-status]:has-text("排班")');
    expect(await page.textContent('[data-testid=event-card-status]')).toBe('排班：尚未求解');
    await shot(page, 'i19-01-events-zh');
  });

  it('10: the event opens on a guide with each step, its state and the next action (zh)', async () => {
    const { page } = b;
    await page.click('[data-testid=event-card]');
    await page.waitForSelector('[data-testid=guide]');
    const state = (id: string) => page.getAttribute(`[data-testid=step-${id}]`, 'data-state');
    expect(await state('forecast')).toBe('done');
    expect(await state('requirement')).toBe('done');
    expect(await state('roster')).toBe('next');
    expect(await state('publish')).toBe('waiting');
    expect(await page.textContent('[data-testid=step-roster]')).toContain('排班求解');
    await shot(page, 'i19-02-guide-before-solve-zh');
  });

  it('2, 8: staffing charts draw the requirement before the first solve, with a zoom to the event window (zh)', async () => {
    const { page } = b;
    await page.click('[data-testid=tab-staffing]');
    await page.waitForSelector('[data-testid=no-roster-staffing]');
    await page.waitForSelector('[data-testid=coverage-pre_sale] canvas');
    // The required series (red) is drawn on the canvas.
    const inked = await page.evaluate(() => {
      const canvas = document.querySelector('[data-testid=coverage-pre_sale] canvas') as HTMLCanvasElement;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let red = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] > 180 && data[i + 1] < 90 && data[i + 2] < 90 && data[i + 3] > 0) red++;
      return red;
    });
    expect(inked).toBeGreaterThan(100);
    await shot(page, 'i19-03-staffing-before-solve-zh');
    await page.click('[data-testid=zoom-window]');
    await page.waitForSelector('[data-testid=zoom-window].active');
    await shot(page, 'i19-03-staffing-zoom-zh');
  });

  it('4, 8, 5: parameters show their value in force and its source; Clone says it needs a name; an unsolved comparison says so (zh)', async () => {
    const { page } = b;
    await page.click('[data-testid=tab-scenarios]');
    await page.waitForSelector('[data-testid=param-concurrencyCap-source]');
    expect(await page.textContent('[data-testid=param-concurrencyCap-source]')).toBe('生效值 4（活动默认）');
    expect(await page.getAttribute('[data-testid=param-concurrencyCap]', 'placeholder')).toBe('4');
    expect(await page.isDisabled('[data-testid=clone]')).toBe(true);
    expect(await page.textContent('[data-testid=clone-hint]')).toContain('先输入新方案的名称');
    await page.fill('[data-testid=clone-name]', '上限 6');
    await page.click('[data-testid=clone]');
    await page.waitForSelector('[data-testid=scenario-editor] h2:has-text("上限 6")');
    await page.fill('[data-testid=param-concurrencyCap]', '6');
    await page.click('[data-testid=save-scenario]');
    await page.waitForSelector('[data-testid=param-concurrencyCap-source]:has-text("本方案设定")');
    expect(await page.textContent('[data-testid=param-concurrencyCap-source]')).toBe('生效值 6（本方案设定）');
    await page.locator('[data-testid=scenario-list] input[type=checkbox]').nth(0).check();
    await page.locator('[data-testid=scenario-list] input[type=checkbox]').nth(1).check();
    await page.click('[data-testid=compare]');
    await page.waitForSelector('[data-testid=compare-unsolved]');
    expect(await page.textContent('[data-testid=compare-unsolved]')).toContain('还没有排班结果');
    expect(await page.textContent('[data-testid=compare-on-duty]')).toContain('尚未求解');
    await shot(page, 'i19-04-scenarios-unsolved-zh');
  });

  it('1: publishing a short roster asks for a confirmation that names the shortfall (zh)', async () => {
    const { page } = b;
    await page.selectOption('[data-testid=scenario-select]', { index: 0 });
    await page.click('[data-testid=tab-roster]');
    await page.click('[data-testid=solve]');
    await page.waitForSelector('[data-testid=roster-row]', { timeout: 240_000 });
    await page.waitForSelector('[data-testid=publish]:not([disabled])');
    const short = (await page.textContent('[data-testid=short-agent-hours]'))!;
    expect(Number(short.replace(/,/g, ''))).toBeGreaterThan(0);
    // The solver's terms are behind a toggle; plain figures in front.
    expect(await page.isVisible('[data-testid=solver-details] dl')).toBe(false);
    await page.click('[data-testid=publish]');
    await page.waitForSelector('[data-testid=publish-confirm]');
    expect(await page.textContent('[data-testid=publish-confirm-summary]')).toContain(`仍缺 ${short} 人时`);
    expect(await page.locator('[data-testid=publish-confirm-worst] li').count()).toBeGreaterThan(0);
    expect(await page.textContent('[data-testid=publish-confirm-yes]')).toBe(`仍然发布（缺 ${short} 人时）`);
    // Nothing is published until the supervisor confirms.
    expect(await page.textContent('[data-testid=roster-status]')).toBe('草稿');
    await shot(page, 'i19-05-publish-confirm-zh');
    await page.click('[data-testid=publish-confirm-yes]');
    await page.waitForSelector('[data-testid=roster-status]:has-text("已发布")');
    await shot(page, 'i19-05-published-zh');
  });

  it('3, 8: the English grid keeps the shift code beside the move badge, bands the event window and opens the note beside the picked cell', async () => {
    const { page } = b;
    await setLanguage(page, 'en');
    await page.waitForSelector('[data-testid=move-badge]');
    const badges = await page.locator('[data-testid=move-badge]').allTextContents();
    expect(badges.every((text) => /^→(Pre|Aft|Log)$/.test(text))).toBe(true);
    // Every moved cell shows its whole shift code, not clipped by the badge.
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid=move-badge]')].filter((badge) => {
        const code = badge.parentElement!.querySelector('.code') as HTMLElement;
        const cell = badge.parentElement!.getBoundingClientRect();
        const box = code.getBoundingClientRect();
        return box.width < 4 || box.left < cell.left || box.right > cell.right || code.scrollWidth > code.clientWidth;
      }).length,
    );
    expect(clipped).toBe(0);
    expect(await page.locator('.grid-head .cell.day.window').count()).toBeGreaterThan(0);
    // The grid fills the window: more than 20 of the 152 rows in view.
    const inView = await page.evaluate(() => Math.floor((document.querySelector('[data-testid=roster-grid] [data-testid=virtual-rows]') as HTMLElement).clientHeight / 30));
    expect(inView).toBeGreaterThan(20);
    await shot(page, 'i19-06-roster-grid-en');
    await page.locator('[data-testid=roster-row] .cell.shift.pickable').nth(3).click();
    await page.waitForSelector('[data-testid=shift-note-editor]');
    const editor = await page.locator('[data-testid=shift-note-editor]').boundingBox();
    expect(editor!.y + editor!.height).toBeLessThanOrEqual(VIEWPORT.height);
    expect(await page.locator('.cell.shift.picked').count()).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'i19-06-shift-note-en.png') });
    await page.click('[data-testid=shift-note-editor] >> text=Cancel');
  });

  it('1: the confirmation names the shortfall in English too', async () => {
    const { page } = b;
    await page.click('[data-testid=solve]');
    await page.waitForSelector('[data-testid=roster-status]:has-text("Draft")', { timeout: 240_000 });
    await page.waitForSelector('[data-testid=publish]:not([disabled])');
    const short = (await page.textContent('[data-testid=short-agent-hours]'))!;
    await page.click('[data-testid=publish]');
    await page.waitForSelector('[data-testid=publish-confirm]');
    expect(await page.textContent('[data-testid=publish-confirm-yes]')).toBe(`Publish anyway, short ${short} agent-hours`);
    expect(await page.textContent('[data-testid=publish-confirm-worst]')).toMatch(/Pre-sale|After-sale|Logistics/);
    await shot(page, 'i19-07-publish-confirm-en');
    await page.click('[data-testid=publish-confirm-no]');
    expect(await page.locator('[data-testid=publish-confirm]').count()).toBe(0);
  });

  it('6: issues every agent’s calendar link at once and downloads the list with names (en, then zh)', async () => {
    const { page } = b;
    await page.click('[data-testid=tab-exports]');
    await page.click('[data-testid=bulk-feeds-issue]');
    await page.waitForSelector('[data-testid=bulk-feeds-download]');
    expect(await page.textContent('[data-testid=bulk-feeds-result]')).toBe('152 new links issued, 0 existing links kept.');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=bulk-feeds-download]')]);
    const file = join(SCREENSHOTS, 'agent-calendar-links.csv');
    await download.saveAs(file);
    const rows = Papa.parse<string[]>(readFileSync(file, 'utf8').replace(/^\uFEFF/, '').trim()).data;
    expect(rows[0]).toEqual(['agent_id', 'name', 'team', 'calendar_link']);
    expect(rows).toHaveLength(153);
    const feed = await fetch(rows[1][3]);
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain('BEGIN:VCALENDAR');
    // The feed list names agents, not only their ids.
    await page.waitForSelector(`[data-testid=feed-subject-name]:has-text("${rows[1][1].trim()}")`);
    await shot(page, 'i19-08-bulk-feeds-en');
    await setLanguage(page, 'zh-CN');
    await page.click('[data-testid=bulk-feeds-issue]');
    await page.waitForSelector('[data-testid=bulk-feeds-result]:has-text("保留 152")');
    expect(await page.textContent('[data-testid=bulk-feeds-result]')).toBe('新生成 0 个链接，保留 152 个已有链接。');
    await shot(page, 'i19-08-bulk-feeds-zh');
  });

  it('9: imports the forecast from Excel: a bad row is named by sheet row and column, then the good file replaces it (zh, en)', async () => {
    const { page } = b;
    const bad = join(SCREENSHOTS, 'forecast-bad.xlsx');
    const good = join(SCREENSHOTS, 'forecast.xlsx');
    await forecastWorkbook(bad, 7);
    await forecastWorkbook(good);
    await page.click('[data-testid=tab-forecast]');
    await page.setInputFiles('[data-testid=forecast-file]', bad);
    await page.waitForSelector('[data-testid=error-rows] tbody tr');
    const rows = await page.locator('[data-testid=error-rows] tbody tr').allTextContents();
    expect(rows).toContainEqual(expect.stringMatching(/^7queue.*presale/));
    await shot(page, 'i19-09-xlsx-errors-zh');
    await setLanguage(page, 'en');
    await page.setInputFiles('[data-testid=forecast-file]', good);
    await page.waitForSelector('[data-testid=forecast-file-done]');
    expect(await page.textContent('[data-testid=forecast-file-done]')).toMatch(/1,296/);
    await shot(page, 'i19-09-xlsx-imported-en');
  });

  it('5, 10: compares the solved baseline with an unsolved scenario in charts, counting no hour as differing for it; the guide follows (en, zh)', async () => {
    const { page } = b;
    await setLanguage(page, 'en');
    await page.click('[data-testid=tab-scenarios]');
    await page.locator('[data-testid=scenario-list] input[type=checkbox]').nth(0).check();
    await page.locator('[data-testid=scenario-list] input[type=checkbox]').nth(1).check();
    await page.click('[data-testid=compare]');
    await page.waitForSelector('[data-testid=compare-charts] [data-testid=compare-short]');
    expect(await page.locator('[data-testid=compare-charts] figure').count()).toBe(6);
    // The other scenario has no roster: its missing counts are not differences, and the heading says it is not solved yet.
    expect(await page.textContent('[data-testid=compare-hours-title]')).toMatch(/: not solved yet/);
    expect(await page.locator('[data-testid=compare-hours] tbody tr').count()).toBe(0);
    await shot(page, 'i19-10-compare-en');
    await page.click('[data-testid=tab-home]');
    await page.waitForSelector('[data-testid=guide]');
    expect(await page.getAttribute('[data-testid=step-roster]', 'data-state')).toBe('attention');
    expect(await page.getAttribute('[data-testid=step-calendars]', 'data-state')).toBe('done');
    expect(await page.textContent('[data-testid=step-publish]')).toMatch(/newer roster|short/);
    await shot(page, 'i19-11-guide-en');
    await setLanguage(page, 'zh-CN');
    expect(await page.textContent('[data-testid=step-calendars]')).toContain('152 名客服都有日历链接');
    await shot(page, 'i19-11-guide-zh');
    await page.goto('/');
    await page.waitForSelector('[data-testid=event-card-status]:has-text("已发布")');
  });

  it('7: signing out shows the sign-in page without a console error', async () => {
    const { page } = b;
    await page.click('.top button.link:not(.lang)');
    await page.waitForSelector('input[name=username]');
    await page.reload();
    await page.waitForSelector('input[name=username]');
  });

  it('logged no console errors and no unexpected failed requests', () => {
    expect(unexpectedFailures(b, EXPECTED_FAILURES)).toEqual([]);
    // Chromium logs each failed response as a console error: only the deliberately bad workbook's 422 may appear.
    expect(unexpectedConsoleErrors(b, [422])).toEqual([]);
  });
});
