import { describe, expect, it } from 'vitest';

import { loggablePath } from '@/lib/security/loggable-path';

const TOKEN = 'eyJrIjoibmV3In0.c2lnbmF0dXJlc2lnbmF0dXJl';
const KEY = 'ak_abcdefghijklmnopqrstuvwx.dGFnZ2VkdGFnZ2VkdGFnZw';

describe('a path written to the log', () => {
  it.each([
    [`/gift/a-post/${TOKEN}%ff`, '/gift/a-post/…'],
    [`/Gift/a-post/${TOKEN}%ff`, '/Gift/a-post/…'],
    [`/GIFT/a-post/${TOKEN}`, '/GIFT/a-post/…'],
    [`/%67ift/a-post/${TOKEN}%ff`, '/gift/a-post/…'],
    [`/%2567ift/a-post/${TOKEN}%ff`, '/gift/a-post/…'],
    [`/gift%2Fa-post%2F${TOKEN}%ff`, '/gift/a-post/…'],
    [`/%ff/gift/x/${TOKEN}`, '/\u00ff/gift/x/…'],
    [`/blog/../gift/a-post/${TOKEN}%zz`, '/blog/../gift/a-post/…'],
    [`/gift./a-post/${TOKEN}%ff`, '/gift./a-post/…'],
    [`/api/private/feed/${KEY}%zz`, '/api/private/feed/…'],
    [`/api/private/Feed/${KEY}%ff`, '/api/private/Feed/…'],
    [`/api/private/%66eed/${KEY}%ff`, '/api/private/feed/…'],
    [`/api/private/feed%2F${KEY}%ff`, '/api/private/feed/…'],
    [`/api\\private\\feed\\${KEY}%ff`, '/api/private/feed/…'],
    // No encoding at all: the paths most requests have.
    [`/gift/a-post/${TOKEN}`, '/gift/a-post/…'],
    [`/G.i-F_t/a-post/${TOKEN}`, '/G.i-F_t/a-post/…'],
    [`/api/private/feed/${KEY}`, '/api/private/feed/…'],
    [`/api/private/FEED/${KEY}`, '/api/private/FEED/…'],
    [`/api\\private\\feed\\${KEY}`, '/api/private/feed/…'],
    [`/g\u0130ft/a-post/${TOKEN}`, '/g\u0130ft/a-post/…'],
  ])('%s is written %s', (path, logged) => {
    expect(loggablePath(path)).toBe(logged);
    expect(loggablePath(path)).not.toContain(TOKEN.slice(0, 8));
    expect(loggablePath(path)).not.toContain(KEY.slice(3, 11));
  });

  it('keeps any other path as it came', () => {
    for (const path of [
      '/blog/a-post',
      '/tags/giving',
      '/blog/a-post%ff',
      '/%C0%AE',
      '/api/private/feed.xml',
      '/dashboard/%zz',
    ])
      expect(loggablePath(path)).toBe(path);
  });
});
