import { parseArgs, type ParseArgsConfig } from 'node:util';
import { readFileSync } from 'node:fs';
import { decodeText } from '../../shared/csv/decodeText.ts';
import { DomainError } from '../../shared/errors.ts';
import { parseForecastCsv } from '../../shared/forecast/parseForecastCsv.ts';
import { parseRequirementParams, type RequirementParams } from '../../shared/staffing/requirement.ts';
import type { ForecastRow } from '../../shared/types.ts';

export interface CliCommand {
  summary: string;
  /** Returns the process exit code. Throws DomainError for bad input (exit 2). */
  run(args: string[]): Promise<number>;
}

/** Parses options strictly; an unknown or malformed option is a usage error naming it. */
export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new DomainError('INVALID_INPUT', (error as Error).message);
  }
}

/** Reads a file named on the command line, with an error naming it when it cannot be read. */
export function readInputFile(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new DomainError('INVALID_INPUT', `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/** Reads and parses a JSON file, naming the file on failure. */
export function readJsonFile(path: string): unknown {
  const text = new TextDecoder().decode(readInputFile(path));
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DomainError('INVALID_INPUT', `${path} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Prefixes CSV errors with the file name so the user knows which input is wrong. */
export function inFile<T>(path: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof DomainError) throw new DomainError(error.code, `${path}: ${error.message}`, error.details);
    throw error;
  }
}

/** The path --forecast names; a usage error saying what the file holds when the option is missing. */
export function forecastOption(path: string | undefined): string {
  if (!path) throw new DomainError('INVALID_INPUT', 'missing --forecast FILE (a CSV of hour_start,queue,inquiries[,aht_seconds])');
  return path;
}

/** The forecast CSV at `path`, its errors prefixed with the file. */
export function readForecastFile(path: string): ForecastRow[] {
  const bytes = readInputFile(path);
  return inFile(path, () => parseForecastCsv(decodeText(bytes).text));
}

/** The requirement parameters named by --params, or none (every default) without the option. */
export function readParamsFile(path: string | undefined): RequirementParams {
  if (!path) return {};
  const json = readJsonFile(path);
  return inFile(path, () => parseRequirementParams(json));
}
