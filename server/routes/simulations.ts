import { createRoute, z } from '@hono/zod-openapi';
import { DomainError } from '../../shared/errors.ts';
import { getScenario } from '../db/repositories/scenarios.ts';
import { latestSimulation } from '../db/repositories/simulations.ts';
import { errorResponses, idParam, jsonResponse, newRouter } from '../http/router.ts';
import { requireRosterToSimulate, type StoredSimulation } from '../services/simulateScenario.ts';
import { jobBody, jobSchema } from './jobs.ts';
import { simulationSchema } from './resultSchemas.ts';

const scenarioIdParams = z.object({ scenarioId: idParam('scenarioId') });

/** Simulations: run one for a scenario's roster (a job), read the newest. */
export const simulationRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/scenarios/{scenarioId}/simulate',
      'x-access': 'supervisor',
      tags: ['simulations'],
      description: "Simulates the scenario's newest roster at every cap of the sweep (a job). The scenario must have been solved at its current version: 409 when it has not.",
      request: { params: scenarioIdParams },
      responses: { 202: jsonResponse(jobSchema, 'The queued job'), ...errorResponses(404, 409) },
    }),
    async (c) => {
      const scenario = await getScenario(c.var.database.db, c.req.valid('param').scenarioId);
      await requireRosterToSimulate(c.var.database.db, scenario);
      return c.json(jobBody(await c.var.jobs.submit('simulate', { scenarioId: scenario.id }, { eventId: scenario.eventId, scenarioId: scenario.id })), 202);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/scenarios/{scenarioId}/simulation',
      'x-access': 'supervisor',
      tags: ['simulations'],
      request: { params: scenarioIdParams },
      responses: { 200: jsonResponse(simulationSchema, 'The newest simulation'), ...errorResponses(404) },
    }),
    async (c) => {
      const scenario = await getScenario(c.var.database.db, c.req.valid('param').scenarioId);
      const row = await latestSimulation(c.var.database.db, scenario.id);
      if (!row) throw new DomainError('NOT_FOUND', `Scenario ${scenario.id} has not been simulated yet: solve it, then POST /api/scenarios/${scenario.id}/simulate`);
      return c.json({ id: row.id, rosterId: row.rosterId, createdAt: row.createdAt.toISOString(), result: row.result as StoredSimulation }, 200);
    },
  );
