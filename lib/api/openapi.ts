import { API_ERROR_CODES } from '@/lib/auth/proxy/responses';
import { OAUTH_SCOPES } from '@/lib/auth/tokens/credentials';
import { RATE_LIMITS } from '@/lib/auth/tokens/rate-limit';
import { ACCESS_LEVELS } from '@/lib/content/schema';

// The private API as OpenAPI 3.1 describes it, served at /api/private/openapi.json. The
// integration test tests/integration/openapi.test.ts sends a request for every path, method and
// status listed here and validates the real answer against its schema; a route handler under
// app/api/private that is not listed fails tests/unit/openapi-routes.test.ts.

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const errorRef = (name: string) => ({ $ref: `#/components/responses/${name}` });
const json = (schema: object) => ({ 'application/json': { schema } });

const rss = { 'application/rss+xml': { schema: { type: 'string' } } };

/** The answers every member endpoint can give before it looks at the request itself. */
const memberRefusals = {
  '401': errorRef('Unauthenticated'),
  '403': errorRef('Forbidden'),
  '429': errorRef('RateLimited'),
  '503': errorRef('Unavailable'),
};

const bearerSecurity = [{ session: [] }, { apiKey: [] }];

const slugParameter = {
  name: 'slug',
  in: 'path',
  required: true,
  schema: { type: 'string' },
  description: 'The post’s slug, as in its address `/blog/<slug>`.',
};

const postSummary = {
  type: 'object',
  additionalProperties: false,
  required: ['slug', 'title', 'date', 'access', 'summary', 'canRead', 'url'],
  properties: {
    slug: { type: 'string' },
    title: { type: 'string' },
    date: { type: 'string' },
    access: { enum: ACCESS_LEVELS.filter((level) => level !== 'public') },
    summary: { type: 'string' },
    canRead: { type: 'boolean', description: 'Whether the caller may read it in full.' },
    url: { type: 'string', description: 'Its path on this API.' },
  },
};

