import { createPublicKey } from 'node:crypto';
import { createServer, type Server } from 'node:http';

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { testClerkEnv } from '../../scripts/lib/clerk-tokens';
import { type RunningSite, startSite } from '../../scripts/lib/next-site';
import { memberApiKey, setPlanFeatures } from '../support/clerk-backend';
import { feedUrlPath } from '../support/feed-url';
import { publishedSlugs } from '../support/gated-text';
import { mintGiftToken } from '../support/gift-links';
import { as, request, tokenFor } from '../support/http';
import { required } from '../support/required';

/**
 * Traces of a server of its own on the test build, exported over OTLP/HTTP (JSON) to a receiver
 * this test starts: their shape, and that no span carries a secret.
 */
const port = Number(process.env.MASTHEAD_TEST_PORT || 4310) + 18;
const receiverPort = port + 1;
const premium = required(publishedSlugs('premium')[0], 'a published premium post');

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes?: { key: string; value: Record<string, unknown> }[];
}

interface OtlpBody {
  resourceSpans: { scopeSpans: { spans: OtlpSpan[] }[] }[];
}

const bodies: string[] = [];
let receiver: Server;
let site: RunningSite;

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      if (req.url === '/v1/traces') bodies.push(body);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(receiverPort, '127.0.0.1', resolve));
  const publicKeyPem = createPublicKey({
    key: inject('privateJwk') as import('node:crypto').JsonWebKey,
    format: 'jwk',
  })
    .export({ type: 'spki', format: 'pem' })
    .toString();
  site = await startSite({
    distDir: inject('distDir'),
    port,
    env: {
      ...testClerkEnv(publicKeyPem),
      NEXT_PUBLIC_SITE_URL: inject('siteUrl'),
      CLERK_API_URL: inject('clerkBackend').url,
      MASTHEAD_GIFT_SECRET: `${inject('giftKeys').newest},${inject('giftKeys').older}`,
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${receiverPort}`,
    },
  });
});

afterAll(async () => {
  await site?.stop();
  await new Promise((resolve) => receiver?.close(resolve));
});

const spans = (): OtlpSpan[] =>
  bodies.flatMap((body) =>
    (JSON.parse(body) as OtlpBody).resourceSpans.flatMap((resource) =>
      resource.scopeSpans.flatMap((scope) => scope.spans),
    ),
  );

/** A trace as indented lines, parents before children: what the report shows. */
function tree(traceId: string): string[] {
  const inTrace = spans().filter((span) => span.traceId === traceId);
  const lines: string[] = [];
  const walk = (parent: string | undefined, depth: number) => {
    for (const span of inTrace.filter(
      (candidate) => (candidate.parentSpanId || undefined) === parent,
    )) {
      lines.push(`${'  '.repeat(depth)}${span.name}`);
      walk(span.spanId, depth + 1);
    }
  };
  walk(undefined, 0);
  return lines;
}

async function spanNamed(name: string, count = 1): Promise<OtlpSpan[]> {
  for (let tries = 0; tries < 40; tries++) {
    const found = spans().filter((span) => span.name === name);
    if (found.length >= count) return found;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `no span "${name}" among ${spans()
      .map((span) => span.name)
      .join(', ')}`,
  );
}

const parentOf = (span: OtlpSpan) =>
  spans().find(
    (candidate) => candidate.spanId === span.parentSpanId && candidate.traceId === span.traceId,
  );

describe('traces', () => {
  it("nest Clerk's call in the proxy's gate, in the request's trace, and hold no secret", async () => {
    const owner = `user_traced${Date.now()}`;
    await setPlanFeatures(owner, ['premium_content']);
    const apiKey = required((await memberApiKey(owner)).secret, 'an API key');
    const feedKey = required(
      (await memberApiKey(owner, { scopes: ['feed:read'] })).secret,
      'a feed key',
    );
    const giftToken = mintGiftToken(inject('giftKeys').newest, premium);
    const session = await tokenFor('subscriber');

    expect(
      (
        await request(`/api/private/posts/${premium}`, {
          base: site.url,
          headers: { authorization: `Bearer ${apiKey}` },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await request(`/blog/${premium}`, {
          base: site.url,
          headers: await as('subscriber', { accept: 'text/html' }),
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await request(`/gift/${premium}/${giftToken}`, {
          base: site.url,
          headers: { accept: 'text/html' },
        })
      ).status,
    ).toBe(200);
    expect((await request(feedUrlPath(feedKey), { base: site.url })).status).toBe(200);

    const [clerkCall] = await spanNamed('clerk tokens.verify');
    const gate = required(parentOf(required(clerkCall, 'a Clerk call')), "the Clerk call's parent");
    expect(gate.name).toBe('masthead.gate');
    const above = required(
      parentOf(gate),
      "the gate's parent: Next.js's span of the proxy or the request",
    );
    expect(above.traceId).toBe(gate.traceId);
    const trace = tree(gate.traceId);
    console.log(`[traces] the API key's request:\n  ${trace.join('\n  ')}`);
    expect(trace[0]).not.toMatch(/^\s/);
    expect(trace.some((line) => /^\s+masthead\.gate$/.test(line))).toBe(true);

    // The subscriber's page: the gate, and the render of the reading, in one trace.
    const gates = await spanNamed('masthead.gate', 4);
    const readingGate = required(
      gates.find((span) =>
        span.attributes?.some(
          (attribute) =>
            attribute.key === 'masthead.gate.reason' &&
            attribute.value.stringValue === 'reading-full',
        ),
      ),
      "the subscriber's gate",
    );
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const pageTrace = tree(readingGate.traceId);
    console.log(`[traces] the subscriber's premium post:\n  ${pageTrace.join('\n  ')}`);
    expect(pageTrace.length).toBeGreaterThan(2);
    expect(
      pageTrace.some(
        (line) => /render|page|\/blog\//i.test(line) && !line.includes('masthead.gate'),
      ),
    ).toBe(true);

    const exported = bodies.join('\n');
    for (const secret of [
      ...giftToken.split('.').filter(Boolean),
      apiKey.slice(3),
      feedKey.slice(3),
      ...session.split('.'),
    ]) {
      expect(exported, 'a secret in an exported span').not.toContain(secret);
    }
  }, 60_000);
});
