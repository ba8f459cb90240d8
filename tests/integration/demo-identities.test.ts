import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { generateTestKeys, mintSessionToken } from '../../scripts/lib/clerk-tokens';
import { gatedSentences, publishedSlugs, unreleasedPosts } from '../support/gated-text';
import { type Reply, request } from '../support/http';
import { type RunningSite, siteEnv, startSite } from '../../scripts/lib/next-site';

/**
 * The demo build (MASTHEAD_DEMO_IDENTITIES=true, no Clerk keys): its server makes its own key pair
 * and signs Clerk-shaped session tokens for the identity a visitor picks. The real clerkMiddleware,
 * auth() and has() verify them; these tests hold it to that, and hold every other build to having
 * no demo at all.
 */
const base = () => inject('demoUrl');
const premium = publishedSlugs('premium')[0]!;
const members = publishedSlugs('members')[0]!;
const premiumText = gatedSentences().get(premium)!;
const draft = unreleasedPosts().find((post) => post.draft)!;

function form(fields: Record<string, string>, headers: Record<string, string> = {}): RequestInit {
  return { method: 'POST', body: new URLSearchParams(fields), headers };
}

/** The cookies a browser would keep from a reply's Set-Cookie headers, as a Cookie header. */
function cookiesOf(reply: Reply): string {
  return reply.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0]!)
    .join('; ');
}

async function signInAs(
  as: string,
  redirectUrl?: string,
): Promise<{ reply: Reply; cookie: string }> {
  const reply = await request('/api/demo/session', {
    base: base(),
    ...form(redirectUrl ? { as, redirect_url: redirectUrl } : { as }),
  });
  return { reply, cookie: cookiesOf(reply) };
}

const page = (path: string, cookie: string) =>
  request(path, { base: base(), headers: { cookie, accept: 'text/html' } });
const containsPremiumText = (body: string) =>
  premiumText.some((sentence) => body.includes(sentence));

describe('signing in to the demo', () => {
  it('sets Clerk’s cookies and sends the browser on with a 303', async () => {
    const { reply } = await signInAs('subscriber', `/blog/${premium}`);
    expect(reply.status).toBe(303);
    expect(reply.headers.get('location')).toBe(`${base()}/blog/${premium}`);
    expect(reply.headers.get('cache-control')).toBe('no-store');
    const cookies = reply.headers.getSetCookie();
    expect(cookies.find((cookie) => cookie.startsWith('__session='))).toMatch(
      /^__session=eyJ[^;]+; Path=\/; Max-Age=\d+; SameSite=Lax; HttpOnly$/,
    );
    expect(cookies.find((cookie) => cookie.startsWith('__client_uat='))).toMatch(
      /^__client_uat=\d{10}; /,
    );
  });

  it('signs a session token shaped like Clerk’s (v2) for the identity', async () => {
    const { cookie } = await signInAs('editor');
    const token = /__session=([^;]+)/.exec(cookie)![1]!;
    const [header, payload] = token
      .split('.')
      .slice(0, 2)
      .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()));
    expect(header).toMatchObject({ alg: 'RS256', typ: 'JWT' });
    expect(payload).toMatchObject({
      sub: 'user_demo_editor',
      azp: base(),
      sts: 'active',
      v: 2,
      o: { rol: 'editor', per: 'preview', fpm: '1' },
      fea: 'o:posts',
    });
  });

  it.each([
    ['member', 200, false, 'This post is part of the premium plan'],
    ['subscriber', 200, true, undefined],
    ['team', 200, true, undefined],
    ['editor', 200, true, undefined],
  ] as const)(
    'as the %s, the premium post at its one address answers %i, full text %s',
    async (as, status, full, offer) => {
      const { cookie } = await signInAs(as);
      const reply = await page(`/blog/${premium}`, cookie);
      expect(reply.status).toBe(status);
      expect(containsPremiumText(reply.body)).toBe(full);
      if (offer) expect(reply.body).toContain(offer);
      expect(reply.headers.get('cache-control')).toMatch(/private/);
    },
  );

  it('opens the editors’ area to the editor only', async () => {
    for (const as of ['member', 'subscriber', 'team']) {
      expect(
        (await page(`/dashboard/editor/${draft.slug}`, (await signInAs(as)).cookie)).status,
        as,
      ).toBe(404);
    }
    const editor = await page(`/dashboard/editor/${draft.slug}`, (await signInAs('editor')).cookie);
    expect(editor.status).toBe(200);
    expect(editor.body).toContain(draft.title);
  });

  it('sends a pending session to its task page, which finishes it as a member', async () => {
    const { cookie } = await signInAs('pending');
    const reply = await page('/dashboard', cookie);
    expect(reply.status).toBe(307);
    expect(reply.headers.get('location')).toContain('/sign-in/tasks?redirect_url=');
    const task = await page(
      `/sign-in/tasks?redirect_url=${encodeURIComponent(`/blog/${members}`)}`,
      cookie,
    );
    expect(task.status).toBe(200);
    expect(task.body).toContain('Finish the task');
    expect(task.body).toContain(`name="redirect_url" value="/blog/${members}"`);
    const post = await page(`/blog/${members}`, cookie);
    expect(post.status).toBe(200);
    expect(post.body).toContain('Sign up to keep reading');
  });

  it('signs out: the session cookie is cleared, __client_uat is 0, and the member area asks to sign in', async () => {
    const reply = await request('/api/demo/session', {
      base: base(),
      ...form({ as: 'signed-out' }),
    });
    expect(reply.status).toBe(303);
    expect(reply.headers.get('location')).toBe(`${base()}/`);
    expect(reply.headers.getSetCookie()).toEqual([
      expect.stringMatching(/^__session=; .*Max-Age=0/),
      expect.stringMatching(/^__client_uat=0; /),
    ]);
    const dashboard = await page('/dashboard', cookiesOf(reply));
    expect(dashboard.status).toBe(307);
    expect(dashboard.headers.get('location')).toContain('/sign-in?redirect_url=');
  });
});

