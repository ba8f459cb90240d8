import { describe, expect, inject, it } from 'vitest';

import { publishedSlugs } from '../support/gated-text';
import { as, request } from '../support/http';
import { required } from '../support/required';

/**
 * A body costs the server only after the gate: who asks, and whether they may do what they ask.
 * Then it reads at most what the endpoint needs, so a member cannot stall everyone's requests
 * with a body nested millions of levels deep (JSON.parse holds the event loop while it works).
 */
const premium = required(publishedSlugs('premium')[0], 'a published premium post');
const GIFT_BODY_LIMIT = 1024;
const DEMO_FORM_LIMIT = 4096;

/** Valid JSON nested `depth` levels deep: about 2 × depth bytes. */
const deepJson = (depth: number) =>
  `{"expiresInDays":3,"x":${'['.repeat(depth)}${']'.repeat(depth)}}`;
/** A JSON object of exactly `size` bytes that the endpoint would otherwise accept. */
const paddedJson = (size: number) => {
  const shell = '{"expiresInDays":3,"pad":""}';
  return `{"expiresInDays":3,"pad":"${'x'.repeat(size - shell.length)}"}`;
};

async function timed<T>(work: Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work;
  return { value, ms: performance.now() - started };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function gift(slug: string, body: BodyInit, headers: Record<string, string> = {}) {
  return request(`/api/private/posts/${slug}/gift`, {
    method: 'POST',
    headers: await as('subscriber', { 'content-type': 'application/json', ...headers }),
    body,
  });
}

describe('the gift endpoint reads a body only after the gate, and at most 1 kB of it', () => {
  it('answers a 9.8 MB body nested 4.9 million levels deep at once with 413, and a reader is not held up', async () => {
    const deep = deepJson(4_900_000);
    expect(deep.length).toBeGreaterThan(9_700_000);
    const reader = async () =>
      (await timed(request(`/api/private/posts/${premium}`, { headers: await as('subscriber') })))
        .ms;
    const alone: number[] = [];
    for (let i = 0; i < 5; i++) alone.push(await reader());

    const one = await timed(gift(premium, deep));
    const during: number[] = [];
    const posts = Promise.all(Array.from({ length: 4 }, () => timed(gift(premium, deep))));
    let done = false;
    void posts.finally(() => (done = true));
    while (!done || during.length < 3) during.push(await reader());
    const four = await posts;

    console.log(
      [
        `one 9.8 MB deep body: ${one.value.status} in ${one.ms.toFixed(0)} ms`,
        `four in parallel: ${four.map((p) => `${p.value.status} in ${p.ms.toFixed(0)} ms`).join(', ')}`,
        `a subscriber's GET /api/private/posts/${premium}: median ${median(alone).toFixed(0)} ms alone,` +
          ` median ${median(during).toFixed(0)} ms / max ${Math.max(...during).toFixed(0)} ms during the four (${during.length} requests)`,
      ].join('\n'),
    );
    expect(one.value.status).toBe(413);
    for (const post of four) expect(post.value.status).toBe(413);
    expect(one.value.body).not.toContain('/gift/');
  });

  it('answers a member asking for a post that does not exist with 404, without reading the deep body', async () => {
    const reply = await timed(gift('no-such-post', deepJson(1_000_000)));
    console.log(
      `1 M levels to a post that does not exist: ${reply.value.status} in ${reply.ms.toFixed(0)} ms`,
    );
    expect(reply.value.status).toBe(404);
  });

  it('takes a body of exactly 1 kB and refuses one byte more with 413', async () => {
    expect((await gift(premium, paddedJson(GIFT_BODY_LIMIT))).status).toBe(201);
    const over = await gift(premium, paddedJson(GIFT_BODY_LIMIT + 1));
    expect(over.status).toBe(413);
    expect(JSON.parse(over.body)).toMatchObject({ error: 'too_large' });
    expect(over.headers.get('cache-control')).toBe('private, no-store');
  });

  it('refuses a body over 1 kB sent with no declared length (chunked)', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 4; i++)
          controller.enqueue(new TextEncoder().encode(paddedJson(GIFT_BODY_LIMIT)));
        controller.close();
      },
    });
    const reply = await request(`/api/private/posts/${premium}/gift`, {
      method: 'POST',
      headers: await as('subscriber', { 'content-type': 'application/json' }),
      body,
      duplex: 'half',
    } as RequestInit);
    expect(reply.status).toBe(413);
  });

  it('answers a deep body that fits in 1 kB with 400', async () => {
    const reply = await gift(premium, '['.repeat(GIFT_BODY_LIMIT));
    expect(reply.status).toBe(400);
  });
});

describe("the demo's sign-in form reads at most 4 kB", () => {
  const base = () => inject('demoUrl');
  const post = (body: string) =>
    request('/api/demo/session', {
      base: base(),
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });

  it('refuses a form one byte over the limit, and a 9.8 MB one, with 413 and no session', async () => {
    const fields = 'as=member&redirect_url=%2Fdashboard&pad=';
    const atLimit = await post(`${fields}${'x'.repeat(DEMO_FORM_LIMIT - fields.length)}`);
    expect(atLimit.status).toBe(303);
    for (const size of [DEMO_FORM_LIMIT + 1, 9_800_000]) {
      const reply = await timed(post(`${fields}${'x'.repeat(size - fields.length)}`));
      console.log(`demo form of ${size} bytes: ${reply.value.status} in ${reply.ms.toFixed(0)} ms`);
      expect(reply.value.status).toBe(413);
      expect(reply.value.headers.getSetCookie()).toEqual([]);
    }
  });
});
