import { DomainError, describeProblems } from '../shared/errors.ts';
import { commands } from './cli/commands.ts';

/** Exit codes scripts can rely on: 0 ok, 1 unexpected failure, 2 bad input or usage. */
async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    process.stderr.write(`usage: npm run --silent cli -- <command> [options]\ncommands:\n${Object.entries(commands)
      .map(([n, c]) => `  ${n.padEnd(12)} ${c.summary}`)
      .join('\n')}\n`);
    return 2;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof DomainError) {
      process.stderr.write(`error: ${error.message}\n${error.details ? describeProblems(error.details) + '\n' : ''}`);
      return 2;
    }
    throw error;
  }
}

// A reader that stops early (`| head`) closes the pipe: the output it wanted has been written, so end quietly
// instead of dying on an unhandled EPIPE with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await main(process.argv.slice(2));