describe('the demo’s sign-in route refuses', () => {
  it.each([
    [
      'an unknown identity',
      { as: 'admin' },
      400,
      'must be one of member, subscriber, editor, team, pending, signed-out',
    ],
    ['no identity', { redirect_url: '/dashboard' }, 400, 'Unknown identity null'],
  ])('%s with %i and says why', async (_, fields, status, message) => {
    const reply = await request('/api/demo/session', { base: base(), ...form(fields) });
    expect(reply.status).toBe(status);
    expect(reply.body).toContain(message);
    expect(reply.headers.getSetCookie()).toEqual([]);
  });

  it('a form posted from another site, with 403 and no cookie', async () => {
    const reply = await request('/api/demo/session', {
      base: base(),
      ...form({ as: 'editor' }, { origin: 'https://evil.example' }),
    });
    expect(reply.status).toBe(403);
    expect(reply.headers.getSetCookie()).toEqual([]);
  });

  it.each([
    'https://evil.example/x',
    '//evil.example',
    '/.//evil.example',
    '/a/..//evil.example',
    '/\\evil.example',
  ])('to send the browser off the site (redirect_url %s)', async (redirectUrl) => {
    const { reply } = await signInAs('member', redirectUrl);
    expect(reply.status).toBe(303);
    expect(reply.headers.get('location')).toBe(`${base()}/dashboard`);
  });

  it('a GET: it sends the visitor to the sign-in page', async () => {
    const reply = await request('/api/demo/session', { base: base() });
    expect(reply.status).toBe(303);
    expect(reply.headers.get('location')).toBe(`${base()}/sign-in`);
  });
});

describe('the demo’s gate trusts nothing but Clerk’s verification', () => {
  it('refuses a session token signed by any key but the demo server’s own', async () => {
    const keys = await generateTestKeys();
    const token = await mintSessionToken(keys.privateJwk, {
      userId: 'user_demo_subscriber',
      azp: base(),
      features: ['u:premium_content'],
    });
    const cookie = `__session=${token}; __client_uat=${Math.floor(Date.now() / 1000) - 5}`;
    const reply = await page(`/blog/${premium}`, cookie);
    expect(containsPremiumText(reply.body)).toBe(false);
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('See plans');
  });

  it('opens nothing with a demo session on a site with a real instance', async () => {
    const { cookie } = await signInAs('subscriber');
    const reply = await request(`/api/private/posts/${premium}`, {
      base: inject('siteUrl'),
      headers: { cookie },
    });
    expect(reply.status).toBe(401);
  });

  it('shows the demo banner on every page and never loads Clerk’s script', async () => {
    const { cookie } = await signInAs('subscriber');
    for (const path of [
      '/',
      `/blog/${premium}`,
      '/pricing',
      '/sign-in',
      '/dashboard',
      '/settings',
    ]) {
      const reply = await page(path, cookie);
      expect(reply.status, path).toBe(200);
      expect(reply.body, path).toContain('never deploy this build');
      expect(reply.body, path).not.toMatch(
        /clerk\.browser\.js|clerk\.demo\.masthead\.invalid\/npm/,
      );
    }
  });

  it('explains what Clerk’s account page would show, on /settings', async () => {
    const reply = await page('/settings', (await signInAs('subscriber')).cookie);
    expect(reply.body).toContain('Clerk’s account page');
    expect(reply.body).toContain('user_demo_subscriber');
  });
});

