import { describe, expect, it } from 'vitest';

import { openVerdict, sealVerdict } from '@/lib/gate/viewer-verdict';

const subscriber = { kind: 'signed-in', userId: 'user_s', premium: true, editor: false } as const;
const PATH = '/dashboard/posts/pricing-a-membership-tier';
const NOW = 1_800_000_000_000;

describe("the proxy's signed verdict for the member post route", () => {
  it('gives the route the reader the proxy found, for that path, within seconds', () => {
    expect(openVerdict(sealVerdict(subscriber, PATH, NOW), PATH, NOW + 2_000)).toEqual(subscriber);
  });

  it.each([
    ['no header', () => null],
    ['garbage', () => 'not-a-verdict'],
    ['an extra part', () => `${sealVerdict(subscriber, PATH, NOW)}.x`],
    ['another path', () => sealVerdict(subscriber, '/dashboard/posts/another-post', NOW)],
    ['an old one', () => sealVerdict(subscriber, PATH, NOW - 11_000)],
    ['one from the future', () => sealVerdict(subscriber, PATH, NOW + 5_000)],
  ])('ignores %s', (_, verdict) => {
    expect(openVerdict(verdict(), PATH, NOW)).toBeNull();
  });

  it('ignores a verdict whose reader was changed after it was signed, or which was signed by anyone else', () => {
    const [body, mac] = sealVerdict({ ...subscriber, premium: false }, PATH, NOW).split('.') as [string, string];
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString()) as Record<string, unknown>;
    const raised = Buffer.from(JSON.stringify({ ...claims, premium: true, editor: true })).toString('base64url');
    expect(openVerdict(`${raised}.${mac}`, PATH, NOW)).toBeNull();
    expect(openVerdict(`${body}.${Buffer.alloc(32).toString('base64url')}`, PATH, NOW)).toBeNull();
    expect(openVerdict(`${body}.${mac.slice(0, -2)}`, PATH, NOW)).toBeNull();
  });
});
