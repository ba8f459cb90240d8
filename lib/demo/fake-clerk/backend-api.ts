import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/*
 * A local stand-in for the few endpoints of Clerk's Backend API (BAPI) that this site's server
 * calls, so that the real SDK (`clerkClient()` in @clerk/nextjs, which reads `CLERK_API_URL`) can
 * be driven offline. The site is pointed at it with `CLERK_API_URL` and nothing else: no code of
 * the site knows it is not Clerk.
 *
 * Shapes follow Clerk's Backend API reference (https://clerk.com/docs/reference/backend-api) and
 * the SDK's own types, `node_modules/@clerk/backend/dist/api/resources/JSON.d.ts` (`APIKeyJSON`,
 * `M2MTokenJSON`, `BillingSubscriptionJSON`, `BillingSubscriptionItemJSON`, `BillingPlanJSON`,
 * `FeatureJSON`) and `ClerkAPIErrorJSON` of @clerk/shared:
 * - POST /api_keys, GET /api_keys?subject=, GET /api_keys/{id}/secret,
 *   POST /api_keys/{id}/revoke, POST /api_keys/verify (the SDK calls these, and the M2M
 *   endpoints, without the `/v1` version prefix: `skipApiVersionInUrl` in its factory)
 *   (https://clerk.com/docs/reference/backend/api-keys/verify: invalid, revoked or expired keys are
 *   an error; the SDK reads a 404 as "API key not found").
 * - POST /m2m_tokens (with a machine secret key), POST /m2m_tokens/verify
 *   (https://clerk.com/docs/reference/backend/m2m-tokens/verify).
 * - POST /oauth_applications/access_tokens/verify, body `{ access_token }`: what the SDK's
 *   `idPOAuthAccessToken.verify()` calls for an opaque OAuth access token (`oat_...`) and answers
 *   as `IdPOAuthAccessTokenJSON` (`object: 'clerk_idp_oauth_access_token'`); unknown, revoked and
 *   expired tokens are a 404 (https://clerk.com/docs/reference/backend-api/tag/oauth-applications).
 *   Clerk issues these at the end of its OAuth consent flow, on the instance's Frontend API; the
 *   stand-in mints them through a control instead (below).
 * - GET /v1/users/{id}/billing/subscription
 *   (https://clerk.com/docs/reference/backend/billing/get-user-billing-subscription).
 * Every call must carry an instance's secret key (`Authorization: Bearer sk_...`), else 401, as
 * Clerk answers an unknown key. Keys and tokens belong to the instance whose secret made them: the
 * same secret verified with another instance's key is not found.
 *
 * Test-only controls under /__stand-in/ (never part of Clerk's API): make every answer slow
 * or fail, count the calls, give a user a plan's features, and grant or revoke an OAuth access
 * token as Clerk's consent screen and a member's "revoke" would.
 */

export interface StandInMachine {
  id: string;
  secretKey: string;
  /** The instance secret key this machine belongs to. */
  instance: string;
}

export interface StandInOptions {
  /** The secret keys of the instances this stand-in hosts. */
  instances: string[];
  machines?: StandInMachine[];
  port?: number;
}

export interface Behaviour {
  /** Milliseconds every Backend API call waits before answering. */
  delayMs: number;
  /** When set, every Backend API call answers this status (after the delay) instead of its result. */
  failStatus: number | null;
  /** When set, only calls whose path starts with this are slowed or failed. */
  onlyPath: string | null;
}

/** What an OAuth application was granted: by whom (`user_...`, or `org_...` for an organization's grant) and for what. */
export interface OAuthGrantRequest {
  subject: string;
  scopes: string[];
  clientId: string;
  /** Default one hour, as Clerk's OAuth access tokens. */
  secondsUntilExpiration?: number;
}

export interface OAuthGrant {
  id: string;
  token: string;
  clientId: string;
  subject: string;
  scopes: string[];
  expiration: number;
  createdAt: number;
}

export interface RunningStandIn {
  /** What `CLERK_API_URL` is set to. */
  url: string;
  /** What Clerk Billing says a user of an instance has (the `/__stand-in/` control, without a request). */
  setPlanFeatures(instance: string, userId: string, features: string[]): void;
  /** An OAuth access token, as Clerk issues one after the member's consent. */
  grantOAuthToken(instance: string, grant: OAuthGrantRequest): OAuthGrant;
  /** The member's OAuth grants that are neither revoked nor expired. */
  oauthGrants(instance: string, subject: string): OAuthGrant[];
  /** Revokes one of the member's grants; false when it is not theirs. */
  revokeOAuthGrant(instance: string, subject: string, grantId: string): boolean;
  stop(): Promise<void>;
}

