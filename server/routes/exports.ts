import { createRoute, z } from '@hono/zod-openapi';
import { rosterCsv } from '../../shared/export/rosterCsv.ts';
import { rosterWorkbook } from '../export/rosterWorkbook.ts';
import { errorResponses, idParam, newRouter } from '../http/router.ts';
import { rosterExportInputs } from '../services/rosterExport.ts';

const rosterIdParams = z.object({ rosterId: idParam('rosterId') });

/** Spreadsheet downloads of a roster: xlsx (排班表) and CSV (UTF-8 with BOM). */
export const exportRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/rosters/{rosterId}/export.xlsx',
      'x-access': 'supervisor',
      tags: ['rosters'],
      request: { params: rosterIdParams },
      responses: { 200: { description: 'Workbook: schedule, hourly coverage, reassignments', content: { 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', format: 'binary' } } } }, ...errorResponses(404) },
    }),
    async (c) => {
      const x = await rosterExportInputs(c.var.database.db, c.req.valid('param').rosterId);
      const buffer = await rosterWorkbook({ agents: x.agents, assignments: x.assignments, templates: x.templates, requirement: x.requirement, reassignments: x.roster.reassignments, timeZone: x.event.timeZone, generatedAt: x.roster.publishedAt ?? x.roster.createdAt, cost: x.roster.diagnostics.cost, exhausted: x.roster.diagnostics.exhausted });
      c.header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      c.header('Content-Disposition', `attachment; filename="roster-${x.roster.id}.xlsx"`);
      return c.body(new Uint8Array(buffer), 200) as never;
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rosters/{rosterId}/export.csv',
      'x-access': 'supervisor',
      tags: ['rosters'],
      request: { params: rosterIdParams },
      responses: { 200: { description: 'One row per shift', content: { 'text/csv': { schema: { type: 'string' } } } }, ...errorResponses(404) },
    }),
    async (c) => {
      const x = await rosterExportInputs(c.var.database.db, c.req.valid('param').rosterId);
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', `attachment; filename="roster-${x.roster.id}.csv"`);
      return c.body(rosterCsv({ agents: x.agents, assignments: x.assignments, templates: x.templates }, { timeZone: x.event.timeZone }), 200) as never;
    },
  );
