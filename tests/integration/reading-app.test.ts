import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

import { afterEach, describe, expect, inject, it } from 'vitest';

import { type Reply, request } from '../support/http';

// examples/reading-app.ts against the demo build: the member allows it on the demo's consent
// screen, it reads with its own token what the member may read, and it stops at its next request
// once the member revokes it on the dashboard.

const base = () => inject('demoUrl');
const root = path.resolve(import.meta.dirname, '../..');
const running: ChildProcess[] = [];

afterEach(() => {
  for (const child of running.splice(0)) child.kill();
});

function cookiesOf(reply: Reply): string {
  return reply.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0]!)
    .join('; ');
}

async function signIn(as: string): Promise<string> {
  const reply = await request('/api/demo/session', {
    base: base(),
    method: 'POST',
    body: new URLSearchParams({ as }),
  });
  return cookiesOf(reply);
}

/** The example app, started as its README line says, and a way to wait for what it prints. */
function startApp(watch: boolean) {
  const child = spawn(
    process.execPath,
    [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'examples/reading-app.ts'],
    {
      cwd: root,
      env: { ...process.env, SITE: base(), WATCH: watch ? '1' : '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  running.push(child);
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const printed = async (pattern: RegExp, ms = 20_000): Promise<RegExpExecArray> => {
    const deadline = Date.now() + ms;
    for (;;) {
      const match = pattern.exec(output);
      if (match) return match;
      if (Date.now() > deadline) throw new Error(`not printed ${pattern}:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  return { printed, exited, output: () => output };
}

/** The member opens the address the app printed and allows it; the browser follows the redirect back to the app. */
async function allow(authorizeUrl: string, cookie: string): Promise<void> {
  const url = new URL(authorizeUrl);
  const page = await request(`${url.pathname}${url.search}`, {
    base: base(),
    headers: { cookie, accept: 'text/html' },
  });
  expect(page.status).toBe(200);
  expect(page.body).toContain('Allow Example reading app?');
  expect(page.body).toContain('posts:read');
  const consent = await request('/dashboard/apps/consent', {
    base: base(),
    method: 'POST',
    headers: { cookie, origin: base() },
    body: new URLSearchParams([...url.searchParams.entries(), ['decision', 'allow']]),
  });
  expect(consent.status).toBe(303);
  const back = consent.headers.get('location')!;
  expect(back).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback\?/);
  await fetch(back);
}

describe('the example reading app against the demo', () => {
  it("reads a member's posts but not premium ones, with the member's consent", async () => {
    const app = startApp(false);
    const [, authorizeUrl] = await app.printed(/allow the app:\n(\S+)/);
    await allow(authorizeUrl!, await signIn('member'));
    expect(await app.exited).toBe(0);
    expect(app.output()).toMatch(/\(members\): (?!not in)/);
    expect(app.output()).toContain("(premium): not in the member's plan");
  });

  it('reads premium posts for a subscriber, shows on the dashboard, and stops at once when revoked there', async () => {
    const app = startApp(true);
    const [, authorizeUrl] = await app.printed(/allow the app:\n(\S+)/);
    const cookie = await signIn('subscriber');
    await allow(authorizeUrl!, cookie);
    await app.printed(/\(premium\): (?!not in)/);
    const dashboard = await request('/dashboard', {
      base: base(),
      headers: { cookie, accept: 'text/html' },
    });
    expect(dashboard.body).toContain('Apps you allowed');
    expect(dashboard.body).toContain('Example reading app');
    const grantId = /name="grantId" value="([^"]+)"/.exec(dashboard.body)![1]!;
    const revoked = await request('/dashboard/apps/revoke', {
      base: base(),
      method: 'POST',
      headers: { cookie, origin: base() },
      body: new URLSearchParams({ grantId }),
    });
    expect(revoked.status).toBe(303);
    const started = Date.now();
    await app.printed(/Refused: 401/, 5_000);
    // The app polls every 2 s: refused at its first request after the revocation, not 60 s later.
    expect(Date.now() - started).toBeLessThan(4_000);
    const after = await request('/dashboard', { base: base(), headers: { cookie } });
    expect(after.body).toContain('No app may read your posts.');
  });

  it('refuses a consent form from another site, and a code used twice', async () => {
    const cookie = await signIn('member');
    const refused = await request('/dashboard/apps/consent', {
      base: base(),
      method: 'POST',
      headers: { cookie, origin: 'https://evil.example' },
      body: new URLSearchParams({ decision: 'allow' }),
    });
    expect(refused.status).toBe(403);
    const token = await request('/api/demo/oauth/token', {
      base: base(),
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'authorization_code', code: 'made-up' }),
    });
    expect(token.status).toBe(400);
    expect(JSON.parse(token.body)).toEqual({ error: 'invalid_grant' });
  });
});

describe('outside the demo', () => {
  it('has no consent screen and no token endpoint', async () => {
    expect((await request('/api/demo/oauth/token', { method: 'POST' })).status).toBe(404);
  });
});
