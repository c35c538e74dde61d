import { checkRequirementCommand } from './checkRequirementCommand.ts';
import type { CliCommand } from './command.ts';
import { migrateCommand } from './migrateCommand.ts';
import { planCommand } from './planCommand.ts';
import { replanCommand } from './replanCommand.ts';
import { requirementCommand } from './requirementCommand.ts';
import { simulateCommand } from './simulateCommand.ts';
import { whatifCommand } from './whatifCommand.ts';

/** Every CLI command by name; each lives in its own file under server/cli/. */
export const commands: Record<string, CliCommand> = {
  'check-requirement': checkRequirementCommand,
  migrate: migrateCommand,
  plan: planCommand,
  replan: replanCommand,
  requirement: requirementCommand,
  simulate: simulateCommand,
  whatif: whatifCommand,
};
