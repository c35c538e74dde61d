import type { CliCommand } from './command.ts';

export const migrateCommand: CliCommand = {
  summary: 'run database migrations (same as npm run migrate)',
  async run() {
    const { runMigrateCli } = await import('../migrate.ts');
    return runMigrateCli();
  },
};
