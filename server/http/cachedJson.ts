import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Context } from 'hono';
import type { AppEnv } from './env.ts';

/** A JSON body serialised and gzipped once, with a strong ETag over its bytes. */
export interface CachedJson {
  bytes: Uint8Array<ArrayBuffer>;
  gzip: Uint8Array<ArrayBuffer>;
  etag: string;
}

/** Serialises `value` once for many responses. */
export function cachedJson(value: unknown): CachedJson {
  const bytes = new Uint8Array(Buffer.from(JSON.stringify(value), 'utf8'));
  return {
    bytes,
    gzip: new Uint8Array(gzipSync(bytes, { level: 6 })),
    etag: `W/"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"`,
  };
}

/** If-None-Match's weak comparison: any listed tag, or *, with or without W/, names this body. */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

/** True when the client takes gzip (q=0 refuses it). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  if (!acceptEncoding) return false;
  return acceptEncoding.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding.trim() !== 'gzip' && coding.trim() !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/**
 * Sends a cached body: 304 on a matching If-None-Match, gzip when the client takes it, revalidated on
 * every use. Typed `never` so routes that declare a JSON response schema accept the raw bytes.
 */
export function sendCachedJson(c: Context<AppEnv>, body: CachedJson): never {
  c.header('ETag', body.etag);
  c.header('Cache-Control', 'private, no-cache');
  c.header('Vary', 'Accept-Encoding');
  if (matchesEtag(c.req.header('if-none-match'), body.etag)) return c.body(null, 304) as never;
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=UTF-8' };
  if (acceptsGzip(c.req.header('accept-encoding'))) {
    headers['content-encoding'] = 'gzip';
    return c.body(body.gzip, 200, headers) as never;
  }
  return c.body(body.bytes, 200, headers) as never;
}

/** A small least-recently-used map from a content version key to its serialised body. */
export class JsonCache {
  private readonly entries = new Map<string, CachedJson>();
  constructor(private readonly size: number) {}

  /** The body under `key`, built (and kept) on a miss. */
  async get(key: string, build: () => Promise<unknown>): Promise<CachedJson> {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const body = cachedJson(await build());
    if (this.entries.size >= this.size) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, body);
    return body;
  }
}

const cachesByDatabase = new WeakMap<object, Map<string, JsonCache>>();

/**
 * The body cache named `name` for one database: ids and versions are only unique within a database, and
 * one process may serve several (the tests do), so caches never mix them.
 */
export function jsonCacheFor(database: object, name: string, size: number): JsonCache {
  let caches = cachesByDatabase.get(database);
  if (!caches) cachesByDatabase.set(database, (caches = new Map()));
  let cache = caches.get(name);
  if (!cache) caches.set(name, (cache = new JsonCache(size)));
  return cache;
}
