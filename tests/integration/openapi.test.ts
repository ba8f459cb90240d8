import { randomBytes } from 'node:crypto';

import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { memberApiKey, m2mToken, oauthToken, setBehaviour } from '../support/clerk-backend';
import { feedUrlPath } from '../support/feed-url';
import { publishedSlugs } from '../support/gated-text';
import { bearer, type Reply, request } from '../support/http';
import { type OwnSite, startOwnSite } from '../support/own-site';
import { required } from '../support/required';

// The private API against its own description: every answer below is validated against the
// schema /api/private/openapi.json gives for its path, method and status, and the last test
// fails if any path, method and status the description lists was never seen.

interface MediaType {
  schema: object;
}
interface ResponseObject {
  content?: Record<string, MediaType>;
  headers?: Record<string, unknown>;
}
type Operation = { responses: Record<string, ResponseObject | { $ref: string }> };
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { responses: Record<string, ResponseObject> } & Record<string, unknown>;
}

const membersSlug = required(publishedSlugs('members')[0], 'a published members post');
const premiumSlug = required(publishedSlugs('premium')[0], 'a published premium post');
const newUser = (label: string) => `user_${label}${randomBytes(6).toString('hex')}`;
const auth = (token: string) => ({ authorization: `Bearer ${token}` });

let doc: Document;
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
ajv.addVocabulary(['components']);
const seen = new Set<string>();

function responseOf(method: string, path: string, status: number): ResponseObject {
  const documented = doc.paths[path]?.[method]?.responses[String(status)];
  if (!documented)
    throw new Error(`${method.toUpperCase()} ${path} answered ${status}, undocumented`);
  if ('$ref' in documented) {
    const name = documented.$ref.replace('#/components/responses/', '');
    return required(doc.components.responses[name], documented.$ref);
  }
  return documented;
}

/** Checks a real answer against the description and counts it as seen. */
function conforms(reply: Reply, method: string, path: string, status: number): void {
  expect(reply.status, `${method} ${path}: ${reply.body.slice(0, 200)}`).toBe(status);
  const response = responseOf(method, path, status);
  const [mediaType, media] = Object.entries(response.content ?? {})[0] ?? [];
  expect(reply.headers.get('content-type') ?? '').toContain(required(mediaType, 'a media type'));
  if (mediaType === 'application/json') {
    const schema = JSON.parse(
      JSON.stringify(media!.schema).replaceAll('"#/components/', '"masthead:api#/components/'),
    ) as object;
    const validate = ajv.compile(schema);
    const valid = validate(JSON.parse(reply.body));
    expect(validate.errors ?? [], `${method} ${path} ${status}`).toEqual([]);
    expect(valid).toBe(true);
  }
  for (const header of Object.keys(response.headers ?? {}))
    expect(reply.headers.get(header), `${path} ${status} ${header}`).not.toBeNull();
  seen.add(`${method} ${path} ${status}`);
}

/** Sends one credential's requests past its burst, and returns the first 429. */
async function pastTheBurst(path: string, init: RequestInit): Promise<Reply> {
  const replies = await Promise.all(Array.from({ length: 40 }, () => request(path, init)));
  return required(
    replies.find((reply) => reply.status === 429),
    `a 429 among 40 requests to ${path}`,
  );
}

beforeAll(async () => {
  const served = await request('/api/private/openapi.json');
  doc = JSON.parse(served.body) as Document;
  ajv.addSchema({ $id: 'masthead:api', components: doc.components });
});

describe('the OpenAPI description', () => {
  it('is served to anyone, without a credential or a call to Clerk, and opens nothing', async () => {
    const reply = await request('/api/private/openapi.json');
    conforms(reply, 'get', '/api/private/openapi.json', 200);
    expect(JSON.parse(reply.body)).toMatchObject({ openapi: '3.1.0' });
    const spoofed = await request('/api/private/openapi.json/../me');
    expect(spoofed.status).toBe(401);
    expect((await request('/api/private/openapi.jsonx')).status).toBe(401);
  });
});

