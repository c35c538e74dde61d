/** Typed domain errors: a machine-readable code, a human message, and where the problem is. */

/** Every code a DomainError carries; the web app has a sentence for each in its message files. */
export const DOMAIN_ERROR_CODES = [
  'INVALID_INPUT',
  'INVALID_CSV',
  'NOT_FOUND',
  'CONFLICT',
  'VERSION_CONFLICT',
  'INFEASIBLE',
  'SHIFT_OVERLAP',
  'LIMIT_EXCEEDED',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'RATE_LIMITED',
] as const;

export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/** One problem at one place: a CSV line and column, or a JSON path. */
export interface ProblemLocation {
  /** 1-based line number in the uploaded file, header included. */
  line?: number;
  field?: string;
  message: string;
}

export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly details?: ProblemLocation[];

  constructor(code: DomainErrorCode, message: string, details?: ProblemLocation[]) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }
}

/** Formats problems as "line 12, field queue: unknown queue" for CLIs and logs. */
export function describeProblems(problems: ProblemLocation[]): string {
  return problems
    .map((p) => [p.line !== undefined ? `line ${p.line}` : '', p.field ? `field ${p.field}` : '', p.message].filter(Boolean).join(', '))
    .join('\n');
}
