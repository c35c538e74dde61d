// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@solidjs/testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, type Job } from '../../web/src/api.ts';
import { ruleOfThumbForSession } from '../../shared/simulate/ruleOfThumb.ts';
import { CsvImport } from '../../web/src/components/CsvImport.tsx';
import { ErrorNotice } from '../../web/src/components/ErrorNotice.tsx';
import { ImportCard } from '../../web/src/components/ImportCard.tsx';
import { JobProgress, phaseText } from '../../web/src/components/JobProgress.tsx';
import { RuleOfThumbNote } from '../../web/src/components/RuleOfThumbNote.tsx';
import { DEFAULT_SESSION } from '../../web/src/state/browserSpec.ts';
import { localeFor, setLocale } from '../../web/src/i18n/i18n.ts';
import { en } from '../../web/src/i18n/en.ts';
import { zhCN } from '../../web/src/i18n/zh-CN.ts';

const job = (status: Job['status'], progress: number): Job => ({
  id: 'j1', kind: 'solve', status, progress, phase: 'solving LP', eventId: 1, scenarioId: 1, result: null, error: null, createdAt: '', startedAt: null, finishedAt: null,
});

describe('web components', () => {
  afterEach(cleanup);

  it('chooses Chinese for any zh browser language and English otherwise', () => {
    expect(localeFor('zh-CN')).toBe('zh-CN');
    expect(localeFor('zh-TW')).toBe('zh-CN');
    expect(localeFor('en-US')).toBe('en');
    expect(localeFor(undefined)).toBe('en');
  });

  it('words known job phases in the current language and passes others through', () => {
    setLocale('zh-CN');
    expect(phaseText('solving')).toBe('求解中');
    expect(phaseText('cap 8')).toBe('仿真接待量上限 8');
    expect(phaseText('waiting for another server')).toBe('waiting for another server');
  });

  it('shows an import error row by row: line, field, message', () => {
    setLocale('en');
    const error = new ApiError(422, { error: { code: 'INVALID_CSV', message: '2 rows rejected', details: [{ line: 3, field: 'queue', message: 'unknown queue "presale"' }, { line: 4, field: 'inquiries', message: 'not a number' }] } });
    const { getByTestId } = render(() => <ErrorNotice error={error} />);
    const cells = [...getByTestId('error-rows').querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(cells).toEqual([['3', 'queue', 'unknown queue "presale"'], ['4', 'inquiries', 'not a number']]);
    expect(getByTestId('error').textContent).toContain(en.error_INVALID_CSV);
    expect(getByTestId('error').textContent).not.toContain('2 rows rejected');
  });

  it('words every error code in the chosen language, then the details exactly as the server gave them', () => {
    const codes = ['INVALID_INPUT', 'INVALID_CSV', 'NOT_FOUND', 'CONFLICT', 'VERSION_CONFLICT', 'INFEASIBLE', 'LIMIT_EXCEEDED', 'FORBIDDEN', 'UNAUTHENTICATED', 'RATE_LIMITED', 'UNAVAILABLE', 'INTERNAL'] as const;
    for (const [locale, messages] of [['zh-CN', zhCN], ['en', en]] as const) {
      setLocale(locale);
      for (const code of codes) {
        const { getByTestId, queryByTestId } = render(() => <ErrorNotice error={new ApiError(400, { error: { code, message: `server says ${code}` } })} />);
        const sentence = messages[`error_${code}`];
        expect(getByTestId('error').querySelector('p')!.textContent, `${locale} ${code}`).toContain(sentence);
        expect(getByTestId('error').querySelector('p')!.textContent).not.toContain('server says');
        expect(queryByTestId('error-detail')?.textContent).toBe(`server says ${code}`);
        cleanup();
      }
    }
    // A CSV rejected in Chinese: the sentence in Chinese, each row's line, field and message as given.
    setLocale('zh-CN');
    const csv = new ApiError(422, { error: { code: 'INVALID_CSV', message: '2 rows rejected', details: [{ line: 7, field: 'hour_start', message: '"2026-13-01" is not an ISO 8601 date-time' }] } });
    const { getByTestId, queryByTestId } = render(() => <ErrorNotice error={csv} />);
    expect(getByTestId('error').querySelector('p')!.textContent).toBe(`${zhCN.errorTitle} ${zhCN.error_INVALID_CSV}`);
    expect([...getByTestId('error-rows').querySelectorAll('th')].map((th) => th.textContent)).toEqual([zhCN.errorLine, zhCN.errorField, zhCN.errorMessage]);
    expect([...getByTestId('error-rows').querySelectorAll('td')].map((td) => td.textContent)).toEqual(['7', 'hour_start', '"2026-13-01" is not an ISO 8601 date-time']);
    expect(queryByTestId('error-detail')).toBeNull();
  });

  it('words a failed job’s code too, and shows an error it has no code for as it came', () => {
    setLocale('zh-CN');
    const job = render(() => <ErrorNotice error={{ code: 'INFEASIBLE', message: 'no roster within the rules' }} />);
    expect(job.getByTestId('error').textContent).toContain(zhCN.error_INFEASIBLE);
    expect(job.getByTestId('error-detail').textContent).toBe('no roster within the rules');
    cleanup();
    const network = render(() => <ErrorNotice error={new TypeError('Failed to fetch')} />);
    expect(network.getByTestId('error').textContent).toBe(`${zhCN.errorTitle} Failed to fetch`);
    expect(network.queryByTestId('error-detail')).toBeNull();
  });

  it('calls a 409 a version conflict', () => {
    setLocale('en');
    const { getByTestId } = render(() => <ErrorNotice error={new ApiError(409, { error: { code: 'VERSION_CONFLICT', message: 'stale version 1, current 2' } })} />);
    expect(getByTestId('error').textContent).toMatch(/Version conflict/);
  });

  it('shows a running job with its phase and a cancel button; a finished one without', async () => {
    setLocale('zh-CN');
    const onCancel = vi.fn();
    const running = render(() => <JobProgress job={job('running', 42.4)} running onCancel={onCancel} />);
    expect(running.getByTestId('job-progress').textContent).toContain('solving LP · 42%');
    await fireEvent.click(running.getByText('取消'));
    expect(onCancel).toHaveBeenCalledOnce();
    cleanup();
    const done = render(() => <JobProgress job={job('cancelled', 42)} running={false} onCancel={onCancel} />);
    expect(done.queryByText('取消')).toBeNull();
    expect(done.getByTestId('job-progress').textContent).toContain('已取消');
  });

  it('works the rule-of-thumb cap out in one line, in either language', () => {
    const rule = ruleOfThumbForSession(DEFAULT_SESSION);
    setLocale('en');
    const en = render(() => <RuleOfThumbNote rule={rule} testId="rule" />);
    expect(en.getByTestId('rule').textContent).toBe('Qianniu’s rule: 8 min of service per customer × 3 replies a minute at peak ÷ 4 questions per customer = 6; the rule ignores staffing and queueing, the simulation does not.');
    cleanup();
    setLocale('zh-CN');
    const zh = render(() => <RuleOfThumbNote rule={rule} testId="rule" />);
    expect(zh.getByTestId('rule').textContent).toContain('8 分钟 × 高峰每分钟回复 3 条 ÷ 每位顾客提问 4 个 = 6');
  });

  it('labels the file chooser with our own text in the chosen language, the native input hidden behind it', async () => {
    setLocale('en');
    const onUpload = vi.fn(async (file: File) => `${file.name} imported`);
    const { getByTestId, getByText } = render(() => <CsvImport label="Choose a CSV file" testId="csv" onUpload={onUpload} />);
    const input = getByTestId('csv') as HTMLInputElement;
    expect(input.classList.contains('visually-hidden')).toBe(true);
    expect(input.closest('label')?.textContent).toBe('Choose a CSV file');
    const file = new File(['hour_start,queue,inquiries\n'], 'forecast.csv', { type: 'text/csv' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await fireEvent.change(input);
    await vi.waitFor(() => expect(getByTestId('csv-done').textContent).toBe('forecast.csv imported'));
    expect(getByText('forecast.csv')).toBeTruthy();
    expect(onUpload).toHaveBeenCalledWith(file);
  });

  it('gives a page’s import its heading, the expected columns and the upload’s row errors, in the chosen language', async () => {
    setLocale('zh-CN');
    const onUpload = vi.fn(async () => {
      throw new ApiError(422, { error: { code: 'INVALID_CSV', message: '1 row rejected', details: [{ line: 2, field: 'queue', message: 'unknown queue' }] } });
    });
    const { container, getByTestId } = render(() => <ImportCard heading="importAgents" help="importAgentsHelp" testId="agents-file" onUpload={onUpload} />);
    expect(container.querySelector('h2')?.textContent).toBe(zhCN.importAgents);
    expect(container.querySelector('p.muted')?.textContent).toBe(zhCN.importAgentsHelp);
    const input = getByTestId('agents-file') as HTMLInputElement;
    expect(input.closest('label')?.textContent).toBe(zhCN.chooseCsv);
    Object.defineProperty(input, 'files', { value: [new File(['agent_id\n'], 'agents.csv')], configurable: true });
    await fireEvent.change(input);
    await vi.waitFor(() => expect(getByTestId('error-rows').textContent).toContain('unknown queue'));
    setLocale('en');
  });
});
