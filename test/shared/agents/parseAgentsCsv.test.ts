import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAgentsCsv } from '../../../shared/agents/parseAgentsCsv.ts';
import { DomainError } from '../../../shared/errors.ts';

const HEADER = 'agent_id,name,primary_queue,cross_trained_for,contract,team\n';

describe('parseAgentsCsv', () => {
  it('reads the demo staff list with hostile names intact', () => {
    const agents = parseAgentsCsv(readFileSync('server/demo/agents.csv', 'utf8'));
    expect(agents).toHaveLength(152);
    expect(agents.filter((a) => a.primaryQueue === 'pre_sale').length).toBeGreaterThanOrEqual(80);
    expect(agents.find((a) => a.id === 'A151')?.name).toBe('O\'Brien, Zoë; "night" \\ lead');
    expect(agents.find((a) => a.id === 'A152')).toMatchObject({ name: '=HYPERLINK("x")', contract: 'part_time', crossTrainedFor: ['pre_sale'] });
  });

  it('rejects the whole file, listing every bad row by line and field', () => {
    const text = HEADER + 'A1,甲,pre_sale,,full_time,T1\nA2,乙,presale,,full_time,T1\nA1,丙,after_sale,after_sale,contractor,T2\n';
    try {
      parseAgentsCsv(text);
      throw new Error('expected rejection');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      const details = (error as DomainError).details!;
      expect(details).toEqual([
        { line: 3, field: 'primary_queue', message: expect.stringContaining('presale') },
        { line: 4, field: 'agent_id', message: expect.stringContaining('duplicate id "A1" (first on line 2)') },
        { line: 4, field: 'cross_trained_for', message: expect.stringContaining('already the primary queue') },
        { line: 4, field: 'contract', message: expect.stringContaining('contractor') },
      ]);
    }
  });
});