export const OPENAPI_DOCUMENT = {
  openapi: '3.1.0',
  info: {
    title: 'Masthead private API',
    version: '1.0.0',
    description: [
      'What a member (or an app they allowed) may read: who they are, the gated posts, one post',
      'in full, their full-text feed. A browser session, a member’s API key (`ak_...`) or an OAuth',
      'access token (opaque `oat_...` or a JWT) goes in `Authorization: Bearer <token>`. OAuth',
      `tokens need the scope each operation names (\`${OAUTH_SCOPES.posts}\`, \`${OAUTH_SCOPES.feed}\`).`,
      `API keys and OAuth tokens may make ${RATE_LIMITS.perSecond} requests a second each`,
      `(${RATE_LIMITS.burst} at once) per server; beyond that: 429 with Retry-After.`,
      'Every error is `{ "error": <code>, "message": <text> }`.',
    ].join(' '),
  },
  servers: [{ url: '/' }],
  components: {
    securitySchemes: {
      session: {
        type: 'http',
        scheme: 'bearer',
        description: 'A Clerk session token, or the session cookie of a signed-in browser.',
      },
      apiKey: {
        type: 'http',
        scheme: 'bearer',
        description: 'A member’s Clerk API key (`ak_...`), made on the dashboard.',
      },
      oauth: {
        type: 'oauth2',
        description:
          'An access token a reading app got from the publication’s Clerk instance with the member’s consent.',
        flows: {
          authorizationCode: {
            authorizationUrl: 'https://<clerk-frontend-api>/oauth/authorize',
            tokenUrl: 'https://<clerk-frontend-api>/oauth/token',
            scopes: {
              [OAUTH_SCOPES.posts]: 'List and read the posts the member may read; who they are.',
              [OAUTH_SCOPES.feed]: 'The member’s full-text feed.',
            },
          },
        },
      },
      machine: {
        type: 'http',
        scheme: 'bearer',
        description: 'A Clerk machine-to-machine token (`mt_...` or its JWT form).',
      },
    },
    schemas: {
      Error: {
        type: 'object',
        additionalProperties: false,
        required: ['error', 'message'],
        properties: {
          error: { enum: [...API_ERROR_CODES] },
          message: { type: 'string' },
        },
      },
      Me: {
        type: 'object',
        additionalProperties: false,
        required: ['userId', 'plan', 'editor', 'canRead', 'openPosts'],
        properties: {
          userId: { type: 'string', pattern: '^user_' },
          plan: { enum: ['member', 'premium'] },
          editor: { type: 'boolean' },
          canRead: {
            type: 'object',
            additionalProperties: false,
            required: ['public', 'members', 'premium'],
            properties: {
              public: { const: true },
              members: { const: true },
              premium: { type: 'boolean' },
            },
          },
          openPosts: { type: 'array', items: { type: 'string' } },
        },
      },
      PostList: {
        type: 'object',
        additionalProperties: false,
        required: ['posts'],
        properties: { posts: { type: 'array', items: postSummary } },
      },
      Post: {
        type: 'object',
        additionalProperties: false,
        required: ['slug', 'title', 'date', 'access', 'html'],
        properties: {
          slug: { type: 'string' },
          title: { type: 'string' },
          date: { type: 'string' },
          access: { enum: [...ACCESS_LEVELS] },
          html: { type: 'string', description: 'The post’s full text, rendered.' },
        },
      },
      GiftRequest: {
        type: 'object',
        properties: { expiresInDays: { type: 'integer', minimum: 1, maximum: 365 } },
      },
      Gift: {
        type: 'object',
        additionalProperties: false,
        required: ['url', 'expiresAt'],
        properties: {
          url: { type: 'string', format: 'uri' },
          expiresAt: { type: 'string', format: 'date-time' },
        },
      },
      Export: {
        type: 'object',
        additionalProperties: false,
        required: ['generatedAt', 'posts'],
        properties: {
          generatedAt: { type: 'string', format: 'date-time' },
          posts: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['slug', 'title', 'date', 'summary', 'tags', 'access', 'authors', 'url'],
              properties: {
                slug: { type: 'string' },
                title: { type: 'string' },
                date: { type: 'string' },
                updated: { type: ['string', 'null'] },
                summary: { type: 'string' },
                tags: { type: 'array', items: { type: 'string' } },
                access: { enum: [...ACCESS_LEVELS] },
                authors: { type: 'array', items: { type: 'string' } },
                url: { type: 'string', format: 'uri' },
              },
            },
          },
        },
      },
    },
    responses: {
      Unauthenticated: {
        description: 'No valid credential (or a session with a pending task).',
        content: json(ref('Error')),
      },
      Forbidden: {
        description:
          'A post the caller’s plan does not include, an OAuth token without the scope, or a private preview site.',
        content: json(ref('Error')),
      },
      NotFound: { description: 'No such published post.', content: json(ref('Error')) },
      RateLimited: {
        description: 'This credential made more than its share of requests; see Retry-After.',
        headers: { 'Retry-After': { schema: { type: 'integer', minimum: 1 } } },
        content: json(ref('Error')),
      },
      Unavailable: {
        description: 'Clerk cannot verify the token right now; see Retry-After.',
        headers: { 'Retry-After': { schema: { type: 'integer', minimum: 1 } } },
        content: json(ref('Error')),
      },
    },
  },
  paths: {
    '/api/private/me': {
      get: {
        summary: 'Who the caller is and what they may read',
        operationId: 'getMe',
        security: [...bearerSecurity, { oauth: [OAUTH_SCOPES.posts] }],
        responses: {
          '200': { description: 'The caller.', content: json(ref('Me')) },
          ...memberRefusals,
        },
      },
    },
    '/api/private/posts': {
      get: {
        summary: 'The gated posts, each with whether the caller may read it',
        operationId: 'listPosts',
        security: [...bearerSecurity, { oauth: [OAUTH_SCOPES.posts] }],
        responses: {
          '200': { description: 'Every published gated post.', content: json(ref('PostList')) },
          ...memberRefusals,
        },
      },
    },
    '/api/private/posts/{slug}': {
      get: {
        summary: 'One post in full, if the caller may read it',
        operationId: 'getPost',
        parameters: [slugParameter],
        security: [...bearerSecurity, { oauth: [OAUTH_SCOPES.posts] }],
        responses: {
          '200': { description: 'The post.', content: json(ref('Post')) },
          ...memberRefusals,
          '404': errorRef('NotFound'),
        },
      },
    },
    '/api/private/posts/{slug}/gift': {
      post: {
        summary: 'A gift link to one post (session or API key; not for OAuth apps)',
        operationId: 'giftPost',
        parameters: [slugParameter],
        security: bearerSecurity,
        requestBody: { required: false, content: json(ref('GiftRequest')) },
        responses: {
          '201': { description: 'The link.', content: json(ref('Gift')) },
          '400': { description: 'A body or lifetime it cannot take.', content: json(ref('Error')) },
          ...memberRefusals,
          '404': errorRef('NotFound'),
          '413': { description: 'A body over 1 kB.', content: json(ref('Error')) },
          '503': {
            description:
              'Clerk cannot verify the token right now (`verification_unavailable`, with Retry-After), or gifting is off on this site (`gifts_off`).',
            content: json(ref('Error')),
          },
        },
      },
    },
    '/api/private/feed.xml': {
      get: {
        summary: 'The caller’s full-text RSS feed',
        operationId: 'getFeed',
        security: [...bearerSecurity, { oauth: [OAUTH_SCOPES.feed] }],
        responses: {
          '200': { description: 'RSS 2.0, full text of what the caller may read.', content: rss },
          ...memberRefusals,
        },
      },
    },
    '/api/private/feed/{key}': {
      get: {
        summary: 'A member’s private feed URL, for feed readers (the key is the credential)',
        operationId: 'getFeedByUrl',
        security: [],
        parameters: [
          {
            name: 'key',
            in: 'path',
            required: true,
            schema: { type: 'string' },
            description: 'The feed key and its tag, as the dashboard shows the URL.',
          },
        ],
        responses: {
          '200': { description: 'RSS 2.0.', content: rss },
          '404': errorRef('NotFound'),
          '429': errorRef('RateLimited'),
          '503': errorRef('Unavailable'),
        },
      },
    },
    '/api/private/machine/export': {
      get: {
        summary: 'Every published post’s metadata, for services (no body text)',
        operationId: 'machineExport',
        security: [{ machine: [] }],
        responses: {
          '200': { description: 'The posts.', content: json(ref('Export')) },
          '401': {
            description: 'Anything but a valid M2M token.',
            content: json(ref('Error')),
          },
          '503': errorRef('Unavailable'),
        },
      },
    },
    '/api/private/openapi.json': {
      get: {
        summary: 'This description (public)',
        operationId: 'getOpenApi',
        security: [],
        responses: {
          '200': {
            description: 'OpenAPI 3.1.',
            content: json({
              type: 'object',
              required: ['openapi', 'paths'],
              properties: { openapi: { const: '3.1.0' }, paths: { type: 'object' } },
            }),
          },
        },
      },
    },
  },
};
