import { describe, expect, it } from 'vitest';

import { machineBearer } from '@/lib/auth/tokens/bearer';
import { answerFromError } from '@/lib/auth/tokens/clerk-backend';
import { feedKeyFromPath, taggedFeedKey } from '@/lib/auth/tokens/feed-path';
import { PremiumLookup } from '@/lib/auth/tokens/premium-lookup';
import {
  type ClerkAnswer,
  MachineTokenVerifier,
  VERIFIER_LIMITS,
} from '@/lib/auth/tokens/verifier';

const KEY = `ak_${'a'.repeat(40)}`;
const valid: ClerkAnswer = {
  outcome: 'valid',
  subject: 'user_1',
  scopes: [],
  name: 'laptop',
  expiresAt: null,
};

/** A verifier whose Clerk is a list of answers and whose clock the test moves. */
function harness(answer: (token: string) => ClerkAnswer | Promise<ClerkAnswer> = () => valid) {
  let now = 1_000_000;
  const asked: string[] = [];
  const verifier = new MachineTokenVerifier(
    async (bearer) => {
      asked.push(bearer.token);
      return answer(bearer.token);
    },
    VERIFIER_LIMITS,
    () => now,
  );
  return {
    verifier,
    asked,
    advance: (ms: number) => (now += ms),
    bearer: (token: string) => machineBearer(`Bearer ${token}`)!,
  };
}

describe('recognising opaque tokens', () => {
  it.each([
    [`Bearer ${KEY}`, 'api_key', true],
    [`Bearer mt_${'b'.repeat(32)}`, 'm2m_token', true],
    [`Bearer oat_${'c'.repeat(32)}`, 'oauth_token', true],
    ['Bearer ak_short', 'api_key', false],
    [`Bearer ak_${'a'.repeat(129)}`, 'api_key', false],
    [`Bearer ak_${'a'.repeat(20)}!`, 'api_key', false],
  ])('reads %s as %s (well formed: %s)', (header, kind, wellFormed) => {
    expect(machineBearer(header)).toMatchObject({ kind, wellFormed });
  });

  it.each([
    null,
    '',
    'Bearer ',
    'Bearer eyJhbGciOiJSUzI1NiJ9.e30.sig',
    `Basic ${KEY}`,
    `bearer ${KEY}`,
  ])('leaves %j to the session path', (header) => {
    expect(machineBearer(header)).toBeNull();
  });

  it('takes a private feed URL key from its path once its tag is checked, and no other', () => {
    const secret = 'sk_live_unit';
    const tagged = taggedFeedKey(KEY, secret);
    expect(feedKeyFromPath(`/api/private/feed/${tagged}`, secret)).toEqual({
      kind: 'api_key',
      token: KEY,
      wellFormed: true,
    });
    expect(feedKeyFromPath('/api/private/feed.xml')).toBeNull();
    expect(feedKeyFromPath(`/api/private/feed/${tagged}/more`, secret)).toBeNull();
    for (const segment of [
      KEY,
      'feed',
      `${KEY}.`,
      `${KEY}x.${tagged.split('.')[1]}`,
      taggedFeedKey(KEY, 'sk_live_another_instance'),
      `${tagged}A`,
    ]) {
      expect(feedKeyFromPath(`/api/private/feed/${segment}`, secret), segment).toEqual({
        kind: 'api_key',
        token: segment,
        wellFormed: false,
      });
    }
  });
});

