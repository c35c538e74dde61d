import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_RULES } from '../../server/http/access.ts';
import { DATABASES } from '../db/setup.ts';
import { openTestApp, type TestApp } from './harness.ts';

type Schema = { $ref?: string; allOf?: Schema[]; properties?: Record<string, Schema>; required?: string[]; items?: Schema; anyOf?: Schema[] };

for (const kind of DATABASES) {
  describe(`the OpenAPI document describes the main results on ${kind}`, () => {
    let t: TestApp;
    let doc: { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: Schema }> }> }>>; components: { schemas: Record<string, Schema> } };
    beforeAll(async () => {
      t = await openTestApp(kind);
      doc = (await t.call('GET', '/api/openapi.json', undefined, { as: null })).json;
    });
    afterAll(() => t.close());

    const resolve = (schema: Schema): Schema => (schema.$ref ? resolve(doc.components.schemas[schema.$ref.replace('#/components/schemas/', '')]) : schema);
    /** Property names of a schema, following $ref and allOf; optional ones get a trailing '?'. */
    const keys = (schema: Schema): string[] => {
      const s = resolve(schema);
      const own = Object.keys(s.properties ?? {}).map((k) => (s.required?.includes(k) ? k : `${k}?`));
      return [...(s.allOf ?? []).flatMap(keys), ...own].sort();
    };
    const property = (schema: Schema, name: string) => resolve(resolve(schema).properties![name]);
    const response = (path: string, method = 'get', status = '200') => doc.paths[path][method].responses[status].content!['application/json'].schema;

    it('names the fields of RosterDetail, its assignments, shortfall, reassignments and stats', () => {
      for (const path of ['/rosters/{rosterId}', '/scenarios/{scenarioId}/roster', '/events/{eventId}/roster']) expect(response(path).$ref).toBe('#/components/schemas/RosterDetail');
      expect(response('/rosters/{rosterId}/publish', 'post').$ref).toBe('#/components/schemas/RosterDetail');
      const roster = doc.components.schemas.RosterDetail;
      expect(keys(roster)).toEqual(['assignments', 'createdAt', 'diagnostics', 'eventId', 'id', 'publishedAt', 'reassignments', 'scenarioId', 'scenarioVersion', 'shortfall', 'stats', 'status']);
      expect(keys(property(roster, 'assignments').items!)).toEqual(['agentId', 'coverage?', 'end', 'id', 'note', 'overtimeHours?', 'queue', 'reassignedFrom?', 'sequence', 'start', 'status', 'template', 'uid']);
      expect(keys(property(roster, 'shortfall').items!)).toEqual(['hourStart', 'queue', 'required', 'scheduled']);
      expect(keys(property(roster, 'reassignments').items!)).toEqual(['agentId', 'end', 'fromQueue', 'start', 'toQueue']);
      expect(keys(property(roster, 'stats'))).toEqual(['belowFloorAgentHours?', 'gap', 'lowerBound', 'moneyGap?', 'objective', 'paidHours', 'solveMs']);
      expect(keys(property(roster, 'diagnostics'))).toEqual(['advice?', 'before?', 'cost?', 'exhausted?', 'objective?', 'overtime', 'replannedFrom?', 'suggestions', 'summary', 'violations']);
    });

    it('names the fields of the comparison', () => {
      expect(response('/scenarios/compare').$ref).toBe('#/components/schemas/ScenarioComparison');
      const comparison = doc.components.schemas.ScenarioComparison;
      expect(keys(comparison)).toEqual(['hourlyDifferences', 'scenarios']);
      expect(keys(property(comparison, 'scenarios').items!)).toEqual([
        'abandonmentRate', 'lostGmvCny', 'name', 'p90FirstResponseSeconds', 'paidHours', 'reassignments', 'requiredAgentHours', 'scenarioId', 'serviceLevel', 'shortfallAgentHours', 'totalCostCny', 'version',
      ]);
      const hour = property(comparison, 'hourlyDifferences').items!;
      expect(keys(hour)).toEqual(['hourStart', 'queue', 'values']);
      expect(keys(property(hour, 'values').items!)).toEqual(['required', 'scenarioId', 'scheduled']);
    });

    it('says who may call each operation in x-access, a specification extension the document allows', () => {
      // The fields OpenAPI 3.1 defines for an Operation Object; anything else must be an `x-` extension.
      const OPERATION_FIELDS = ['tags', 'summary', 'description', 'externalDocs', 'operationId', 'parameters', 'requestBody', 'responses', 'callbacks', 'deprecated', 'security', 'servers'];
      const operations = Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ route: `${method.toUpperCase()} ${path}`, op: op as Record<string, unknown> })));
      expect(operations.length).toBeGreaterThan(50);
      expect(operations.filter(({ op }) => !ACCESS_RULES.includes(op['x-access'] as never)).map((o) => o.route)).toEqual([]);
      expect(operations.flatMap(({ route, op }) => Object.keys(op).filter((k) => !OPERATION_FIELDS.includes(k) && !k.startsWith('x-')).map((k) => `${route}: ${k}`))).toEqual([]);
      const accessOf = (path: string, method: string) => (doc.paths[path][method] as unknown as Record<string, unknown>)['x-access'];
      expect([accessOf('/health', 'get'), accessOf('/users', 'get'), accessOf('/me/roster', 'get'), accessOf('/events/{eventId}/replan', 'post')]).toEqual(['public', 'admin', 'signed-in', 'supervisor']);
    });

    it('describes my roster, the simulation and a job\'s result', () => {
      expect(keys(response('/me/roster'))).toEqual(['agentId', 'assignments', 'eventId', 'name', 'reassignments']);
      const simulation = response('/scenarios/{scenarioId}/simulation');
      expect(keys(property(simulation, 'result'))).toEqual(['rosterId', 'scenarioVersion', 'summary', 'sweep']);
      expect(keys(property(property(simulation, 'result'), 'sweep'))).toEqual(['caps', 'horizonStart', 'planned?', 'recommended?']);
      const result = property(response('/jobs/{jobId}'), 'result');
      expect(result.anyOf!.map((s) => (s.$ref ? keys(s) : 'null'))).toEqual([
        ['rosterId', 'scenarioId', 'scenarioVersion', 'stats', 'summary'],
        ['rosterId', 'simulationId', 'summary'],
        'null',
      ]);
    });
  });
}
