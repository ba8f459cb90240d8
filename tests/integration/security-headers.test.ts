import { describe, expect, inject, it } from 'vitest';

import { as, type Reply, request } from '../support/http';

/** The directives of a Content-Security-Policy header, by name. */
function directives(reply: Reply): Map<string, string[]> {
  const policy = reply.headers.get('content-security-policy') ?? '';
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .flatMap(([name, ...sources]): [string, string[]][] => (name ? [[name, sources]] : [])),
  );
}

/** What every response must carry, whoever answered it: a page, a route handler, the proxy, a static file. */
function expectSecurityHeaders(reply: Reply) {
  expect(reply.headers.get('strict-transport-security')).toBe(
    'max-age=63072000; includeSubDomains',
  );
  expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
  expect(reply.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  expect(reply.headers.get('x-frame-options')).toBe('DENY');
  const permissions = reply.headers.get('permissions-policy') ?? '';
  for (const feature of ['camera=()', 'microphone=()', 'geolocation=()', 'usb=()'])
    expect(permissions).toContain(feature);
  const csp = directives(reply);
  expect(csp.get('default-src')).toEqual(["'self'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('base-uri')).toEqual(["'self'"]);
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(csp.get('script-src-attr')).toEqual(["'none'"]);
  expect(csp.get('script-src')).not.toContain("'unsafe-eval'");
  expect(csp.get('script-src')).not.toContain('https:');
  expect(csp.get('script-src')).not.toContain('*');
}

const readersScripts = ["'self'", "'unsafe-inline'"];

/** The nonce of a page rendered per request, and the tags of its HTML that carry no nonce. */
function nonceOf(reply: Reply): { nonce: string; withoutNonce: string[] } {
  const sources = directives(reply).get('script-src') ?? [];
  const nonce =
    /^'nonce-(.+)'$/.exec(sources.find((source) => source.startsWith("'nonce-")) ?? '')?.[1] ?? '';
  const scripts = reply.body.match(/<script\b[^>]*>/g) ?? [];
  // JSON-LD is data, not script; the theme script is allowed by its hash.
  const withoutNonce = scripts.filter(
    (tag) => !tag.includes(`nonce="${nonce}"`) && !tag.includes('application/ld+json'),
  );
  return { nonce, withoutNonce };
}

describe('security headers on the site with Clerk', () => {
  it.each([
    ['a static page', '/', 200],
    ['a post', '/blog/static-first-publishing', 200],
    ['an unknown page', '/no-such-page', 404],
    ['the RSS feed', '/feed.xml', 200],
    ['the search index', '/search.json', 200],
    ['a share image', '/opengraph-image', 200],
    ['the icon', '/icon.svg', 200],
    ['the health check, a route handler', '/api/health', 200],
  ])('%s (%s) carries them, with the readers’ policy', async (_, path, status) => {
    const reply = await request(path);
    expect(reply.status).toBe(status);
    expectSecurityHeaders(reply);
    expect(directives(reply).get('script-src')).toEqual(readersScripts);
    expect(directives(reply).get('style-src')).toEqual(["'self'"]);
  });

  it.each([
    ['a member’s members-only post', 'running-a-weekly-edit-meeting', 'member'],
    ['a subscriber’s premium post', 'pricing-a-membership-tier', 'subscriber'],
  ] as const)(
    '%s, rendered once for a class of readers, has the readers’ static policy (no nonce can be kept)',
    async (_, slug, identity) => {
      const reply = await request(`/blog/${slug}`, { headers: await as(identity) });
      expect(reply.status).toBe(200);
      expect(reply.body).toContain('Share this post as a gift');
      expectSecurityHeaders(reply);
      expect(directives(reply).get('script-src')).toEqual(readersScripts);
      expect(directives(reply).get('style-src')).toEqual(["'self'"]);
    },
  );

  it('a static script file carries them', async () => {
    const home = await request('/');
    const script = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(home.body)?.[1];
    expect(script).toBeDefined();
    const reply = await request(script!);
    expect(reply.status).toBe(200);
    expectSecurityHeaders(reply);
  });

  it('the proxy’s 401 JSON carries them', async () => {
    const reply = await request('/api/private/me');
    expect(reply.status).toBe(401);
    expectSecurityHeaders(reply);
  });

  it('the proxy’s redirect to sign in carries them', async () => {
    const reply = await request('/dashboard');
    expect(reply.status).toBe(307);
    expectSecurityHeaders(reply);
  });

  it('the gate’s 404 for a member in the editors’ area carries them', async () => {
    const reply = await request('/dashboard/editor', { headers: await as('member') });
    expect(reply.status).toBe(404);
    expectSecurityHeaders(reply);
  });

  it('a route handler’s own refusal carries them', async () => {
    const reply = await request('/api/private/posts/metered-paywalls-on-static-sites', {
      headers: await as('member'),
    });
    expect(reply.status).toBe(403);
    expectSecurityHeaders(reply);
  });

  it('the pricing page, static, allows Clerk’s hosts and no other', async () => {
    const reply = await request('/pricing');
    expect(reply.status).toBe(200);
    expectSecurityHeaders(reply);
    const csp = directives(reply);
    expect(csp.get('script-src')).toEqual(
      expect.arrayContaining([
        ...readersScripts,
        'https://clerk.example.com',
        'https://challenges.cloudflare.com',
      ]),
    );
    expect(csp.get('connect-src')).toContain('https://clerk.example.com');
    expect(csp.get('style-src')).toContain("'unsafe-inline'");
  });

  it.each([
    ['the sign-in page', '/sign-in', 'anonymous'],
    ['a member’s dashboard', '/dashboard', 'member'],
    ['the editors’ area', '/dashboard/editor', 'editor'],
  ] as const)(
    '%s, rendered per request, allows only scripts with its own nonce',
    async (_, path, identity) => {
      const reply = await request(path, { headers: await as(identity) });
      expect(reply.status).toBe(200);
      expectSecurityHeaders(reply);
      const scripts = directives(reply).get('script-src') ?? [];
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(scripts).not.toContain("'self'");
      expect(scripts).toContain("'strict-dynamic'");
      const { nonce, withoutNonce } = nonceOf(reply);
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      // Only the theme script, allowed by its hash.
      expect(withoutNonce).toEqual(['<script>']);
      expect(reply.body).toContain('localStorage.getItem(k)');
      const again = await request(path, { headers: await as(identity) });
      expect(nonceOf(again).nonce).not.toBe(nonce);
    },
  );
});

describe('security headers without Clerk keys', () => {
  it.each([
    ['the member area’s 503 page', '/dashboard'],
    ['the private API’s 503 JSON', '/api/private/me'],
    ['a static page', '/'],
  ])('%s carries them', async (_, path) => {
    const reply = await request(path, { base: inject('noKeysUrl') });
    expectSecurityHeaders(reply);
  });
});

// The private site's redirect of an anonymous visitor comes from next.config.mjs `redirects()`, whose
// answers Next.js 16 sends without the `headers()` rules (resolve-routes drops them): a bodiless 307.
describe('security headers on a private preview site', () => {
  it('a static page an editor reads there keeps the readers’ policy, whose scripts carry no nonce', async () => {
    const reply = await request('/blog', {
      base: inject('privateSiteUrl'),
      headers: await as('editor'),
    });
    expect(reply.status).toBe(200);
    expectSecurityHeaders(reply);
    expect(directives(reply).get('script-src')).toEqual(readersScripts);
  });
});
