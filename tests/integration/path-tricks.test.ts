import { describe, expect, inject, it } from 'vitest';

import {
  gatedSentences,
  publicSentences,
  publishedSlugs,
  unreleasedPosts,
} from '../support/gated-text';
import { as, bearer, rawRequest } from '../support/http';
import { required } from '../support/required';
import { readingHref } from '@/lib/auth/proxy/readings/lock';

/**
 * Requests meant to slip past the proxy's route matcher, sent raw (the path goes on the wire
 * exactly as written) by someone without the entitlement. None may return gated text or an
 * editors' page, whatever its status; the status column records what the real Next and Clerk
 * answer, so that a change in either shows here.
 */
const P = required(publishedSlugs('premium')[0], 'a published premium post');
const D = unreleasedPosts().find((post) => post.draft)!.slug;

type Who = 'anonymous' | 'member' | 'member-bearer' | 'pending';

interface Case {
  attack: string;
  who: Who;
  path: string;
  method?: string;
  headers?: Record<string, string>;
  status: number;
  /** The answer must say `Cache-Control: private, no-store`: it depends on who asks, so no shared cache may keep it. */
  private?: true;
}

const html = { accept: 'text/html' };
/** The real address of the premium post's full rendering (lib/auth/proxy/readings), as a subscriber's responses show it. */
const READING = readingHref(P, 'full');
const READING_TAIL = READING.slice('/gated-reading'.length);
/** Next.js's own headers between its proxy and its pages, sent by the client as if the proxy had set them. */
const internalHeaders = {
  'x-middleware-rewrite': READING,
  'x-middleware-next': '1',
  'x-middleware-override-headers': 'x-masthead',
  'x-nextjs-rewritten-path': READING,
  'x-matched-path': READING,
  'x-invoke-path': READING,
  'x-now-route-matches': `slug=${P}`,
};
const action = {
  'next-action': '7f3a0c0de0000000000000000000000000000000',
  accept: 'text/x-component',
  'content-type': 'text/plain;charset=UTF-8',
};

