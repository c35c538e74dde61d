// Staff lists and forecasts from .xlsx: the first sheet goes through the CSV importers, so the same all-or-nothing
// rules and row-and-column errors apply; formula cells count as their saved results, date cells as Shanghai wall time.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAgentsCsv } from '../../shared/agents/parseAgentsCsv.ts';
import { parseForecastCsv } from '../../shared/forecast/parseForecastCsv.ts';
import { DATABASES } from '../db/setup.ts';
import { openTestApp, type TestApp } from './harness.ts';

const XLSX = { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };

async function workbook(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  fill(book.addWorksheet('Sheet1'));
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The demo staff list as a sheet; the team column is a formula (="T"&"01") with its saved result, as Excel stores it. */
const staffSheet = () =>
  workbook((sheet) => {
    const lines = Papa.parse<string[]>(readFileSync('server/demo/agents.csv', 'utf8').trim()).data;
    for (const line of lines) {
      const cells: ExcelJS.CellValue[] = [...line];
      if (sheet.rowCount > 0) cells[5] = { formula: `"${String(cells[5]).slice(0, 1)}"&"${String(cells[5]).slice(1)}"`, result: cells[5] } as ExcelJS.CellValue;
      sheet.addRow(cells);
    }
  });

/** The demo forecast as a sheet with real date cells (wall time, as Excel shows it) and numeric volumes. */
const forecastSheet = () =>
  workbook((sheet) => {
    const [header, ...rows] = readFileSync('server/demo/double11-forecast.csv', 'utf8').trim().split('\n');
    sheet.addRow(header.split(','));
    for (const row of rows) {
      const [hour, queue, inquiries] = row.split(',');
      const wall = new Date(`${hour.slice(0, 19)}Z`);
      sheet.addRow([wall, queue, Number(inquiries)]);
    }
    sheet.getColumn(1).numFmt = 'yyyy-mm-dd hh:mm';
  });

for (const kind of DATABASES) {
  describe(`.xlsx imports on ${kind}`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await openTestApp(kind);
    });
    afterAll(() => t.close());

    it('imports the demo staff list from a workbook exactly as from its CSV, formula cells by their results', async () => {
      const { status, json } = await t.call('POST', `/api/events/${t.eventId}/agents/import`, await staffSheet(), XLSX);
      expect(status, JSON.stringify(json)).toBe(200);
      expect(json).toEqual({ inserted: 0, updated: 152, deactivated: 0 });
      const stored = (await t.call('GET', `/api/events/${t.eventId}/agents`)).json.map((a: { id: string; name: string; team: string }) => [a.id, a.name, a.team]);
      expect(stored).toEqual(parseAgentsCsv(readFileSync('server/demo/agents.csv', 'utf8')).map((a) => [a.id, a.name, a.team]));
    });

    it('imports the demo forecast from date cells as the same 1,296 Shanghai hours as the CSV', async () => {
      const { status, json } = await t.call('POST', `/api/events/${t.eventId}/forecast/import`, await forecastSheet(), XLSX);
      expect(status, JSON.stringify(json)).toBe(200);
      expect(json).toEqual({ rows: 1296 });
      const stored = (await t.call('GET', `/api/events/${t.eventId}/forecast`)).json;
      expect(stored).toEqual(parseForecastCsv(readFileSync('server/demo/double11-forecast.csv', 'utf8')));
    });

    it('rejects a bad sheet whole, naming sheet rows and columns, past a blank row, and changes nothing', async () => {
      const before = (await t.call('GET', `/api/events/${t.eventId}/agents`)).json;
      const bytes = await workbook((sheet) => {
        sheet.addRow(['agent_id', 'name', 'primary_queue', 'cross_trained_for', 'contract', 'team']);
        sheet.addRow(['A001', 'x', 'pre_sale', '', 'full_time', 'T01']);
        sheet.getRow(4).values = ['A002', 'y', 'vip', '', 'full_time', 'T01'];
        sheet.getRow(5).values = ['A003', 'z', 'pre_sale', '', 'hourly', 'T01'];
      });
      const { status, json } = await t.call('POST', `/api/events/${t.eventId}/agents/import`, bytes, XLSX);
      expect(status).toBe(422);
      expect(json.error.code).toBe('INVALID_CSV');
      expect(json.error.details).toEqual([
        { line: 4, field: 'primary_queue', message: expect.stringContaining('vip') },
        { line: 5, field: 'contract', message: expect.stringContaining('hourly') },
      ]);
      expect((await t.call('GET', `/api/events/${t.eventId}/agents`)).json).toEqual(before);
    });

    it('names a formula without a saved value, an error cell and a file that is no workbook, with 422 not 500', async () => {
      const bytes = await workbook((sheet) => {
        sheet.addRow(['agent_id', 'name', 'primary_queue', 'cross_trained_for', 'contract', 'team']);
        sheet.addRow(['A001', { formula: 'B9&"x"' }, 'pre_sale', '', 'full_time', 'T01']);
        sheet.addRow(['A002', 'y', 'pre_sale', '', 'full_time', { error: '#REF!' }]);
      });
      const formula = await t.call('POST', `/api/events/${t.eventId}/agents/import`, bytes, XLSX);
      expect(formula.status).toBe(422);
      expect(formula.json.error.details).toEqual([
        { line: 2, field: 'name', message: expect.stringContaining('B2: a formula without a saved value') },
        { line: 3, field: 'team', message: expect.stringContaining('F3: the cell shows the error #REF!') },
      ]);
      const junk = await t.call('POST', `/api/events/${t.eventId}/forecast/import`, new TextEncoder().encode('not a zip'), XLSX);
      expect(junk.status).toBe(422);
      expect(junk.json.error.message).toContain('not a readable .xlsx');
    });
  });
}
