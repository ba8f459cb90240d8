import { randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The key that lets this server ask itself for a member post page rendered for a class of
 * readers. It is made when the process starts using it and never leaves the process: the proxy
 * refuses the rendering path to any request without it, and the page checks it again. The proxy
 * and the route handlers are bundled apart, so it is kept on `globalThis` under a registered symbol.
 */
const SLOT = Symbol.for('masthead.render-secret');

export const RENDER_SECRET_HEADER = 'x-masthead-render';

type WithSecret = typeof globalThis & { [SLOT]?: string };

export function renderSecret(): string {
  const global = globalThis as WithSecret;
  global[SLOT] ??= randomBytes(32).toString('base64url');
  return global[SLOT];
}

export function carriesRenderSecret(headers: Pick<Headers, 'get'>): boolean {
  const given = Buffer.from(headers.get(RENDER_SECRET_HEADER) ?? '');
  const expected = Buffer.from(renderSecret());
  return given.length === expected.length && timingSafeEqual(given, expected);
}
