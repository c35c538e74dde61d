import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Context } from 'hono';
import type { AppEnv } from './env.ts';

// The one response cache of the server: a body serialised and gzipped once, kept under a key that names the
// stored revision it was built from (a roster's publication and revision, an event's content_version, a feed's
// token and published roster), so a change anywhere, by any process, is a new key and no entry needs forgetting.

/** A response body built once for many responses, with a strong-enough ETag over its bytes. */
export interface CachedBody {
  bytes: Uint8Array<ArrayBuffer>;
  gzip: Uint8Array<ArrayBuffer>;
  etag: string;
  contentType: string;
}

/** Wraps bytes already built once for many responses. */
export function cachedBody(content: string | Uint8Array, contentType: string): CachedBody {
  const bytes = new Uint8Array(typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
  return {
    bytes,
    gzip: new Uint8Array(gzipSync(bytes, { level: 6 })),
    etag: `W/"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"`,
    contentType,
  };
}

/** Serialises `value` once for many responses. */
export function cachedJson(value: unknown): CachedBody {
  return cachedBody(JSON.stringify(value), 'application/json; charset=UTF-8');
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
 * Sends a cached body: 304 on a matching If-None-Match, gzip when the client takes it. Typed `never` so routes
 * that declare a JSON response schema accept the raw bytes.
 */
export function sendCachedBody(c: Context<AppEnv>, body: CachedBody, cacheControl = 'private, no-cache'): never {
  c.header('ETag', body.etag);
  c.header('Cache-Control', cacheControl);
  c.header('Vary', 'Accept-Encoding');
  if (matchesEtag(c.req.header('if-none-match'), body.etag)) return c.body(null, 304) as never;
  const headers: Record<string, string> = { 'content-type': body.contentType };
  if (acceptsGzip(c.req.header('accept-encoding'))) {
    headers['content-encoding'] = 'gzip';
    return c.body(body.gzip, 200, headers) as never;
  }
  return c.body(body.bytes, 200, headers) as never;
}

/** A cached JSON body, revalidated on every use. */
export function sendCachedJson(c: Context<AppEnv>, body: CachedBody): never {
  return sendCachedBody(c, body);
}

/** A small least-recently-used map from a revision key to its body; concurrent misses of one key build it once. */
export class BodyCache {
  private readonly entries = new Map<string, Promise<CachedBody>>();
  constructor(private readonly size: number) {}

  /** The body under `key`, built (and kept) on a miss; a failed build is not kept. */
  get(key: string, build: () => Promise<CachedBody>): Promise<CachedBody> {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const built = build();
    if (this.entries.size >= this.size) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, built);
    built.catch(() => {
      if (this.entries.get(key) === built) this.entries.delete(key);
    });
    return built;
  }

  /** The JSON of `build()`'s value under `key`. */
  json(key: string, build: () => Promise<unknown>): Promise<CachedBody> {
    return this.get(key, async () => cachedJson(await build()));
  }
}

const cachesByDatabase = new WeakMap<object, Map<string, BodyCache>>();

/**
 * The body cache named `name` for one database: ids and versions are only unique within a database, and
 * one process may serve several (the tests do), so caches never mix them.
 */
export function bodyCacheFor(database: object, name: string, size: number): BodyCache {
  let caches = cachesByDatabase.get(database);
  if (!caches) cachesByDatabase.set(database, (caches = new Map()));
  let cache = caches.get(name);
  if (!cache) caches.set(name, (cache = new BodyCache(size)));
  return cache;
}
