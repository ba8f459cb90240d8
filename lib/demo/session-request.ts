import 'server-only';

import { readBoundedForm } from '@/lib/security/bounded-body';
import { isCrossSiteWrite } from '@/lib/auth/guards/cross-site';
import { safeReturnPath } from '@/lib/auth/guards/return-to';
import { SIGN_IN_PATH } from '@/lib/paths';
import { siteUrl } from '@/lib/site-url';

import { demoSessionCookies, signedOutCookies } from './demo-session';
import { DEMO_IDENTITY_KEYS, isDemoIdentityKey, SIGNED_OUT } from './identities';

function plain(status: number, message: string): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

/** A 303, so the browser follows with a GET, carrying the session cookies. Built from the site URL, never from request headers. */
function seeOther(path: string, cookies: string[]): Response {
  const headers = new Headers({
    Location: new URL(path, siteUrl()).toString(),
    'Cache-Control': 'no-store',
  });
  for (const cookie of cookies) headers.append('Set-Cookie', cookie);
  return new Response(null, { status: 303, headers });
}

/** Two short fields: 4 kB holds a `redirect_url` of any address this site has, and nothing worth parsing. */
const DEMO_FORM_LIMIT = 4096;

/**
 * `POST /api/demo/session` with the form fields `as` (an identity, or `signed-out`) and
 * `redirect_url`. A form posted from another site is refused: nobody should be signed in to the
 * demo, as anyone, by a page they happened to visit.
 */
export async function demoSessionResponse(req: Request): Promise<Response> {
  const origin = siteUrl().origin;
  if (isCrossSiteWrite(req)) return plain(403, `Demo sign-in only accepts forms from ${origin}.`);
  const body = await readBoundedForm(req, DEMO_FORM_LIMIT);
  if (body.kind === 'too-large')
    return plain(
      413,
      `The form is over ${DEMO_FORM_LIMIT} bytes: send the fields "as" and "redirect_url".`,
    );
  if (body.kind === 'unreadable') {
    return plain(
      400,
      'Send a form (application/x-www-form-urlencoded or multipart/form-data) with the field "as".',
    );
  }
  const { form } = body;
  const as = form.get('as');
  const redirectUrl = form.get('redirect_url');
  const returnTo = typeof redirectUrl === 'string' ? redirectUrl : undefined;
  if (as === SIGNED_OUT) return seeOther(safeReturnPath(returnTo, origin, '/'), signedOutCookies());
  if (!isDemoIdentityKey(as)) {
    return plain(
      400,
      `Unknown identity ${JSON.stringify(as)}: "as" must be one of ${[...DEMO_IDENTITY_KEYS, SIGNED_OUT].join(', ')}.`,
    );
  }
  return seeOther(safeReturnPath(returnTo, origin), await demoSessionCookies(as));
}

/** Someone who typed the address: the identities are chosen on the sign-in page. */
export function demoSessionPage(): Response {
  return seeOther(SIGN_IN_PATH, []);
}
