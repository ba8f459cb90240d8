/**
 * A reading app, as a third party would write one: it asks a member of the publication for
 * consent (OAuth 2.0 authorization code with PKCE, a loopback redirect), then lists the posts and
 * reads those the member may read, with its own access token and nothing else.
 *
 *   SITE=http://localhost:3000 npx tsx examples/reading-app.ts
 *
 * Against `npm run demo` the consent screen is the demo's own (/dashboard/apps/authorize) and the
 * token comes from /api/demo/oauth/token; against a real instance, set AUTHORIZE_URL and TOKEN_URL
 * to its Clerk Frontend API's /oauth/authorize and /oauth/token and CLIENT_ID to the OAuth
 * application's (made in the Clerk Dashboard). It prints the address to open, waits for the
 * member's answer, then reads. With WATCH=1 it then reads again every 2 s until the access is
 * refused (revoke it on the dashboard to see it stop).
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const site = process.env.SITE ?? 'http://localhost:3000';
const authorizeUrl = process.env.AUTHORIZE_URL ?? `${site}/dashboard/apps/authorize`;
const tokenUrl = process.env.TOKEN_URL ?? `${site}/api/demo/oauth/token`;
const clientId = process.env.CLIENT_ID ?? 'demo-reading-app';
const scope = 'posts:read';

interface PostSummary {
  slug: string;
  title: string;
  access: string;
  canRead: boolean;
}

/** Waits on a loopback port for the browser to come back with a code. */
async function consent(): Promise<{ code: string; redirectUri: string; verifier: string }> {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const state = randomBytes(16).toString('base64url');
  let answer: (result: { code: string } | { error: string }) => void = () => undefined;
  const answered = new Promise<{ code: string } | { error: string }>((resolve) => {
    answer = resolve;
  });
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/callback') return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('You can close this tab and go back to the reading app.\n');
    const code = url.searchParams.get('code');
    answer(
      url.searchParams.get('state') === state && code
        ? { code }
        : { error: url.searchParams.get('error') ?? 'state mismatch' },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const redirectUri = `http://127.0.0.1:${(server.address() as AddressInfo).port}/callback`;
  const ask = new URL(authorizeUrl);
  for (const [name, value] of Object.entries({
    response_type: 'code',
    client_id: clientId,
    redirect_uri: redirectUri,
    scope,
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }))
    ask.searchParams.set(name, value);
  console.log(`Open this address, signed in to the publication, to allow the app:\n${ask}`);
  const result = await answered;
  server.close();
  if ('error' in result) throw new Error(`The member did not allow the app: ${result.error}`);
  return { code: result.code, redirectUri, verifier };
}

async function accessToken(): Promise<string> {
  const { code, redirectUri, verifier } = await consent();
  const reply = await fetch(tokenUrl, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri,
      client_id: clientId,
      code_verifier: verifier,
    }),
  });
  const body = (await reply.json()) as { access_token?: string; error?: string };
  if (!reply.ok || !body.access_token) throw new Error(`No token: ${body.error ?? reply.status}`);
  console.log(`Allowed (scope ${scope}).`);
  return body.access_token;
}

/** Lists the posts and reads those the member may; the status of the list, for WATCH. */
async function read(token: string): Promise<number> {
  const headers = { authorization: `Bearer ${token}` };
  const list = await fetch(`${site}/api/private/posts`, { headers });
  if (!list.ok) {
    console.log(`Refused: ${list.status} ${JSON.stringify(await list.json())}`);
    return list.status;
  }
  const { posts } = (await list.json()) as { posts: PostSummary[] };
  for (const post of posts) {
    if (!post.canRead) {
      console.log(`- ${post.title} (${post.access}): not in the member's plan`);
      continue;
    }
    const reply = await fetch(`${site}/api/private/posts/${post.slug}`, { headers });
    const { html } = (await reply.json()) as { html: string };
    const text = html
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    console.log(`- ${post.title} (${post.access}): ${text.slice(0, 120)}…`);
  }
  return list.status;
}

const token = await accessToken();
let status = await read(token);
while (process.env.WATCH === '1' && status === 200) {
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  status = await read(token);
}
