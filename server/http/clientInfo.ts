import type { Context } from 'hono';
import type { AppEnv } from './env.ts';

// What the socket says, unless TRUST_PROXY says a reverse proxy in front of us tells the truth in its headers.
// Off by default: without a proxy that overwrites them, anyone could send X-Forwarded-For to pose as another
// address (and dodge the sign-in throttle) or X-Forwarded-Proto to look like TLS.

interface NodeSocket {
  remoteAddress?: string;
  encrypted?: boolean;
}

function socketOf(c: Context<AppEnv>): NodeSocket | undefined {
  return (c.env as { incoming?: { socket?: NodeSocket } } | undefined)?.incoming?.socket;
}

/** The last entry of a comma-separated forwarding header: the one our own proxy appended. */
function lastForwarded(value: string | undefined): string | undefined {
  const last = value?.split(',').at(-1)?.trim();
  return last ? last : undefined;
}

/** The client's address: the socket's, or with a trusted proxy the address that proxy saw. */
export function clientAddress(c: Context<AppEnv>): string {
  const socket = socketOf(c)?.remoteAddress ?? 'unknown';
  if (!c.var.trustProxy) return socket;
  return lastForwarded(c.req.header('x-forwarded-for')) ?? socket;
}

/** True when the request reached us over TLS: on our own socket, or at a trusted proxy that says so. */
export function requestIsTls(c: Context<AppEnv>): boolean {
  if (socketOf(c)?.encrypted) return true;
  if (c.var.trustProxy) return lastForwarded(c.req.header('x-forwarded-proto'))?.toLowerCase() === 'https';
  return new URL(c.req.url).protocol === 'https:';
}
