import { parseCsv, invalidCsv } from '../csv/parseCsv.ts';
import type { ProblemLocation } from '../errors.ts';
import { CONTRACTS, isQueueCode, type Agent, type Contract, type QueueCode } from '../types.ts';

const REQUIRED = ['agent_id', 'name', 'primary_queue', 'cross_trained_for', 'contract', 'team'] as const;
const MAX_NAME_LENGTH = 200;

/** Parses a staff list `agent_id,name,primary_queue,cross_trained_for,contract,team`; all rows or an error listing every bad one. */
export function parseAgentsCsv(text: string): Agent[] {
  const records = parseCsv(text, { requiredColumns: REQUIRED });
  const problems: ProblemLocation[] = [];
  const seen = new Map<string, number>();
  const agents: Agent[] = [];
  for (const { line, values } of records) {
    const before = problems.length;
    const id = values.agent_id.trim();
    if (!/^[A-Za-z0-9_.-]{1,40}$/.test(id)) problems.push({ line, field: 'agent_id', message: `"${id}" is not a valid id (letters, digits, _ . -; up to 40)` });
    else if (seen.has(id)) problems.push({ line, field: 'agent_id', message: `duplicate id "${id}" (first on line ${seen.get(id)})` });
    else seen.set(id, line);
    // Names are kept exactly as written: exports must reproduce them byte for byte.
    const name = values.name;
    if (name.trim() === '') problems.push({ line, field: 'name', message: 'name is empty' });
    if (name.length > MAX_NAME_LENGTH) problems.push({ line, field: 'name', message: `name longer than ${MAX_NAME_LENGTH} characters` });
    const primary = values.primary_queue.trim();
    if (!isQueueCode(primary)) problems.push({ line, field: 'primary_queue', message: `unknown queue "${primary}" (expected pre_sale, after_sale or logistics)` });
    const cross = values.cross_trained_for.split(/[;|]/).map((q) => q.trim()).filter(Boolean);
    for (const q of cross) {
      if (!isQueueCode(q)) problems.push({ line, field: 'cross_trained_for', message: `unknown queue "${q}"` });
      else if (q === primary) problems.push({ line, field: 'cross_trained_for', message: `"${q}" is already the primary queue` });
    }
    const contract = values.contract.trim();
    if (!(CONTRACTS as readonly string[]).includes(contract)) problems.push({ line, field: 'contract', message: `unknown contract "${contract}" (expected full_time or part_time)` });
    const team = values.team.trim();
    if (team === '' || team.length > 40) problems.push({ line, field: 'team', message: 'team must be 1-40 characters' });
    if (problems.length > before) continue;
    agents.push({
      id,
      name,
      primaryQueue: primary as QueueCode,
      crossTrainedFor: [...new Set(cross)] as QueueCode[],
      contract: contract as Contract,
      team,
      unavailable: [],
    });
  }
  if (problems.length > 0) throw invalidCsv(problems);
  return agents;
}
