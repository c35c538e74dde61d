/** Zod schemas for the roster engine's input, for the API and job wiring. */
import { z } from 'zod';
import { isoInstant } from '../isoInstant.ts';
import { CONTRACTS, QUEUE_CODES } from '../types.ts';
import { rosterRulesSchema } from './rulesSchema.ts';


export const requirementInputRowSchema = z.object({
  hourStart: isoInstant,
  queue: z.enum(QUEUE_CODES),
  requiredAgents: z.number().min(0).max(1_000_000),
});

export const rosterAgentSchema = z.object({
  id: z.string().min(1).max(40),
  name: z.string().max(200),
  primaryQueue: z.enum(QUEUE_CODES),
  crossTrainedFor: z.array(z.enum(QUEUE_CODES)),
  contract: z.enum(CONTRACTS),
  team: z.string().max(40),
  unavailable: z.array(z.object({ start: isoInstant, end: isoInstant })).default([]),
});

/** The whole input of solveRoster: requirement rows (the extra RequirementRow fields are ignored), agents, rules. */
export const rosterInputSchema = z.object({
  requirement: z.array(requirementInputRowSchema).min(1).max(200_000),
  agents: z.array(rosterAgentSchema).min(1).max(5_000),
  rules: rosterRulesSchema.optional(),
});
