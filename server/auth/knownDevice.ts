import { createHash, randomBytes } from 'node:crypto';

/** The cookie a browser gets when it signs in, so later sign-ins from it skip the per-name throttle. */
export const DEVICE_COOKIE = 'pr_device';
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 180 * 24 * 3600;

/** A new known-device cookie value for a user name: a random id and the name it was earned for. */
export function newDeviceCookie(username: string): string {
  return `${randomBytes(16).toString('base64url')}.${Buffer.from(username, 'utf8').toString('base64url')}`;
}

/** The hash the throttle counts a device's failures under, when the (already signature-checked) cookie was issued for this name. */
export function deviceFor(cookie: string | false | undefined, username: string): string | null {
  if (!cookie) return null;
  const [id, name] = cookie.split('.');
  if (!id || name === undefined || Buffer.from(name, 'base64url').toString('utf8') !== username) return null;
  return createHash('sha256').update(id).digest('hex');
}
