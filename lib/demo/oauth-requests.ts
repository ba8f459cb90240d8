import 'server-only';

import { crossSiteRefused, isCrossSiteWrite } from '@/lib/auth/guards/cross-site';
import { getViewer } from '@/lib/auth/session/viewer';
import { machineAuth } from '@/lib/auth/tokens/per-process';
import { DASHBOARD_PATH } from '@/lib/paths';
import { readBoundedForm } from '@/lib/security/bounded-body';

import { isDemoIdentities } from './demo-mode';
import { authorizeRequest, exchangeCode, issueCode, revokeGrant } from './oauth-provider';

/** Forms here hold a handful of short fields. */
const FORM_LIMIT = 4096;

const plain = (status: number, text: string) =>
  new Response(`${text}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });

const seeOther = (location: string) =>
  new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } });

/** The signed-in member who sent a form from this site, and its fields; or the answer to give. */
async function memberForm(req: Request): Promise<{ userId: string; form: FormData } | Response> {
  if (!isDemoIdentities()) return plain(404, 'Not found');
  if (isCrossSiteWrite(req)) return crossSiteRefused();
  const viewer = await getViewer();
  if (viewer.kind !== 'signed-in') return plain(401, 'Sign in first.');
  const body = await readBoundedForm(req, FORM_LIMIT);
  if (body.kind !== 'read') return plain(400, 'The form could not be read.');
  return { userId: viewer.userId, form: body.form };
}

const fields = (form: FormData) =>
  new URLSearchParams(
    [...form.entries()].flatMap(([name, value]) =>
      typeof value === 'string' ? [[name, value]] : [],
    ),
  );

/** The consent form's answer: back to the app's redirect with a code, or with access_denied. */
export async function consentResponse(req: Request): Promise<Response> {
  const sent = await memberForm(req);
  if (sent instanceof Response) return sent;
  const query = fields(sent.form);
  const request = authorizeRequest(query);
  if ('problem' in request) return plain(400, request.problem);
  const back = new URL(request.redirectUri);
  if (request.state) back.searchParams.set('state', request.state);
  if (query.get('decision') === 'allow')
    back.searchParams.set('code', issueCode(sent.userId, request));
  else back.searchParams.set('error', 'access_denied');
  return seeOther(back.toString());
}

/** "Revoke" on the dashboard: the grant is revoked at the demo's Clerk and forgotten here at once. */
export async function revokeGrantResponse(req: Request): Promise<Response> {
  const sent = await memberForm(req);
  if (sent instanceof Response) return sent;
  const grantId = sent.form.get('grantId');
  const token = typeof grantId === 'string' ? revokeGrant(sent.userId, grantId) : null;
  if (token) machineAuth().verifier.forget(token);
  return seeOther(`${DASHBOARD_PATH}?app=${token ? 'revoked' : 'not-found'}#apps`);
}

/** The token endpoint (RFC 6749 §4.1.3): an access token for a code, or OAuth's own error shape. */
export async function tokenResponse(req: Request): Promise<Response> {
  if (!isDemoIdentities()) return plain(404, 'Not found');
  const body = await readBoundedForm(req, FORM_LIMIT);
  const exchange =
    body.kind === 'read'
      ? exchangeCode(fields(body.form))
      : ({ kind: 'refused', error: 'invalid_request' } as const);
  const headers = { 'Cache-Control': 'no-store' };
  if (exchange.kind === 'refused')
    return Response.json(
      { error: exchange.error },
      { status: exchange.error === 'temporarily_unavailable' ? 503 : 400, headers },
    );
  const { grant } = exchange;
  return Response.json(
    {
      access_token: grant.token,
      token_type: 'Bearer',
      expires_in: Math.floor((grant.expiration - Date.now()) / 1000),
      scope: grant.scopes.join(' '),
    },
    { headers },
  );
}
