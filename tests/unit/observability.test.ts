import { readdirSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { giftKeyMadeAt } from '@/lib/observability/gift-key-age';
import { readerClassOf } from '@/lib/observability/reader';
import {
  gateOutcome,
  noteGateAnswer,
  noteReader,
  noteReason,
  NOTES_HEADER,
  notesOf,
  openNotes,
  type RequestNotes,
} from '@/lib/observability/request-context';
import { requestId, trustedFront } from '@/lib/observability/request-id';
import { ROUTE_PATTERNS, routePattern } from '@/lib/observability/route-pattern';

const appDir = path.resolve(import.meta.dirname, '..', '..', 'app');

/** Every address file under app/ as its URL pattern: route groups dropped, metadata images by their name. */
function appPatterns(dir: string, prefix = ''): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      const segment = /^\(.+\)$/.test(entry.name) ? '' : `/${entry.name}`;
      found.push(...appPatterns(path.join(dir, entry.name), prefix + segment));
    } else if (/^(page|route)\.tsx?$/.test(entry.name)) {
      found.push(prefix || '/');
    } else if (/^(opengraph|twitter)-image\.tsx$/.test(entry.name)) {
      found.push(`${prefix}/${entry.name.replace(/\.tsx$/, '')}`);
    }
  }
  return found;
}

describe('the route pattern a request is logged and counted under', () => {
  it('names every address file of app/', () => {
    const patterns = appPatterns(appDir);
    expect(patterns.length).toBeGreaterThan(30);
    for (const pattern of patterns) expect(ROUTE_PATTERNS, pattern).toContain(pattern);
  });

  it.each([
    ['/', '/'],
    ['/blog/a-post', '/blog/[slug]'],
    ['/blog/a-post/', '/blog/[slug]'],
    ['/blog/page/2', '/blog/page/[page]'],
    ['/tags/performance', '/tags/[tag]'],
    ['/tags/performance/page/2', '/tags/[tag]/page/[page]'],
    ['/authors/ada-lindqvist/page/2', '/authors/[id]/page/[page]'],
    ['/blog/a-post/opengraph-image-1x2y3z', '/blog/[slug]/opengraph-image'],
    ['/gift/a-post/eyJhbGciOiJkaXIifQ..iv.cipher.tag', '/gift/[slug]/[token]'],
    ['/api/private/feed/ak_secretsecret', '/api/private/feed/[key]'],
    ['/api/private/feed.xml', '/api/private/feed.xml'],
    ['/sign-in', '/sign-in/[[...sign-in]]'],
    ['/sign-in/factor-one/x', '/sign-in/[[...sign-in]]'],
    ['/sign-in/tasks/choose-organization', '/sign-in/tasks/[[...task]]'],
    ['/settings/security', '/settings/[[...rest]]'],
    ['/search/terms/ab.json', '/search/terms/[shard]'],
    ['/nowhere/at/all', 'unmatched'],
    ['/wp-login.php', 'unmatched'],
  ])('%s is %s', (pathname, pattern) => {
    expect(routePattern(pathname)).toBe(pattern);
  });
});

describe('the request id', () => {
  const front = trustedFront(['127.0.0.1', '::1']);

  it("takes the front's id, from the front's address only", () => {
    expect(requestId('nginx-0123abc', '127.0.0.1', front)).toBe('nginx-0123abc');
    expect(requestId('nginx-0123abc', '::ffff:127.0.0.1', front)).toBe('nginx-0123abc');
    expect(requestId('nginx-0123abc', '::1', front)).toBe('nginx-0123abc');
  });

  it("makes its own for anyone else, and for the front's malformed or repeated header", () => {
    for (const [header, peer] of [
      ['client-chosen', '203.0.113.9'],
      ['client-chosen', undefined],
      ['with space', '127.0.0.1'],
      ['x'.repeat(101), '127.0.0.1'],
      [['a', 'b'], '127.0.0.1'],
    ] as const) {
      const id = requestId(header as string | string[], peer, front);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(requestId('nginx-0123abc', '127.0.0.1', trustedFront([]))).not.toBe('nginx-0123abc');
  });
});

describe('what a request notes', () => {
  /** A request with notes open, as the request log's hook opens them, and its headers as the proxy reads them. */
  const run = (work: (headers: Headers) => void): RequestNotes => {
    const notes: RequestNotes = { id: 'r', reader: 'anonymous' };
    const nodeHeaders: IncomingHttpHeaders = { [NOTES_HEADER]: 'sent-by-a-client' };
    const close = openNotes(nodeHeaders, `key-${Math.random()}`, notes);
    work(new Headers(nodeHeaders as Record<string, string>));
    close();
    return notes;
  };

  it('sorts readers into classes', () => {
    expect(readerClassOf({ kind: 'anonymous', pendingTask: true })).toBe('anonymous');
    expect(readerClassOf({ kind: 'signed-in', userId: 'u', premium: false, editor: false })).toBe(
      'member',
    );
    expect(readerClassOf({ kind: 'signed-in', userId: 'u', premium: true, editor: false })).toBe(
      'subscriber',
    );
    expect(readerClassOf({ kind: 'signed-in', userId: 'u', premium: true, editor: true })).toBe(
      'editor',
    );
  });

  it("keeps a rule's reason over the proxy's outcome, and the outcome otherwise", () => {
    expect(
      run((headers) => (noteReason(headers, 'reading-upgrade'), noteGateAnswer(headers, 200)))
        .reason,
    ).toBe('reading-upgrade');
    expect(run((headers) => noteGateAnswer(headers, 307)).reason).toBe('redirected');
    expect(run((headers) => noteGateAnswer(headers, 401)).reason).toBe('unauthenticated');
    expect(run((headers) => noteReader(headers, 'machine')).reader).toBe('machine');
    expect(run(() => {}).reason).toBeUndefined();
  });

  it("finds a request's notes from Node's headers and from a Headers, and none once it has ended", () => {
    const notes: RequestNotes = { id: 'r', reader: 'anonymous' };
    const nodeHeaders: IncomingHttpHeaders = {};
    const close = openNotes(nodeHeaders, 'the-key', notes);
    expect(notesOf(nodeHeaders)).toBe(notes);
    expect(notesOf(new Headers({ [NOTES_HEADER]: 'the-key' }))).toBe(notes);
    close();
    expect(notesOf(nodeHeaders)).toBeUndefined();
  });

  it('notes nothing outside a request, nor in one a client names by a key it made up', () => {
    const notes: RequestNotes = { id: 'r', reader: 'anonymous' };
    const close = openNotes({}, 'the-key', notes);
    for (const headers of [new Headers(), new Headers({ [NOTES_HEADER]: 'made-up' })]) {
      expect(() => noteGateAnswer(headers, 200)).not.toThrow();
      noteReader(headers, 'machine');
    }
    expect(notesOf({ get: 'the-key' } as IncomingHttpHeaders)).toBeUndefined();
    close();
    expect(notes).toEqual({ id: 'r', reader: 'anonymous' });
    expect(gateOutcome(418)).toBe('status-418');
  });
});

describe("a gift key's age", () => {
  it('is read from a dated id, and unknown for any other', () => {
    expect(giftKeyMadeAt('2026-12')?.toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(giftKeyMadeAt('2026-06-15')?.toISOString()).toBe('2026-06-15T00:00:00.000Z');
    expect(giftKeyMadeAt('2026-13')).toBeUndefined();
    expect(giftKeyMadeAt('newest')).toBeUndefined();
  });
});