describe('the member endpoints answer as described', () => {
  for (const path of ['/api/private/me', '/api/private/posts', '/api/private/feed.xml'])
    it(`GET ${path}: 200, 401, 403, 429`, async () => {
      conforms(await request(path, { headers: await bearer('member') }), 'get', path, 200);
      conforms(await request(path), 'get', path, 401);
      const scope = path.endsWith('feed.xml') ? 'posts:read' : 'feed:read';
      const wrongScope = (await oauthToken(newUser('scope'), [scope])).token;
      conforms(await request(path, { headers: auth(wrongScope) }), 'get', path, 403);
      const key = (await memberApiKey(newUser('burst'))).secret!;
      conforms(await pastTheBurst(path, { headers: auth(key) }), 'get', path, 429);
    });

  it('GET /api/private/posts/{slug}: 200, 401, 403, 404, 429', async () => {
    const path = '/api/private/posts/{slug}';
    const member = await bearer('member');
    conforms(
      await request(`/api/private/posts/${membersSlug}`, { headers: member }),
      'get',
      path,
      200,
    );
    conforms(await request(`/api/private/posts/${membersSlug}`), 'get', path, 401);
    conforms(
      await request(`/api/private/posts/${premiumSlug}`, { headers: member }),
      'get',
      path,
      403,
    );
    conforms(
      await request('/api/private/posts/no-such-post', { headers: member }),
      'get',
      path,
      404,
    );
    const token = (await oauthToken(newUser('burst'), ['posts:read'])).token;
    conforms(
      await pastTheBurst(`/api/private/posts/${membersSlug}`, { headers: auth(token) }),
      'get',
      path,
      429,
    );
  });

  it('POST /api/private/posts/{slug}/gift: 201, 400, 401, 403, 404, 413, 429', async () => {
    const path = '/api/private/posts/{slug}/gift';
    const post = async (slug: string, body: string, headers: Record<string, string>) =>
      request(`/api/private/posts/${slug}/gift`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });
    const member = await bearer('member');
    conforms(await post(membersSlug, '{"expiresInDays":3}', member), 'post', path, 201);
    conforms(await post(membersSlug, 'not json', member), 'post', path, 400);
    conforms(await post(membersSlug, '{}', { origin: inject('siteUrl') }), 'post', path, 401);
    conforms(await post(premiumSlug, '{}', member), 'post', path, 403);
    conforms(await post('no-such-post', '{}', member), 'post', path, 404);
    conforms(await post(membersSlug, `{"pad":"${'x'.repeat(2048)}"}`, member), 'post', path, 413);
    const key = (await memberApiKey(newUser('gift-burst'))).secret!;
    conforms(
      await pastTheBurst(`/api/private/posts/${membersSlug}/gift`, {
        method: 'POST',
        headers: auth(key),
        body: '{}',
      }),
      'post',
      path,
      429,
    );
  });

  it('GET /api/private/feed/{key}: 200, 404, 429', async () => {
    const path = '/api/private/feed/{key}';
    const key = (await memberApiKey(newUser('feed'), { scopes: ['feed:read'] })).secret!;
    conforms(await request(feedUrlPath(key)), 'get', path, 200);
    conforms(await request('/api/private/feed/not-a-key'), 'get', path, 404);
    conforms(await pastTheBurst(feedUrlPath(key), {}), 'get', path, 429);
  });

  it('GET /api/private/machine/export: 200, 401', async () => {
    const path = '/api/private/machine/export';
    conforms(await request(path, { headers: auth((await m2mToken()).token!) }), 'get', path, 200);
    conforms(await request(path, { headers: await bearer('member') }), 'get', path, 401);
  });

  it('answers an unknown endpoint with the same JSON error, not an HTML page', async () => {
    const reply = await request('/api/private/nothing-here', { headers: await bearer('member') });
    expect(reply.status).toBe(404);
    const validate = ajv.getSchema('masthead:api#/components/schemas/Error')!;
    expect(validate(JSON.parse(reply.body))).toBe(true);
    expect(JSON.parse(reply.body)).toMatchObject({ error: 'not_found' });
  });
});

describe('while Clerk is down, and on a site with gifting off', () => {
  let own: OwnSite;

  beforeAll(async () => {
    own = await startOwnSite(25);
  });

  afterAll(async () => {
    await setBehaviour({}, own.api).catch(() => undefined);
    await own?.stop();
  });

  it('answers every endpoint that verifies a token 503 with Retry-After', async () => {
    const base = own.site.url;
    const key = (await memberApiKey(newUser('down'), { api: own.api })).secret!;
    const feedKey = (
      await memberApiKey(newUser('down-feed'), { api: own.api, scopes: ['feed:read'] })
    ).secret!;
    await setBehaviour({ failStatus: 503 }, own.api);
    for (const path of ['/api/private/me', '/api/private/posts', '/api/private/feed.xml'])
      conforms(await request(path, { base, headers: auth(key) }), 'get', path, 503);
    conforms(
      await request(`/api/private/posts/${membersSlug}`, { base, headers: auth(key) }),
      'get',
      '/api/private/posts/{slug}',
      503,
    );
    conforms(await request(feedUrlPath(feedKey), { base }), 'get', '/api/private/feed/{key}', 503);
    conforms(
      await request('/api/private/machine/export', {
        base,
        headers: auth(`mt_${randomBytes(24).toString('hex')}`),
      }),
      'get',
      '/api/private/machine/export',
      503,
    );
    const gift = await request(`/api/private/posts/${membersSlug}/gift`, {
      base,
      method: 'POST',
      headers: { ...(await bearer('member')), 'content-type': 'application/json' },
      body: '{}',
    });
    conforms(gift, 'post', '/api/private/posts/{slug}/gift', 503);
    expect(JSON.parse(gift.body)).toMatchObject({ error: 'gifts_off' });
  });
});

describe('the description and the tests', () => {
  it('saw every path, method and status the description lists', () => {
    const documented = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).flatMap(([method, operation]) =>
        Object.keys(operation.responses).map((status) => `${method} ${path} ${status}`),
      ),
    );
    expect(documented.filter((entry) => !seen.has(entry))).toEqual([]);
  });
});
