import { describe, expect, it } from 'vitest';

import { afterSubscribePath } from '@/lib/billing/after-subscribe';
import { noticeOf, withNotice, withoutNotice } from '@/lib/notices/notices';

const origin = 'https://masthead.example';

describe('after subscribing', () => {
  it('returns the reader to the post they came from, told so', () => {
    expect(
      afterSubscribePath('?redirect_url=%2Fblog%2Fmetered-paywalls-on-static-sites', origin),
    ).toBe('/blog/metered-paywalls-on-static-sites?notice=subscribed');
  });

  it('keeps the return path’s own query and fragment', () => {
    expect(
      afterSubscribePath(
        `?redirect_url=${encodeURIComponent('/blog/a-post?ref=x#part-two')}`,
        origin,
      ),
    ).toBe('/blog/a-post?ref=x&notice=subscribed#part-two');
  });

  it('accepts this site’s own absolute URL, reduced to its path', () => {
    expect(
      afterSubscribePath(`?redirect_url=${encodeURIComponent(`${origin}/blog/a-post`)}`, origin),
    ).toBe('/blog/a-post?notice=subscribed');
  });

  it.each([
    'https://evil.example/blog/a-post',
    '//evil.example/blog',
    '/\\evil.example',
    '/.//evil.example',
    'javascript:alert(1)',
    'blog/a-post',
  ])('never sends the reader off the site: %s goes to the dashboard', (target) => {
    expect(afterSubscribePath(`?redirect_url=${encodeURIComponent(target)}`, origin)).toBe(
      '/dashboard?notice=subscribed',
    );
  });

  it('goes to the dashboard when nothing was asked for', () => {
    expect(afterSubscribePath('', origin)).toBe('/dashboard?notice=subscribed');
  });
});

describe('notices', () => {
  it('are read only by the keys the site knows', () => {
    expect(noticeOf(withNotice('/', 'signed-out').slice(1))).toBe('signed-out');
    expect(noticeOf('?notice=subscribed')).toBe('subscribed');
    expect(noticeOf('?notice=You+won+a+prize')).toBeUndefined();
    expect(noticeOf('?notice=toString')).toBeUndefined();
    expect(noticeOf('')).toBeUndefined();
  });

  it('leave the address once said', () => {
    expect(withoutNotice('https://masthead.example/blog/a?ref=x&notice=subscribed#h')).toBe(
      '/blog/a?ref=x#h',
    );
    expect(withoutNotice('https://masthead.example/?notice=signed-out')).toBe('/');
  });
});
