import { createHmac, timingSafeEqual } from 'node:crypto';

import type { Viewer } from '../access/policy';
import { processKey } from '../security/process-key';

type SignedIn = Extract<Viewer, { kind: 'signed-in' }>;

/**
 * The proxy's verdict on a member post request, handed to the route with the request: who Clerk
 * said the reader is, for which path, and when, signed with a key only this process holds. The
 * route accepts it instead of asking Clerk a second time, as Clerk's own `auth()` accepts what
 * clerkMiddleware signed for it. Anyone can send the header; nobody outside the process can sign
 * it, and a verdict for another path, an old one or a forged one is ignored: the route then asks
 * Clerk itself.
 */
export const VIEWER_VERDICT_HEADER = 'x-masthead-viewer';

/** Long enough for a request to go from the proxy to its route on a busy server; a verdict is never reused. */
const VERDICT_LIFETIME_MS = 10_000;

interface Sealed {
  userId: string;
  premium: boolean;
  editor: boolean;
  path: string;
  at: number;
}

function signature(body: string): Buffer {
  return createHmac('sha256', processKey('viewer-verdict')).update(body).digest();
}

export function sealVerdict(viewer: SignedIn, path: string, now: number = Date.now()): string {
  const sealed: Sealed = { userId: viewer.userId, premium: viewer.premium, editor: viewer.editor, path, at: now };
  const body = Buffer.from(JSON.stringify(sealed)).toString('base64url');
  return `${body}.${signature(body).toString('base64url')}`;
}

export function openVerdict(value: string | null, path: string, now: number = Date.now()): SignedIn | null {
  const [body, mac, extra] = value?.split('.') ?? [];
  if (!body || !mac || extra !== undefined) return null;
  const given = Buffer.from(mac, 'base64url');
  const expected = signature(body);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const sealed = JSON.parse(Buffer.from(body, 'base64url').toString()) as Sealed;
  if (sealed.path !== path || now < sealed.at || now - sealed.at > VERDICT_LIFETIME_MS) return null;
  return { kind: 'signed-in', userId: sealed.userId, premium: sealed.premium, editor: sealed.editor };
}
