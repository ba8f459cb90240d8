import { timingSafeEqual } from 'node:crypto';

import { processKey } from '../security/process-key';

/**
 * The key that lets this server ask itself for a member post page rendered for a class of
 * readers (lib/security/process-key.ts: it never leaves the process). The proxy refuses the
 * rendering path to any request without it, and the page checks it again.
 */
export const RENDER_SECRET_HEADER = 'x-masthead-render';

export function renderSecret(): string {
  return processKey('render').toString('base64url');
}

export function carriesRenderSecret(headers: Pick<Headers, 'get'>): boolean {
  const given = Buffer.from(headers.get(RENDER_SECRET_HEADER) ?? '');
  const expected = Buffer.from(renderSecret());
  return given.length === expected.length && timingSafeEqual(given, expected);
}