describe('builds without demo identities', () => {
  it.each([
    ['with Clerk keys', () => inject('siteUrl')],
    ['without Clerk keys', () => inject('noKeysUrl')],
  ])('have no demo sign-in (%s): /api/demo/session is 404, for any method', async (_, url) => {
    expect(
      (await request('/api/demo/session', { base: url(), ...form({ as: 'editor' }) })).status,
    ).toBe(404);
    expect((await request('/api/demo/session', { base: url() })).status).toBe(404);
  });

  it('show no demo banner or picker', async () => {
    for (const path of ['/', '/pricing'])
      expect((await request(path)).body, path).not.toContain('never deploy this build');
    expect((await request('/sign-in')).body).not.toContain('Choose who to be');
  });
});

const root = path.resolve(import.meta.dirname, '..', '..');

/** Runs `next build` as `npm run build` would, and gives its exit code and output. */
function nextBuild(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child: ChildProcess = spawn(
      process.execPath,
      [path.join(root, 'node_modules/next/dist/bin/next'), 'build'],
      {
        cwd: root,
        env: { ...process.env, ...siteEnv({ distDir: '.next-test-refused', port: 0, env }) },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('a demo cannot reach production by accident', () => {
  it('a demo build with a Clerk key set fails and says why', async () => {
    const { code, output } = await nextBuild({
      MASTHEAD_DEMO_IDENTITIES: 'true',
      CLERK_SECRET_KEY: 'sk_live_a_real_looking_key',
    });
    expect(code).not.toBe(0);
    expect(output).toContain('MASTHEAD_DEMO_IDENTITIES=true, but CLERK_SECRET_KEY is set');
  });

  it('a build with an unclear demo setting fails and says why', async () => {
    const { code, output } = await nextBuild({ MASTHEAD_DEMO_IDENTITIES: 'ture' });
    expect(code).not.toBe(0);
    expect(output).toContain('MASTHEAD_DEMO_IDENTITIES="ture" is neither true nor false');
  });

  const port = (offset: number) => Number(process.env.MASTHEAD_TEST_PORT || 4310) + offset;

  it('a demo build started with the setting and a Clerk key exits at once, saying why', async () => {
    const started = startSite({
      distDir: inject('demoDistDir'),
      port: port(8),
      env: { MASTHEAD_DEMO_IDENTITIES: 'true', CLERK_SECRET_KEY: 'sk_live_a_real_looking_key' },
    });
    await expect(started).rejects.toThrow(
      /next start exited \(1\)[\s\S]*MASTHEAD_DEMO_IDENTITIES=true, but CLERK_SECRET_KEY is set/,
    );
  });

  describe.each([
    [
      'a demo build started with a Clerk key',
      () => inject('demoDistDir'),
      { CLERK_JWT_KEY: '-----BEGIN PUBLIC KEY-----' },
      'CLERK_JWT_KEY is set',
      8,
    ],
    [
      'a build with Clerk keys started with the demo setting',
      () => inject('distDir'),
      { MASTHEAD_DEMO_IDENTITIES: 'true' },
      'this build is not a demo',
      9,
    ],
  ])('%s', (_, distDir, env, reason, offset) => {
    let site: RunningSite;

    beforeAll(async () => {
      site = await startSite({ distDir: distDir(), port: port(offset), env });
    });

    afterAll(async () => {
      await site?.stop();
    });

    it('serves nothing, and the log says why', async () => {
      for (const path of ['/', '/sign-in', '/dashboard', '/api/demo/session']) {
        const reply = await request(path, {
          base: site.url,
          method: path.startsWith('/api') ? 'POST' : 'GET',
        });
        expect(reply.status, path).toBe(500);
        expect(reply.headers.getSetCookie(), path).toEqual([]);
      }
      expect(site.output()).toContain(reason);
    });
  });
});