describe('verifying with Clerk, cached and bounded', () => {
  it('asks once for a key used again within a minute, and again after', async () => {
    const { verifier, asked, advance, bearer } = harness();
    expect(await verifier.verify(bearer(KEY))).toMatchObject({
      status: 'verified',
      subject: 'user_1',
    });
    advance(59_000);
    await verifier.verify(bearer(KEY));
    expect(asked).toHaveLength(1);
    advance(2_000);
    await verifier.verify(bearer(KEY));
    expect(asked).toHaveLength(2);
  });

  it('never trusts a key past its own expiry', async () => {
    const { verifier, asked, advance, bearer } = harness(() => ({
      ...valid,
      expiresAt: 1_000_000 + 10_000,
    }));
    await verifier.verify(bearer(KEY));
    advance(11_000);
    await verifier.verify(bearer(KEY));
    expect(asked).toHaveLength(2);
  });

  it('remembers a refusal for 15 s', async () => {
    const { verifier, asked, advance, bearer } = harness(() => ({ outcome: 'not-found' }));
    expect(await verifier.verify(bearer(KEY))).toEqual({ status: 'refused' });
    advance(14_000);
    await verifier.verify(bearer(KEY));
    expect(asked).toHaveLength(1);
    advance(2_000);
    await verifier.verify(bearer(KEY));
    expect(asked).toHaveLength(2);
  });

  it('refuses malformed tokens without asking', async () => {
    const { verifier, asked, bearer } = harness();
    expect(await verifier.verify(bearer('ak_short'))).toEqual({ status: 'refused' });
    expect(await verifier.verify(bearer('oat_short'))).toEqual({ status: 'refused' });
    expect(asked).toHaveLength(0);
  });

  it('asks Clerk about an opaque OAuth access token once, then trusts it for the same minute', async () => {
    const { verifier, asked, bearer, advance } = harness();
    const token = `oat_${'c'.repeat(32)}`;
    expect(await verifier.verify(bearer(token))).toMatchObject({
      status: 'verified',
      kind: 'oauth_token',
    });
    advance(59_000);
    await verifier.verify(bearer(token));
    expect(asked).toEqual([token]);
  });

  it('shares one call among concurrent requests with the same new key', async () => {
    const { verifier, asked, bearer } = harness();
    await Promise.all(Array.from({ length: 10 }, () => verifier.verify(bearer(KEY))));
    expect(asked).toHaveLength(1);
  });

  it('caps calls at a burst of 20 and 10 a second, answering the rest 503 with Retry-After 1', async () => {
    const { verifier, asked, advance, bearer } = harness(() => ({ outcome: 'not-found' }));
    const garbage = (i: number) => bearer(`ak_${String(i).padStart(30, 'x')}`);
    const first = await Promise.all(
      Array.from({ length: 1000 }, (_, i) => verifier.verify(garbage(i))),
    );
    expect(asked).toHaveLength(20);
    expect(first.filter((v) => v.status === 'unavailable')).toHaveLength(980);
    expect(first.find((v) => v.status === 'unavailable')).toMatchObject({ retryAfterSeconds: 1 });
    advance(1_000);
    await Promise.all(Array.from({ length: 100 }, (_, i) => verifier.verify(garbage(2000 + i))));
    expect(asked).toHaveLength(30);
  });

  it('answers 503 after the 2 s timeout, then for 10 s without asking, then asks again', async () => {
    let clerkAnswers = false;
    const { verifier, asked, advance, bearer } = harness(() =>
      clerkAnswers ? valid : new Promise<ClerkAnswer>(() => {}),
    );
    const realTimeout = new MachineTokenVerifier(async () => new Promise<ClerkAnswer>(() => {}), {
      ...VERIFIER_LIMITS,
      timeoutMs: 20,
    });
    expect(await realTimeout.verify(bearer(KEY))).toMatchObject({
      status: 'unavailable',
      retryAfterSeconds: 10,
    });
    expect(realTimeout.clerkIsDown()).toBe(true);

    verifier.noteOutage('Clerk answered 503');
    expect(await verifier.verify(bearer(KEY))).toMatchObject({
      status: 'unavailable',
      retryAfterSeconds: 10,
    });
    expect(asked).toHaveLength(0);
    advance(10_001);
    clerkAnswers = true;
    expect(await verifier.verify(bearer(KEY))).toMatchObject({ status: 'verified' });
  });

  it("keeps a rate limit's Retry-After when it is longer than the pause", async () => {
    const { verifier, bearer } = harness(() => ({
      outcome: 'failed',
      reason: 'Clerk answered 429',
      retryAfterSeconds: 30,
    }));
    expect(await verifier.verify(bearer(KEY))).toMatchObject({
      status: 'unavailable',
      retryAfterSeconds: 30,
    });
  });

  it('keeps serving a verified key while Clerk is down', async () => {
    let up = true;
    const { verifier, bearer } = harness(() =>
      up ? valid : { outcome: 'failed', reason: 'Clerk answered 503' },
    );
    await verifier.verify(bearer(KEY));
    up = false;
    expect(await verifier.verify(bearer(`ak_${'z'.repeat(40)}`))).toMatchObject({
      status: 'unavailable',
    });
    expect(await verifier.verify(bearer(KEY))).toMatchObject({ status: 'verified' });
  });
});

describe("reading Clerk's errors", () => {
  it.each([
    [{ status: 404 }, { outcome: 'not-found' }],
    [{ status: 422 }, { outcome: 'not-found' }],
    [{ status: 401 }, { outcome: 'failed', reason: 'Clerk answered 401' }],
    [{ status: 503 }, { outcome: 'failed', reason: 'Clerk answered 503' }],
    [
      { status: 429, retryAfter: 7 },
      { outcome: 'failed', reason: 'Clerk answered 429', retryAfterSeconds: 7 },
    ],
    [
      { message: 'fetch failed' },
      { outcome: 'failed', reason: 'Clerk could not be reached (fetch failed)' },
    ],
  ])('reads %j as %j', (error, answer) => {
    expect(answerFromError(error)).toEqual(answer);
  });
});

describe("an API key owner's plan", () => {
  function lookup(answer: () => Promise<boolean | { outcome: 'failed'; reason: string }>) {
    let now = 1_000_000;
    let down = false;
    const asked: string[] = [];
    const outages = { clerkIsDown: () => down, noteOutage: () => (down = true) };
    const premium = new PremiumLookup(
      (userId) => {
        asked.push(userId);
        return answer();
      },
      outages,
      undefined,
      () => now,
    );
    return { premium, asked, advance: (ms: number) => (now += ms), recover: () => (down = false) };
  }

  it("keeps Clerk's answer for 5 minutes: a lapsed plan stops premium at the first fetch after", async () => {
    let subscribed = true;
    const { premium, asked, advance } = lookup(async () => subscribed);
    expect(await premium.premium('user_1')).toBe(true);
    subscribed = false;
    advance(299_000);
    expect(await premium.premium('user_1')).toBe(true);
    advance(2_000);
    expect(await premium.premium('user_1')).toBe(false);
    expect(asked).toHaveLength(2);
  });

  it('falls back to no premium when Clerk cannot answer, for 30 s, never to premium', async () => {
    const { premium, asked, advance, recover } = lookup(async () => ({
      outcome: 'failed',
      reason: 'Clerk answered 500',
    }));
    expect(await premium.premium('user_1')).toBe(false);
    recover();
    advance(29_000);
    expect(await premium.premium('user_1')).toBe(false);
    expect(asked).toHaveLength(1);
    advance(2_000);
    await premium.premium('user_1');
    expect(asked).toHaveLength(2);
  });

  it('does not ask while Clerk is known to be down', async () => {
    const { premium, asked } = lookup(async () => true);
    const downLookup = new PremiumLookup(async () => true, {
      clerkIsDown: () => true,
      noteOutage: () => {},
    });
    expect(await downLookup.premium('user_1')).toBe(false);
    expect(asked).toHaveLength(0);
    expect(await premium.premium('user_1')).toBe(true);
  });
});
