// The levers editor on the scenarios page (issue 15): a supervisor allows temps on a scenario, types a bad day
// bound and sees the API's message beside the field, fixes it, saves, and after a reload sees the value in force
// as set in this scenario, with the demo assumptions still labelled; in both languages. Then a booking window for
// pre-sale temps: refused with an end before its start, fixed and saved. Then temps' limits on two dates: a count
// that is not a whole number refused at its row and never sent, fixed, saved and read back through the API. No
// console error but the refused saves.
import { describe, expect, it } from 'vitest';
import { e2eSession, shot, signIn, unexpectedConsoleErrors } from './harness.ts';

describe('levers editor', () => {
  const b = e2eSession();

  it('edits temps per day, shows a refused value beside its field, saves, and shows it in force after reload', async () => {
    const { page } = b;
    await page.goto('/');
    await signIn(page);
    await page.click('[data-testid=event-card]');
    await page.click('[data-testid=tab-scenarios]');
    await page.waitForSelector('[data-testid=levers-editor]');
    // The baseline pulls no lever: temps are not allowed, money is the demo assumption.
    expect(await page.isChecked('[data-testid=lever-temps-allowed]')).toBe(false);
    expect(await page.textContent('[data-testid=lever-money-wagesCnyPerHour-full_time-source]')).toBe('生效值 35（演示假设）');
    await page.check('[data-testid=lever-temps-allowed]');
    await page.fill('[data-testid=lever-temps-maxPerDay]', '-5');
    await page.click('[data-testid=save-scenario]');
    await page.waitForSelector('[data-testid=lever-temps-maxPerDay-error]');
    expect(await page.textContent('[data-testid=lever-temps-maxPerDay-error]')).toMatch(/0/);
    await shot(page, 'levers-01-refused-zh');
    await page.fill('[data-testid=lever-temps-maxPerDay]', '40');
    await page.click('[data-testid=save-scenario]');
    await page.waitForSelector('[data-testid=scenario-editor] h2:has-text("2")');
    expect(await page.locator('[data-testid=lever-temps-maxPerDay-error]').count()).toBe(0);

    await page.reload();
    await page.waitForSelector('[data-testid=levers-editor]');
    expect(await page.inputValue('[data-testid=lever-temps-maxPerDay]')).toBe('40');
    expect(await page.textContent('[data-testid=lever-temps-maxPerDay-source]')).toBe('生效值 40（本方案设定）');
    expect(await page.textContent('[data-testid=lever-temps-proficiency-source]')).toBe('生效值 1.3（演示假设）');
    await shot(page, 'levers-02-in-force-zh');
    await page.click('[data-testid=language]');
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('[data-testid=lever-temps-maxPerDay-source]')).toBe('In force: 40 (set in this scenario)');
    expect(await page.textContent('[data-testid=lever-temps-costCnyPerHour-source]')).toBe('In force: 30 (demo assumption)');
    await shot(page, 'levers-03-in-force-en');
    const stored = await page.evaluate(async () => {
      const scenarios = await (await fetch(location.pathname.replace(/^\/events\/(\d+).*/, '/api/events/$1/scenarios'))).json();
      return scenarios[0].params.levers;
    });
    expect(stored.temps.maxPerDay).toBe(40);
  });

  it('adds a pre-sale booking window, shows the API refusing an end before its start at the queue, and saves the fixed one', async () => {
    const { page } = b;
    await page.click('[data-testid=lever-temps-queueWindows-pre_sale-add]');
    // Starts as the demo's event window, in Shanghai wall time.
    expect(await page.inputValue('[data-testid=lever-temps-queueWindows-pre_sale-start]')).toBe('2026-11-10T08:00');
    await page.fill('[data-testid=lever-temps-queueWindows-pre_sale-end]', '2026-11-09T20:00');
    await page.click('[data-testid=save-scenario]');
    await page.waitForSelector('[data-testid=lever-temps-queueWindows-pre_sale-error]');
    await shot(page, 'levers-04-queue-window-refused');
    await page.fill('[data-testid=lever-temps-queueWindows-pre_sale-end]', '2026-11-11T02:00');
    await page.click('[data-testid=save-scenario]');
    await page.waitForSelector('[data-testid=scenario-editor] h2:has-text("3")');
    await page.reload();
    await page.waitForSelector('[data-testid=lever-temps-queueWindows-pre_sale-end]');
    expect(await page.inputValue('[data-testid=lever-temps-queueWindows-pre_sale-end]')).toBe('2026-11-11T02:00');
    const stored = await page.evaluate(async () => {
      const scenarios = await (await fetch(location.pathname.replace(/^\/events\/(\d+).*/, '/api/events/$1/scenarios'))).json();
      return scenarios[0].params.levers;
    });
    expect(Date.parse(stored.temps.queueWindows.pre_sale.start)).toBe(Date.parse('2026-11-10T08:00:00+08:00'));
    expect(Date.parse(stored.temps.queueWindows.pre_sale.end)).toBe(Date.parse('2026-11-11T02:00:00+08:00'));
  });

  it('adds limits on two dates from the event’s first, refuses a count that is not whole without sending it, and saves them', async () => {
    const { page } = b;
    const row = (date: string, part: string) => `[data-testid=lever-temps-perDay-${date}-${part}]`;
    await page.click('[data-testid=lever-temps-perDay-add]');
    await page.click('[data-testid=lever-temps-perDay-add]');
    // The demo's event starts on 2026-11-10 (Shanghai); a new date starts at the day's bound in force.
    expect(await page.inputValue(row('2026-11-10', 'date'))).toBe('2026-11-10');
    expect(await page.inputValue(row('2026-11-11', 'count'))).toBe('40');
    await page.fill(row('2026-11-10', 'count'), '380');
    await page.fill(row('2026-11-11', 'count'), '52.5');
    await page.waitForSelector(row('2026-11-11', 'count-error'));
    await page.click('[data-testid=save-scenario]');
    await page.waitForSelector('[data-testid=error]');
    await shot(page, 'levers-05-per-day-refused');
    await page.fill(row('2026-11-11', 'count'), '520');
    expect(await page.locator(row('2026-11-11', 'count-error')).count()).toBe(0);
    await page.click('[data-testid=save-scenario]');
    await page.waitForSelector('[data-testid=scenario-editor] h2:has-text("4")');
    await page.reload();
    await page.waitForSelector(row('2026-11-11', 'count'));
    expect(await page.inputValue(row('2026-11-11', 'count'))).toBe('520');
    expect(await page.textContent('[data-testid=lever-temps-perDay-source]')).toBe('In force: 2 date(s) of its own, any other date “At most per day” (set in this scenario)');
    await shot(page, 'levers-06-per-day-saved');
    const stored = await page.evaluate(async () => {
      const scenarios = await (await fetch(location.pathname.replace(/^\/events\/(\d+).*/, '/api/events/$1/scenarios'))).json();
      return scenarios[0].params.levers;
    });
    expect(stored.temps.perDay).toEqual({ '2026-11-10': 380, '2026-11-11': 520 });
    expect(stored.temps.maxPerDay).toBe(40);
  });

  it('logged no console errors and no failed requests but the two refused saves', () => {
    expect(b.failures.map((f) => `${f.status} ${new URL(f.url).pathname}`)).toEqual([expect.stringMatching(/^400 \/api\/scenarios\/\d+$/), expect.stringMatching(/^400 \/api\/scenarios\/\d+$/)]);
    expect(unexpectedConsoleErrors(b, [400])).toEqual([]);
  });
});
