import { createRoute, z } from '@hono/zod-openapi';
import { parseAgentsCsv } from '../../shared/agents/parseAgentsCsv.ts';
import { CONTRACTS, QUEUE_CODES } from '../../shared/types.ts';
import { importAgents, listAgents, updateAgent } from '../db/repositories/agents.ts';
import { getEvent } from '../db/repositories/events.ts';
import { bodyCacheFor, sendCachedJson } from '../http/cachedJson.ts';
import { errorResponses, idParam, jsonBody, jsonResponse, newRouter } from '../http/router.ts';
import { isXlsxUpload, parseUpload } from '../http/spreadsheetUpload.ts';
import { csvOrXlsxBody, readAgentsUpload } from '../http/upload.ts';
import { isoInstant } from '../../shared/isoInstant.ts';
import { agentSchema } from './schemas.ts';

const eventIdParams = z.object({ eventId: idParam('eventId') });
const agentPatchSchema = z
  .object({
    name: z.string().min(1).max(200).optional(),
    crossTrainedFor: z.array(z.enum(QUEUE_CODES)).optional(),
    contract: z.enum(CONTRACTS).optional(),
    team: z.string().trim().min(1).max(40).optional(),
    unavailable: z.array(z.object({ start: isoInstant, end: isoInstant }).refine((i) => Date.parse(i.start) < Date.parse(i.end), 'start must be before end')).max(100).optional(),
  })
  .strict()
  .openapi('AgentPatch');

/** Agents: list, CSV import (all-or-nothing), and edits. */
export const agentRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/events/{eventId}/agents',
      'x-access': 'supervisor',
      tags: ['agents'],
      request: { params: eventIdParams, query: z.object({ includeInactive: z.enum(['true', 'false']).optional() }) },
      responses: { 200: jsonResponse(z.array(agentSchema), 'Agents by id'), ...errorResponses(404) },
    }),
    async (c) => {
      const event = await getEvent(c.var.database.db, c.req.valid('param').eventId);
      const includeInactive = c.req.valid('query').includeInactive === 'true';
      const key = `${event.id}|${event.contentVersion}|${includeInactive}`;
      return sendCachedJson(c, await bodyCacheFor(c.var.database, 'agents', 8).json(key, () => listAgents(c.var.database.db, event.id, { includeInactive })));
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/events/{eventId}/agents/import',
      'x-access': 'supervisor',
      tags: ['agents'],
      description: 'CSV (or an .xlsx workbook, its first sheet, with the same columns) `agent_id,name,primary_queue,cross_trained_for,contract,team` (UTF-8, UTF-8 with BOM or GBK). All rows or none: a bad file lists every bad row by line and field.',
      request: { params: eventIdParams, body: csvOrXlsxBody },
      responses: {
        200: jsonResponse(z.object({ inserted: z.number(), updated: z.number(), deactivated: z.number() }), 'What changed'),
        ...errorResponses(400, 404, 413, 422),
      },
    }),
    async (c) => {
      const { eventId } = c.req.valid('param');
      await getEvent(c.var.database.db, eventId);
      const agents = isXlsxUpload(c) ? await parseUpload(c, parseAgentsCsv) : await readAgentsUpload(c);
      return c.json(await importAgents(c.var.database.db, eventId, agents), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/events/{eventId}/agents/{agentId}',
      'x-access': 'supervisor',
      tags: ['agents'],
      request: { params: z.object({ eventId: idParam('eventId'), agentId: z.string().regex(/^[A-Za-z0-9_.-]{1,40}$/) }), body: jsonBody(agentPatchSchema) },
      responses: { 200: jsonResponse(agentSchema, 'The agent as stored'), ...errorResponses(400, 404) },
    }),
    async (c) => {
      const { eventId, agentId } = c.req.valid('param');
      return c.json(await updateAgent(c.var.database.db, eventId, agentId, c.req.valid('json')), 200);
    },
  );
