// All reads and writes of the web app go through here.

export interface ApiErrorBody {
  error: { code: string; message: string; details?: { line?: number; field?: string; message: string }[] };
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.error.message);
  }
}

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { accept: 'application/json' } });
  const body = await response.json();
  if (!response.ok) throw new ApiError(response.status, body as ApiErrorBody);
  return body as T;
}

export interface Health {
  status: 'ok';
  database: 'pglite' | 'postgres';
}

export const api = {
  health: () => getJson<Health>('/api/health'),
};