interface ApiKeyRecord {
  id: string;
  secret: string;
  instance: string;
  name: string;
  subject: string;
  scopes: string[];
  claims: Record<string, unknown> | null;
  description: string | null;
  createdBy: string | null;
  revoked: boolean;
  revocationReason: string | null;
  /** Milliseconds since the epoch, or null for a key that does not expire. */
  expiration: number | null;
  createdAt: number;
  updatedAt: number;
}

interface M2MTokenRecord {
  id: string;
  token: string;
  instance: string;
  subject: string;
  scopes: string[];
  claims: Record<string, unknown> | null;
  revoked: boolean;
  expiration: number | null;
  createdAt: number;
}

interface OAuthTokenRecord extends OAuthGrant {
  instance: string;
  revoked: boolean;
}

type Json = Record<string, unknown>;

function secretOf(prefix: string): string {
  return `${prefix}${randomBytes(24).toString('base64url').replace(/[-_]/g, 'x')}`;
}

function expired(expiration: number | null, now: number): boolean {
  return expiration !== null && expiration <= now;
}

function apiKeyJson(key: ApiKeyRecord, now: number, withSecret: boolean): Json {
  return {
    object: 'api_key',
    id: key.id,
    type: 'api_key',
    name: key.name,
    ...(withSecret ? { secret: key.secret } : {}),
    subject: key.subject,
    scopes: key.scopes,
    claims: key.claims,
    revoked: key.revoked,
    revocation_reason: key.revocationReason,
    expired: expired(key.expiration, now),
    expiration: key.expiration,
    created_by: key.createdBy,
    description: key.description,
    last_used_at: null,
    created_at: key.createdAt,
    updated_at: key.updatedAt,
  };
}

function m2mTokenJson(token: M2MTokenRecord, now: number, withToken: boolean): Json {
  return {
    object: 'machine_to_machine_token',
    id: token.id,
    ...(withToken ? { token: token.token } : {}),
    subject: token.subject,
    scopes: token.scopes,
    claims: token.claims,
    revoked: token.revoked,
    revocation_reason: null,
    expired: expired(token.expiration, now),
    expiration: token.expiration,
    created_at: token.createdAt,
    updated_at: token.createdAt,
  };
}

function oauthTokenJson(token: OAuthTokenRecord, now: number): Json {
  return {
    object: 'clerk_idp_oauth_access_token',
    id: token.id,
    client_id: token.clientId,
    type: 'oauth_token',
    subject: token.subject,
    scopes: token.scopes,
    revoked: token.revoked,
    revocation_reason: token.revoked ? 'revoked by the user' : null,
    expired: expired(token.expiration, now),
    expiration: token.expiration,
    created_at: token.createdAt,
    updated_at: token.createdAt,
  };
}

function publicGrant(token: OAuthTokenRecord): OAuthGrant {
  const { id, token: secret, clientId, subject, scopes, expiration, createdAt } = token;
  return { id, token: secret, clientId, subject, scopes, expiration, createdAt };
}

function subscriptionJson(instance: string, userId: string, features: string[], now: number): Json {
  const plan = {
    object: 'commerce_plan',
    id: 'cplan_standin_premium',
    name: 'Premium',
    slug: 'premium',
    description: null,
    is_default: false,
    is_recurring: true,
    has_base_fee: true,
    publicly_visible: true,
    fee: { amount: 800, amount_formatted: '8.00', currency: 'USD', currency_symbol: '$' },
    annual_fee: null,
    annual_monthly_fee: null,
    for_payer_type: 'user',
    features: features.map((slug) => ({
      object: 'feature',
      id: `feat_${slug}`,
      name: slug,
      description: null,
      slug,
      avatar_url: null,
    })),
    free_trial_days: null,
    free_trial_enabled: false,
    avatar_url: null,
  };
  return {
    object: 'commerce_subscription',
    id: `csub_${userId}`,
    instance_id: instance.slice(0, 12),
    status: 'active',
    payer_id: `cpayer_${userId}`,
    created_at: now,
    updated_at: now,
    active_at: now,
    past_due_at: null,
    subscription_items: [
      {
        object: 'commerce_subscription_item',
        id: `csubi_${userId}`,
        instance_id: instance.slice(0, 12),
        status: 'active',
        plan_period: 'month',
        period_start: now,
        period_end: null,
        is_free_trial: false,
        ended_at: null,
        created_at: now,
        updated_at: now,
        canceled_at: null,
        past_due_at: null,
        plan,
        plan_id: plan.id,
      },
    ],
  };
}

