import { createRoute, z } from '@hono/zod-openapi';
import { DomainError } from '../../shared/errors.ts';
import { parseScenarioParams, scenarioParamsSchema } from '../../shared/scenario/params.ts';
import { getEvent } from '../db/repositories/events.ts';
import { createScenario, deleteScenario, getBaseline, getScenario, listScenarios, updateScenario } from '../db/repositories/scenarios.ts';
import { errorResponses, idParam, jsonBody, jsonResponse, named, newRouter } from '../http/router.ts';
import { compareScenarioIds } from '../services/outcomes.ts';
import { checkScenarioParams, loadScenarioInputs } from '../services/scenarioInputs.ts';
import { comparisonSchema } from './resultSchemas.ts';
import { requirementRowSchema, scenarioSchema } from './schemas.ts';
import { requirement, requirementParamsSchema } from '../../shared/staffing/requirement.ts';
import { getForecast } from '../db/repositories/forecasts.ts';

const eventIdParams = z.object({ eventId: idParam('eventId') });
const scenarioIdParams = z.object({ scenarioId: idParam('scenarioId') });
const paramsBody = named(scenarioParamsSchema, 'ScenarioParams');

const cloneSchema = z
  .object({ name: z.string().trim().min(1).max(120), fromScenarioId: z.number().int().positive().optional(), params: paramsBody.optional() })
  .strict()
  .openapi('NewScenario');
const patchSchema = z
  .object({ version: z.number().int().positive(), name: z.string().trim().min(1).max(120).optional(), params: paramsBody.optional() })
  .strict()
  .openapi('ScenarioPatch');

/** Scenarios: list, clone, read, edit with optimistic locking, delete, requirement, compare. */
export const scenarioRoutes = newRouter()
  // Registered before /scenarios/{scenarioId} so 'compare' is not read as an id.
  .openapi(
    createRoute({
      method: 'get',
      path: '/scenarios/compare',
      'x-access': 'supervisor',
      tags: ['scenarios'],
      request: { query: z.object({ ids: z.string().regex(/^\d{1,9}(,\d{1,9}){1,9}$/, 'two to ten scenario ids, comma-separated') }) },
      responses: { 200: jsonResponse(comparisonSchema, 'Side-by-side metrics and the hours where scenarios differ'), ...errorResponses(400, 404) },
    }),
    async (c) => {
      const ids = [...new Set(c.req.valid('query').ids.split(',').map(Number))];
      return c.json(await compareScenarioIds(c.var.database.db, ids), 200);
    },
  )
  .openapi(
    createRoute({ method: 'get', path: '/events/{eventId}/scenarios', 'x-access': 'supervisor', tags: ['scenarios'], request: { params: eventIdParams }, responses: { 200: jsonResponse(z.array(scenarioSchema), 'Baseline first'), ...errorResponses(404) } }),
    async (c) => {
      const { eventId } = c.req.valid('param');
      await getEvent(c.var.database.db, eventId);
      return c.json(await listScenarios(c.var.database.db, eventId), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/events/{eventId}/scenarios',
      'x-access': 'supervisor',
      tags: ['scenarios'],
      description: 'Clones a scenario (the baseline when fromScenarioId is absent); params, when given, replace the clone\'s params.',
      request: { params: eventIdParams, body: jsonBody(cloneSchema) },
      responses: { 201: jsonResponse(scenarioSchema, 'The new scenario'), ...errorResponses(400, 404) },
    }),
    async (c) => {
      const { eventId } = c.req.valid('param');
      const body = c.req.valid('json');
      const source = body.fromScenarioId ? await getScenario(c.var.database.db, body.fromScenarioId) : await getBaseline(c.var.database.db, eventId);
      if (source.eventId !== eventId) throw new DomainError('NOT_FOUND', `Scenario ${source.id} does not belong to event ${eventId}`, [{ field: 'fromScenarioId', message: 'not in this event' }]);
      const params = body.params ?? parseScenarioParams(source.params);
      await checkScenarioParams(c.var.database.db, eventId, params);
      return c.json(await createScenario(c.var.database.db, { eventId, name: body.name, params, parentId: source.id }), 201);
    },
  )
  .openapi(
    createRoute({ method: 'get', path: '/scenarios/{scenarioId}', 'x-access': 'supervisor', tags: ['scenarios'], request: { params: scenarioIdParams }, responses: { 200: jsonResponse(scenarioSchema, 'The scenario'), ...errorResponses(404) } }),
    async (c) => c.json(await getScenario(c.var.database.db, c.req.valid('param').scenarioId), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/scenarios/{scenarioId}',
      'x-access': 'supervisor',
      tags: ['scenarios'],
      description: 'Send the version you edited; a stale version gets 409 with the current one and nothing is overwritten.',
      request: { params: scenarioIdParams, body: jsonBody(patchSchema) },
      responses: { 200: jsonResponse(scenarioSchema, 'The scenario, version + 1'), ...errorResponses(400, 404, 409) },
    }),
    async (c) => {
      const { version, ...patch } = c.req.valid('json');
      if (patch.params) {
        const scenario = await getScenario(c.var.database.db, c.req.valid('param').scenarioId);
        await checkScenarioParams(c.var.database.db, scenario.eventId, patch.params);
      }
      return c.json(await updateScenario(c.var.database.db, c.req.valid('param').scenarioId, version, patch), 200);
    },
  )
  .openapi(
    createRoute({ method: 'delete', path: '/scenarios/{scenarioId}', 'x-access': 'supervisor', tags: ['scenarios'], request: { params: scenarioIdParams }, responses: { 204: { description: 'Deleted' }, ...errorResponses(404, 409) } }),
    async (c) => {
      await deleteScenario(c.var.database.db, c.req.valid('param').scenarioId);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/scenarios/{scenarioId}/requirement',
      'x-access': 'supervisor',
      tags: ['scenarios'],
      request: { params: scenarioIdParams },
      responses: { 200: jsonResponse(z.array(requirementRowSchema), 'Agents needed per hour and queue for the scenario'), ...errorResponses(404, 409) },
    }),
    async (c) => c.json((await loadScenarioInputs(c.var.database.db, c.req.valid('param').scenarioId)).requirement, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/events/{eventId}/requirement',
      'x-access': 'supervisor',
      tags: ['forecast'],
      description: 'The requirement for the event\'s forecast under the given parameters, computed and not stored.',
      request: { params: eventIdParams, body: jsonBody(named(requirementParamsSchema, 'RequirementParams')) },
      responses: { 200: jsonResponse(z.array(requirementRowSchema), 'Agents needed per hour and queue'), ...errorResponses(400, 404) },
    }),
    async (c) => {
      const event = await getEvent(c.var.database.db, c.req.valid('param').eventId);
      return c.json(requirement(await getForecast(c.var.database.db, event.id, event.timeZone), c.req.valid('json')), 200);
    },
  );
