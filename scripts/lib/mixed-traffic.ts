import type { JWK } from 'jose';

import { DASHBOARD_PATH, postHref, PRIVATE_API_PATH, privateApiPostHref } from '../../lib/paths';

import { generateTestKeys, mintSessionToken, sessionCookies } from './clerk-tokens';
import type { LoadTarget } from './load';

const ARTICLE = 'static-first-publishing';
const PREMIUM = 'pricing-a-membership-tier';

export interface Share {
  label: string;
  /** Its part of the load: connections, and of a steady rate, the same proportion. */
  connections: number;
  target: LoadTarget;
}

/**
 * The mixed traffic of `bench:load`, for a site at `url` whose Clerk instance signs with
 * `privateJwk`: anonymous readers, members, subscribers, and forged and expired tokens.
 */
export async function mixedTraffic(url: string, privateJwk: JWK): Promise<Share[]> {
  const token = (userId: string, features: string[] = []) =>
    mintSessionToken(privateJwk, { userId, azp: url, features, expiresIn: 3600 });
  const member = await token('user_member');
  const subscriber = await token('user_subscriber', ['u:premium_content']);
  const expired = await mintSessionToken(privateJwk, {
    userId: 'user_member',
    azp: url,
    issuedAt: Math.floor(Date.now() / 1000) - 3600,
    expiresIn: 60,
  });
  const forged = await mintSessionToken((await generateTestKeys()).privateJwk, {
    userId: 'user_subscriber',
    azp: url,
    features: ['u:premium_content'],
    expiresIn: 3600,
  });
  return [
    {
      label: 'anonymous, article',
      connections: 6,
      target: { url: `${url}${postHref(ARTICLE)}`, expected: [200] },
    },
    {
      label: 'anonymous, blog index',
      connections: 2,
      target: { url: `${url}/blog`, expected: [200] },
    },
    {
      label: 'anonymous, private API',
      connections: 1,
      target: { url: `${url}${PRIVATE_API_PATH}/me`, expected: [401] },
    },
    {
      label: 'member, article',
      connections: 2,
      target: {
        url: `${url}${postHref(ARTICLE)}`,
        headers: { cookie: sessionCookies(member) },
        expected: [200],
      },
    },
    {
      label: 'member, dashboard',
      connections: 1,
      target: {
        url: `${url}${DASHBOARD_PATH}`,
        headers: { cookie: sessionCookies(member) },
        expected: [200],
      },
    },
    {
      label: 'member, premium post by API',
      connections: 1,
      target: {
        url: `${url}${privateApiPostHref(PREMIUM)}`,
        headers: { authorization: `Bearer ${member}` },
        expected: [403],
      },
    },
    {
      label: 'subscriber, premium post page',
      connections: 3,
      target: {
        url: `${url}${postHref(PREMIUM)}`,
        headers: { cookie: sessionCookies(subscriber) },
        expected: [200],
      },
    },
    {
      label: 'subscriber, premium post by API',
      connections: 1,
      target: {
        url: `${url}${privateApiPostHref(PREMIUM)}`,
        headers: { authorization: `Bearer ${subscriber}` },
        expected: [200],
      },
    },
    {
      label: 'subscriber, unknown post by API',
      connections: 1,
      target: {
        url: `${url}${privateApiPostHref('no-such-post')}`,
        headers: { authorization: `Bearer ${subscriber}` },
        expected: [404],
      },
    },
    {
      label: 'forged token, private API',
      connections: 1,
      target: {
        url: `${url}${PRIVATE_API_PATH}/me`,
        headers: { authorization: `Bearer ${forged}` },
        expected: [401],
      },
    },
    {
      label: 'expired token, private API',
      connections: 1,
      target: {
        url: `${url}${PRIVATE_API_PATH}/me`,
        headers: { authorization: `Bearer ${expired}` },
        expected: [401],
      },
    },
  ];
}