function send(
  res: ServerResponse,
  status: number,
  body: Json,
  headers: Record<string, string> = {},
): void {
  // The SDK parses a body as JSON only when Content-Type is exactly `application/json`.
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function clerkError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): void {
  send(
    res,
    status,
    {
      errors: [{ code, message, long_message: message, meta: {} }],
      clerk_trace_id: `trace_${randomBytes(4).toString('hex')}`,
    },
    headers,
  );
}

async function readJson(req: IncomingMessage): Promise<Json> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  const parsed: unknown = JSON.parse(text);
  return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Json) : {};
}

function bearer(req: IncomingMessage): string {
  return /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function objectOrNull(value: unknown): Record<string, unknown> | null {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/**
 * What a verify endpoint answers for: the record the body's `field` names, if it is this
 * instance's and neither revoked nor expired (Clerk answers 404 for all of those alike).
 */
async function validRecord<
  T extends { instance: string; revoked: boolean; expiration: number | null },
>(
  req: IncomingMessage,
  field: string,
  records: Map<string, T>,
  instance: string,
  now: number,
): Promise<T | undefined> {
  const value = (await readJson(req))[field];
  const record = typeof value === 'string' ? records.get(value) : undefined;
  return record &&
    record.instance === instance &&
    !record.revoked &&
    !expired(record.expiration, now)
    ? record
    : undefined;
}

/** Where the call counts group requests: the route, with ids replaced. */
function routeOf(method: string, path: string): string {
  return `${method} ${path.replace(/\/(user|ak|mt|apikey|mch|oat)_[A-Za-z0-9]+/g, '/{id}')}`;
}

export async function startClerkBackendStandIn(options: StandInOptions): Promise<RunningStandIn> {
  const instances = new Set(options.instances);
  const machines = options.machines ?? [];
  const apiKeys = new Map<string, ApiKeyRecord>();
  const m2mTokens = new Map<string, M2MTokenRecord>();
  const oauthTokens = new Map<string, OAuthTokenRecord>();
  const features = new Map<string, string[]>();
  const calls = new Map<string, number>();
  let behaviour: Behaviour = { delayMs: 0, failStatus: null, onlyPath: null };

  function apiKeyById(id: string, instance: string): ApiKeyRecord | undefined {
    return [...apiKeys.values()].find((key) => key.id === id && key.instance === instance);
  }

  function grantOAuthToken(instance: string, grant: OAuthGrantRequest): OAuthGrant {
    const now = Date.now();
    const token: OAuthTokenRecord = {
      id: `oat_id_${randomBytes(8).toString('hex')}`,
      token: secretOf('oat_'),
      instance,
      clientId: grant.clientId,
      subject: grant.subject,
      scopes: grant.scopes,
      revoked: false,
      expiration: now + (grant.secondsUntilExpiration ?? 3600) * 1000,
      createdAt: now,
    };
    oauthTokens.set(token.token, token);
    return publicGrant(token);
  }

  function oauthGrants(instance: string, subject: string): OAuthGrant[] {
    const now = Date.now();
    return [...oauthTokens.values()]
      .filter((t) => t.instance === instance && t.subject === subject)
      .filter((t) => !t.revoked && !expired(t.expiration, now))
      .map(publicGrant);
  }

  function revokeOAuthGrant(instance: string, subject: string, grantId: string): boolean {
    const token = [...oauthTokens.values()].find(
      (t) => t.id === grantId && t.instance === instance && t.subject === subject,
    );
    if (!token) return false;
    token.revoked = true;
    return true;
  }

  async function control(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (!instances.has(bearer(req)))
      return clerkError(
        res,
        401,
        'authentication_invalid',
        'The stand-in controls need an instance secret key.',
      );
    if (req.method === 'PUT' && path === '/__stand-in/behaviour') {
      const body = await readJson(req);
      behaviour = {
        delayMs: typeof body.delayMs === 'number' ? body.delayMs : 0,
        failStatus: typeof body.failStatus === 'number' ? body.failStatus : null,
        onlyPath: typeof body.onlyPath === 'string' ? body.onlyPath : null,
      };
      return send(res, 200, { ...behaviour });
    }
    if (req.method === 'GET' && path === '/__stand-in/calls')
      return send(res, 200, Object.fromEntries(calls));
    if (req.method === 'DELETE' && path === '/__stand-in/calls') {
      calls.clear();
      return send(res, 200, {});
    }
    const userFeatures = /^\/__stand-in\/users\/([^/]+)\/features$/.exec(path);
    if (req.method === 'PUT' && userFeatures?.[1]) {
      const list = stringList((await readJson(req)).features);
      features.set(`${bearer(req)} ${userFeatures[1]}`, list);
      return send(res, 200, { features: list });
    }
    if (req.method === 'POST' && path === '/__stand-in/oauth/access_tokens') {
      const body = await readJson(req);
      if (typeof body.subject !== 'string')
        return clerkError(res, 422, 'form_param_missing', 'subject is required.');
      const grant = grantOAuthToken(bearer(req), {
        subject: body.subject,
        scopes: stringList(body.scopes),
        clientId: typeof body.client_id === 'string' ? body.client_id : 'oauth_app_test',
        ...(typeof body.seconds_until_expiration === 'number'
          ? { secondsUntilExpiration: body.seconds_until_expiration }
          : {}),
      });
      return send(res, 200, { ...grant });
    }
    const oauthRevoke = /^\/__stand-in\/oauth\/access_tokens\/([^/]+)\/revoke$/.exec(path);
    if (req.method === 'POST' && oauthRevoke?.[1]) {
      const token = [...oauthTokens.values()].find(
        (t) => t.id === oauthRevoke[1] && t.instance === bearer(req),
      );
      if (!token) return clerkError(res, 404, 'resource_not_found', 'No such OAuth token.');
      token.revoked = true;
      return send(res, 200, oauthTokenJson(token, Date.now()));
    }
    return clerkError(res, 404, 'resource_not_found', 'No such stand-in control.');
  }

  async function backendApi(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    query: URLSearchParams,
  ): Promise<void> {
    calls.set(
      routeOf(req.method ?? 'GET', path),
      (calls.get(routeOf(req.method ?? 'GET', path)) ?? 0) + 1,
    );
    const affected = behaviour.onlyPath === null || path.startsWith(behaviour.onlyPath);
    if (affected && behaviour.delayMs > 0)
      await new Promise((resolve) => setTimeout(resolve, behaviour.delayMs));
    if (affected && behaviour.failStatus !== null) {
      const retry: Record<string, string> =
        behaviour.failStatus === 429 ? { 'Retry-After': '7' } : {};
      const code =
        behaviour.failStatus === 429
          ? 'too_many_requests'
          : behaviour.failStatus === 401
            ? 'authentication_invalid'
            : 'internal_clerk_error';
      return clerkError(
        res,
        behaviour.failStatus,
        code,
        `The stand-in was told to answer ${behaviour.failStatus}.`,
        retry,
      );
    }
    const now = Date.now();
    const credential = bearer(req);
    const machine = machines.find((m) => m.secretKey === credential);
    const instance = instances.has(credential) ? credential : machine?.instance;
    if (!instance)
      return clerkError(res, 401, 'authentication_invalid', 'The secret key provided is invalid.');
    const method = req.method ?? 'GET';

    if (method === 'POST' && path === '/api_keys/verify') {
      const key = await validRecord(req, 'secret', apiKeys, instance, now);
      return key
        ? send(res, 200, apiKeyJson(key, now, false))
        : clerkError(res, 404, 'resource_not_found', 'API key not found.');
    }
    if (method === 'POST' && path === '/api_keys') {
      const body = await readJson(req);
      if (typeof body.name !== 'string' || typeof body.subject !== 'string') {
        return clerkError(res, 422, 'form_param_missing', 'name and subject are required.');
      }
      const seconds =
        typeof body.seconds_until_expiration === 'number' ? body.seconds_until_expiration : null;
      const key: ApiKeyRecord = {
        id: `apikey_${randomBytes(8).toString('hex')}`,
        secret: secretOf('ak_'),
        instance,
        name: body.name,
        subject: body.subject,
        scopes: stringList(body.scopes),
        claims: objectOrNull(body.claims),
        description: typeof body.description === 'string' ? body.description : null,
        createdBy: typeof body.created_by === 'string' ? body.created_by : null,
        revoked: false,
        revocationReason: null,
        expiration: seconds === null ? null : now + seconds * 1000,
        createdAt: now,
        updatedAt: now,
      };
      apiKeys.set(key.secret, key);
      return send(res, 200, apiKeyJson(key, now, true));
    }
    if (method === 'GET' && path === '/api_keys') {
      const includeInvalid = query.get('include_invalid') === 'true';
      const data = [...apiKeys.values()]
        .filter((key) => key.instance === instance && key.subject === query.get('subject'))
        .filter((key) => includeInvalid || (!key.revoked && !expired(key.expiration, now)))
        .sort((a, b) => b.createdAt - a.createdAt)
        .map((key) => apiKeyJson(key, now, false));
      return send(res, 200, { data, total_count: data.length });
    }
    const keyAction = /^\/api_keys\/([^/]+)\/(secret|revoke)$/.exec(path);
    if (keyAction?.[1]) {
      const key = apiKeyById(keyAction[1], instance);
      if (!key) return clerkError(res, 404, 'resource_not_found', 'API key not found.');
      if (method === 'GET' && keyAction[2] === 'secret')
        return send(res, 200, { secret: key.secret });
      if (method === 'POST' && keyAction[2] === 'revoke') {
        const reason = (await readJson(req)).revocation_reason;
        key.revoked = true;
        key.revocationReason = typeof reason === 'string' ? reason : null;
        key.updatedAt = now;
        return send(res, 200, apiKeyJson(key, now, false));
      }
    }
    if (method === 'POST' && path === '/m2m_tokens') {
      if (!machine)
        return clerkError(
          res,
          401,
          'authentication_invalid',
          'Creating an M2M token needs a machine secret key.',
        );
      const body = await readJson(req);
      const seconds =
        typeof body.seconds_until_expiration === 'number' ? body.seconds_until_expiration : 3600;
      const token: M2MTokenRecord = {
        id: `mt_${randomBytes(8).toString('hex')}`,
        token: secretOf('mt_'),
        instance,
        subject: machine.id,
        scopes: [],
        claims: objectOrNull(body.claims),
        revoked: false,
        expiration: now + seconds * 1000,
        createdAt: now,
      };
      m2mTokens.set(token.token, token);
      return send(res, 200, m2mTokenJson(token, now, true));
    }
    if (method === 'POST' && path === '/m2m_tokens/verify') {
      const token = await validRecord(req, 'token', m2mTokens, instance, now);
      return token
        ? send(res, 200, m2mTokenJson(token, now, false))
        : clerkError(res, 404, 'resource_not_found', 'Machine token not found.');
    }
    const tokenRevoke = /^\/m2m_tokens\/([^/]+)\/revoke$/.exec(path);
    if (method === 'POST' && tokenRevoke?.[1]) {
      const token = [...m2mTokens.values()].find(
        (t) => t.id === tokenRevoke[1] && t.instance === instance,
      );
      if (!token) return clerkError(res, 404, 'resource_not_found', 'Machine token not found.');
      token.revoked = true;
      return send(res, 200, m2mTokenJson(token, now, false));
    }
    if (method === 'POST' && path === '/oauth_applications/access_tokens/verify') {
      const token = await validRecord(req, 'access_token', oauthTokens, instance, now);
      return token
        ? send(res, 200, oauthTokenJson(token, now))
        : clerkError(res, 404, 'resource_not_found', 'OAuth access token not found.');
    }
    const subscription = /^\/v1\/users\/([^/]+)\/billing\/subscription$/.exec(path);
    if (method === 'GET' && subscription?.[1]) {
      const list = features.get(`${instance} ${subscription[1]}`);
      if (!list)
        return clerkError(res, 404, 'resource_not_found', 'No subscription for this user.');
      return send(res, 200, subscriptionJson(instance, subscription[1], list, now));
    }
    return clerkError(
      res,
      404,
      'resource_not_found',
      `The stand-in does not implement ${method} ${path}.`,
    );
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const handle = url.pathname.startsWith('/__stand-in/')
      ? control(req, res, url.pathname)
      : backendApi(req, res, url.pathname, url.searchParams);
    handle.catch((error: unknown) => {
      if (!res.headersSent)
        clerkError(
          res,
          400,
          'malformed_request',
          error instanceof Error ? error.message : String(error),
        );
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    setPlanFeatures: (instance, userId, list) => features.set(`${instance} ${userId}`, list),
    grantOAuthToken,
    oauthGrants,
    revokeOAuthGrant,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