const cases: Case[] = [
  // Case and slash variants
  {
    attack: 'upper-case first letter',
    who: 'anonymous',
    path: '/Dashboard',
    headers: html,
    status: 404,
  },
  {
    attack: 'upper-case prefix, premium post',
    who: 'anonymous',
    path: `/BLOG/${P}`,
    headers: html,
    status: 404,
  },
  {
    attack: 'upper-case prefix, premium post',
    who: 'member',
    path: `/BLOG/${P}`,
    headers: html,
    status: 404,
  },
  {
    attack: "mixed-case editors' area",
    who: 'anonymous',
    path: `/Dashboard/Editor/${D}`,
    headers: html,
    status: 404,
  },
  {
    attack: "mixed-case editors' area",
    who: 'member',
    path: `/Dashboard/Editor/${D}`,
    headers: html,
    status: 404,
  },
  {
    attack: 'double leading slash',
    who: 'anonymous',
    path: '//dashboard',
    headers: html,
    status: 308,
  },
  {
    attack: "double slashes, editors' area",
    who: 'member',
    path: `//dashboard//editor/${D}`,
    headers: html,
    status: 308,
  },
  { attack: 'trailing slash', who: 'anonymous', path: '/dashboard/', headers: html, status: 308 },
  {
    attack: "trailing slash, editors' area",
    who: 'member',
    path: '/dashboard/editor/',
    headers: html,
    status: 308,
  },
  { attack: 'dot segment', who: 'anonymous', path: '/./dashboard', headers: html, status: 307 },
  {
    attack: 'dot-dot segment',
    who: 'anonymous',
    path: '/blog/../dashboard',
    headers: html,
    status: 307,
  },
  {
    attack: "dot-dot into the editors' area",
    who: 'member',
    path: `/blog/../dashboard/editor/${D}`,
    headers: html,
    status: 404,
  },
  // Encodings
  {
    attack: 'percent-encoded letter',
    who: 'anonymous',
    path: '/%64ashboard',
    headers: html,
    status: 307,
  },
  {
    attack: "percent-encoded letter, editors' area",
    who: 'member',
    path: `/dashboard/%65ditor/${D}`,
    headers: html,
    status: 404,
  },
  { attack: 'encoded slashes', who: 'anonymous', path: `/blog%2F${P}`, headers: html, status: 404 },
  { attack: 'encoded slashes', who: 'member', path: `/blog%2F${P}`, headers: html, status: 404 },
  {
    attack: "encoded slash, editors' area",
    who: 'member',
    path: `/dashboard/editor%2F${D}`,
    headers: html,
    status: 404,
  },
  {
    attack: 'encoded newline',
    who: 'anonymous',
    path: '/dashboard/%0a',
    headers: html,
    status: 307,
  },
  {
    attack: 'encoded NUL after the slug',
    who: 'anonymous',
    path: `/blog/${P}%00`,
    headers: html,
    status: 404,
  },
  {
    attack: 'encoded NUL after the slug',
    who: 'member',
    path: `/blog/${P}%00`,
    headers: html,
    status: 404,
  },
  {
    attack: 'encoded dot-dot in the API',
    who: 'anonymous',
    path: '/api/private/%2e%2e/private/me',
    status: 401,
  },
  {
    attack: 'encoded dot-dot out of the API',
    who: 'anonymous',
    path: `/api/%2e%2e/blog/${P}`,
    headers: html,
    status: 200,
  },
  // Static-file suffixes: the proxy's matcher skips them, unless the path names a gated route
  { attack: '.html suffix', who: 'anonymous', path: `/blog/${P}.html`, headers: html, status: 404 },
  { attack: '.html suffix', who: 'member', path: `/blog/${P}.html`, headers: html, status: 404 },
  {
    attack: '.png under the member area',
    who: 'anonymous',
    path: '/dashboard/x.png',
    headers: html,
    status: 307,
  },
  {
    attack: ".png in the editors' area",
    who: 'anonymous',
    path: `/dashboard/editor/${D}.png`,
    headers: html,
    status: 404,
  },
  {
    attack: ".png in the editors' area",
    who: 'member',
    path: `/dashboard/editor/${D}.png`,
    headers: html,
    status: 404,
  },
  {
    attack: ".css as the editors' area",
    who: 'member',
    path: '/dashboard/editor.css',
    headers: html,
    status: 404,
  },
  { attack: '.csv on the API', who: 'anonymous', path: `/api/private/posts/${P}.csv`, status: 401 },
  { attack: '.csv on the API', who: 'member', path: `/api/private/posts/${P}.csv`, status: 404 },
  { attack: '.json suffix', who: 'anonymous', path: `/blog/${P}.json`, headers: html, status: 404 },
  { attack: '.json suffix', who: 'member', path: `/blog/${P}.json`, headers: html, status: 404 },
  // Next.js internals
  { attack: 'RSC: 1', who: 'anonymous', path: `/blog/${P}`, headers: { rsc: '1' }, status: 307 },
  {
    attack: 'RSC: 1',
    who: 'member',
    path: `/dashboard/editor/${D}`,
    headers: { rsc: '1' },
    status: 404,
  },
  {
    attack: 'RSC prefetch',
    who: 'anonymous',
    path: `/blog/${P}`,
    headers: { rsc: '1', 'next-router-prefetch': '1' },
    status: 307,
  },
  {
    attack: 'RSC prefetch',
    who: 'member',
    path: `/dashboard/editor/${D}`,
    headers: { rsc: '1', 'next-router-prefetch': '1' },
    status: 404,
  },
  { attack: '?_rsc query', who: 'anonymous', path: `/blog/${P}?_rsc=x`, status: 200 },
  { attack: '?_rsc query', who: 'member', path: `/dashboard/editor/${D}?_rsc=x`, status: 404 },
  {
    attack: 'Next-Action header',
    who: 'anonymous',
    path: `/blog/${P}`,
    method: 'POST',
    headers: action,
    status: 400,
  },
  {
    attack: 'Next-Action header',
    who: 'member',
    path: `/dashboard/editor/${D}`,
    method: 'POST',
    headers: action,
    status: 400,
  },
  {
    attack: 'Next-Action header on a public page',
    who: 'anonymous',
    path: '/blog',
    method: 'POST',
    headers: action,
    status: 400,
  },
  {
    attack: 'x-middleware-subrequest (CVE-2025-29927)',
    who: 'anonymous',
    path: `/blog/${P}`,
    headers: { ...html, 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' },
    status: 200,
  },
  {
    attack: 'x-middleware-subrequest (CVE-2025-29927)',
    who: 'member',
    path: `/dashboard/editor/${D}`,
    headers: { ...html, 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' },
    status: 404,
  },
  {
    attack: 'x-middleware-subrequest, old name',
    who: 'anonymous',
    path: '/api/private/posts',
    headers: {
      'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware',
    },
    status: 401,
  },
  { attack: 'HEAD', who: 'anonymous', path: `/blog/${P}`, method: 'HEAD', status: 200 },
  { attack: 'HEAD', who: 'member', path: `/dashboard/editor/${D}`, method: 'HEAD', status: 404 },
  {
    attack: 'POST',
    who: 'anonymous',
    path: `/blog/${P}`,
    method: 'POST',
    headers: html,
    status: 200,
  },
  {
    attack: 'POST',
    who: 'member',
    path: `/dashboard/editor/${D}`,
    method: 'POST',
    headers: html,
    status: 404,
  },
  {
    attack: 'POST to the API',
    who: 'anonymous',
    path: `/api/private/posts/${P}`,
    method: 'POST',
    status: 401,
  },
  { attack: 'OPTIONS', who: 'anonymous', path: `/blog/${P}`, method: 'OPTIONS', status: 400 },
  {
    attack: 'OPTIONS',
    who: 'member',
    path: `/dashboard/editor/${D}`,
    method: 'OPTIONS',
    status: 404,
  },
  {
    attack: 'OPTIONS to the API',
    who: 'anonymous',
    path: `/api/private/posts/${P}`,
    method: 'OPTIONS',
    status: 401,
  },
  // Malformed requests: a short 400, never a 500 with a stack trace in the log
  {
    attack: 'percent sign without hex digits',
    who: 'anonymous',
    path: '/%',
    headers: html,
    status: 400,
  },
  {
    attack: 'encoding of no UTF-8 character',
    who: 'anonymous',
    path: '/%ff',
    headers: html,
    status: 400,
  },
  {
    attack: 'invalid hex in a post address',
    who: 'anonymous',
    path: '/blog/%zz',
    headers: html,
    status: 400,
  },
  { attack: 'overlong UTF-8 dot', who: 'anonymous', path: '/%C0%AE', headers: html, status: 400 },
  {
    attack: 'malformed encoding after a premium post',
    who: 'member',
    path: `/blog/${P}%ff`,
    headers: html,
    status: 400,
  },
  {
    attack: '4,000-character post address',
    who: 'anonymous',
    path: `/blog/${'a'.repeat(4000)}`,
    headers: html,
    status: 404,
  },
  // The image optimizer fetches its `url` from this server: only the posts' images are its business
  {
    attack: 'image optimizer asked for a member page',
    who: 'anonymous',
    path: `/_next/image?url=%2Fblog%2F${P}&w=640&q=75`,
    status: 400,
  },
  {
    attack: 'image optimizer asked for a member page',
    who: 'member',
    path: `/_next/image?url=%2Fblog%2F${P}&w=640&q=75`,
    status: 400,
  },
  {
    attack: 'image optimizer, dot-dot out of the images folder',
    who: 'anonymous',
    path: '/_next/image?url=%2Fimages%2F..%2Fdashboard&w=640&q=75',
    status: 400,
  },
  {
    attack: 'image optimizer asked for the private API',
    who: 'member',
    path: `/_next/image?url=%2Fapi%2Fprivate%2Fposts%2F${P}&w=640&q=75`,
    status: 400,
  },
  // A member's valid token where it does not belong
  {
    attack: "member session in the editors' area",
    who: 'member',
    path: '/dashboard/editor',
    headers: html,
    status: 404,
  },
  {
    attack: "member Bearer token in the editors' area",
    who: 'member-bearer',
    path: `/dashboard/editor/${D}`,
    headers: html,
    status: 404,
  },
  {
    attack: 'member session on the machine API',
    who: 'member',
    path: '/api/private/machine/export',
    status: 401,
  },
  {
    attack: 'member Bearer token on the machine API',
    who: 'member-bearer',
    path: '/api/private/machine/export',
    status: 401,
  },
  {
    attack: 'member Bearer token, premium post',
    who: 'member-bearer',
    path: `/api/private/posts/${P}`,
    status: 403,
  },
  // The readings (lib/auth/proxy/readings): only the proxy's rewrite of /blog/<slug> reaches them
  {
    attack: "the premium post's full reading, at its real address",
    who: 'anonymous',
    path: READING,
    headers: html,
    status: 404,
  },
  {
    attack: "the premium post's full reading, at its real address",
    who: 'member',
    path: READING,
    headers: html,
    status: 404,
  },
  {
    attack: "the premium post's full reading, RSC",
    who: 'member',
    path: READING,
    headers: { rsc: '1' },
    status: 404,
  },
  {
    attack: "the premium post's full reading, HEAD",
    who: 'member-bearer',
    path: READING,
    method: 'HEAD',
    status: 404,
  },
  {
    attack: 'the readings, encoded letter',
    who: 'member',
    path: `/%67ated-reading${READING_TAIL}`,
    headers: html,
    status: 404,
  },
  {
    attack: 'the readings, upper case',
    who: 'member',
    path: `/GATED-READING${READING_TAIL}`,
    headers: html,
    status: 404,
  },
  {
    attack: 'the readings, dot-dot from a post',
    who: 'member',
    path: `/blog/../gated-reading${READING_TAIL}`,
    headers: html,
    status: 404,
  },
  {
    attack: 'the readings, encoded slash',
    who: 'member',
    path: `/gated-reading%2F${READING_TAIL.slice(1)}`,
    headers: html,
    status: 404,
  },
  {
    attack: 'the readings, double slash (to the single-slash address, itself a 404)',
    who: 'member',
    path: `//gated-reading${READING_TAIL}`,
    headers: html,
    status: 308,
  },
  {
    attack: 'the readings, .html suffix',
    who: 'member',
    path: `${READING}.html`,
    headers: html,
    status: 404,
  },
  {
    attack: 'the readings, .rsc suffix',
    who: 'member',
    path: `${READING}.rsc`,
    headers: html,
    status: 404,
  },
  {
    attack: 'the readings, a made-up lock',
    who: 'member',
    path: `/gated-reading/${'A'.repeat(32)}/${P}/full`,
    headers: html,
    status: 404,
  },
  {
    attack: 'image optimizer asked for a reading',
    who: 'member',
    path: `/_next/image?url=${encodeURIComponent(READING)}&w=640&q=75`,
    status: 400,
  },
  // Next.js's internal headers, forged or replayed from a subscriber's response
  {
    attack: "Next's internal headers pointing at a reading",
    who: 'anonymous',
    path: `/blog/${P}`,
    headers: { ...html, ...internalHeaders },
    status: 200,
  },
  {
    attack: "Next's internal headers pointing at a reading",
    who: 'member',
    path: `/blog/${P}`,
    headers: { ...html, ...internalHeaders },
    status: 200,
  },
  {
    attack: "Next's internal headers pointing at a reading, RSC",
    who: 'member',
    path: `/blog/${P}?_rsc=x`,
    headers: { rsc: '1', ...internalHeaders },
    status: 307,
  },
  {
    attack: "Next's internal headers on a public post",
    who: 'anonymous',
    path: '/blog/static-first-publishing',
    headers: { ...html, ...internalHeaders },
    status: 200,
  },
  {
    attack: 'a draft at its would-be address',
    who: 'member',
    path: `/blog/${D}`,
    headers: html,
    status: 404,
  },
  // Every answer of a gated route depends on who asks: redirects, 405 and OPTIONS included.
  {
    attack: 'redirect to sign in',
    who: 'anonymous',
    path: '/dashboard',
    headers: html,
    status: 307,
    private: true,
  },
  {
    attack: 'redirect to sign in, RSC',
    who: 'anonymous',
    path: '/dashboard',
    headers: { rsc: '1' },
    status: 307,
    private: true,
  },
  {
    attack: 'redirect to sign in',
    who: 'anonymous',
    path: '/settings',
    headers: html,
    status: 307,
    private: true,
  },
  {
    attack: 'redirect to the pending task',
    who: 'pending',
    path: '/dashboard',
    headers: html,
    status: 307,
    private: true,
  },
  {
    attack: 'redirect to the pending task, RSC',
    who: 'pending',
    path: '/dashboard',
    headers: { rsc: '1' },
    status: 307,
    private: true,
  },
  {
    attack: "the editors' area's 404",
    who: 'member',
    path: '/dashboard/editor',
    headers: html,
    status: 404,
    private: true,
  },
  {
    attack: 'a method the API route lacks',
    who: 'member',
    path: '/api/private/me',
    method: 'DELETE',
    status: 405,
    private: true,
  },
  {
    attack: 'a method the API route lacks',
    who: 'member',
    path: `/api/private/posts/${P}/gift`,
    method: 'PUT',
    status: 405,
    private: true,
  },
  {
    attack: 'OPTIONS to the API',
    who: 'member',
    path: '/api/private/me',
    method: 'OPTIONS',
    status: 204,
    private: true,
  },
  {
    attack: 'OPTIONS to a member page',
    who: 'member',
    path: '/dashboard',
    method: 'OPTIONS',
    status: 400,
    private: true,
  },
];

const sentences = gatedSentences();
/** What each identity may not read in full: every gated post and draft, or premium posts and drafts. */
const forbidden: Record<Who, string[]> = {
  anonymous: [...sentences.values()].flat(),
  member: [...sentences.get(P)!, ...sentences.get(D)!],
  'member-bearer': [...sentences.get(P)!, ...sentences.get(D)!],
  pending: [...sentences.values()].flat(),
};
const EDITOR_MARKERS = [
  'Drafts and scheduled posts',
  'readers cannot see this post yet',
  unreleasedPosts().find((p) => p.slug === D)!.title,
];

const shortened = (path: string) => (path.length > 100 ? `${path.slice(0, 100)}…` : path);

async function headersOf(who: Who, extra: Record<string, string> = {}) {
  if (who === 'member-bearer') return { ...(await bearer('member')), ...extra };
  return as(who, extra);
}

describe('path tricks against the gate', () => {
  it.each(
    cases.map(
      (c) => [`${c.who}: ${c.method ?? 'GET'} ${shortened(c.path)} (${c.attack})`, c] as const,
    ),
  )('%s', async (_name, c) => {
    const reply = await rawRequest(c.path, {
      method: c.method,
      headers: await headersOf(c.who, c.headers),
    });
    for (const sentence of forbidden[c.who])
      expect(reply.body, 'gated text in the response').not.toContain(sentence);
    for (const marker of EDITOR_MARKERS)
      expect(reply.body, "editors' page in the response").not.toContain(marker);
    expect(reply.status).toBe(c.status);
    // Pages rendered per request add Next.js's own directives (`no-cache`, `max-age=0`, ...) to these two.
    const directives = (reply.headers.get('cache-control') ?? '')
      .split(',')
      .map((directive) => directive.trim());
    if (c.private) expect(directives).toEqual(expect.arrayContaining(['private', 'no-store']));
  });
});

/**
 * The same tricks against a private preview site (MASTHEAD_PRIVATE_SITE=true), where even the
 * public pages are for editors only: the text of a public post is the secret to keep.
 */
const S = 'static-first-publishing';
const privateSiteCases: Case[] = [
  {
    attack: 'upper-case first letter',
    who: 'anonymous',
    path: '/Blog',
    headers: html,
    status: 307,
  },
  { attack: 'upper-case first letter', who: 'member', path: '/Blog', headers: html, status: 404 },
  {
    attack: 'double leading slash',
    who: 'anonymous',
    path: `//blog/${S}`,
    headers: html,
    status: 308,
  },
  {
    attack: 'dot-dot segment',
    who: 'anonymous',
    path: `/sign-in/../blog/${S}`,
    headers: html,
    status: 307,
  },
  {
    attack: 'percent-encoded letter',
    who: 'anonymous',
    path: `/%62log/${S}`,
    headers: html,
    status: 307,
  },
  {
    attack: 'encoded dot-dot out of sign-in',
    who: 'anonymous',
    path: `/sign-in/%2e%2e/blog/${S}`,
    headers: html,
    status: 307,
  },
  { attack: '.html suffix', who: 'anonymous', path: `/blog/${S}.html`, headers: html, status: 307 },
  { attack: '.html suffix', who: 'member', path: `/blog/${S}.html`, headers: html, status: 404 },
  { attack: 'index.html', who: 'anonymous', path: '/index.html', headers: html, status: 307 },
  { attack: '.rsc suffix', who: 'anonymous', path: `/blog/${S}.rsc`, status: 307 },
  { attack: 'RSC: 1', who: 'anonymous', path: `/blog/${S}`, headers: { rsc: '1' }, status: 307 },
  {
    attack: 'RSC prefetch',
    who: 'member',
    path: `/blog/${S}`,
    headers: { rsc: '1', 'next-router-prefetch': '1' },
    status: 404,
  },
  { attack: '?_rsc query', who: 'anonymous', path: `/blog/${S}?_rsc=x`, status: 307 },
  {
    attack: 'x-middleware-subrequest (CVE-2025-29927)',
    who: 'anonymous',
    path: `/blog/${S}`,
    headers: { ...html, 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' },
    status: 307,
  },
  { attack: 'HEAD', who: 'anonymous', path: '/', method: 'HEAD', status: 307 },
  { attack: 'OPTIONS', who: 'anonymous', path: `/blog/${S}`, method: 'OPTIONS', status: 307 },
  {
    attack: 'member Bearer token on a page',
    who: 'member-bearer',
    path: `/blog/${S}`,
    headers: html,
    status: 404,
  },
  {
    attack: 'member Bearer token on the API',
    who: 'member-bearer',
    path: '/api/private/posts',
    status: 403,
  },
  {
    attack: "an editor's reading of the premium post, at its real address",
    who: 'anonymous',
    path: readingHref(P, 'full-editor'),
    headers: html,
    status: 307,
  },
  {
    attack: "an editor's reading of the premium post, at its real address",
    who: 'member',
    path: readingHref(P, 'full-editor'),
    headers: html,
    status: 404,
  },
];

describe('path tricks against a private preview site', () => {
  const secret = publicSentences(S);

  it('has public sentences to look for', () => {
    expect(secret.length).toBeGreaterThan(0);
  });

  it.each(
    privateSiteCases.map(
      (c) => [`${c.who}: ${c.method ?? 'GET'} ${c.path} (${c.attack})`, c] as const,
    ),
  )('%s', async (_name, c) => {
    const reply = await rawRequest(c.path, {
      base: inject('privateSiteUrl'),
      method: c.method,
      headers: await headersOf(c.who, c.headers),
    });
    for (const sentence of [...secret, ...forbidden[c.who]])
      expect(reply.body, 'protected text in the response').not.toContain(sentence);
    expect(reply.status).toBe(c.status);
  });
});
