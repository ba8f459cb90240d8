import { describe, expect, it } from 'vitest';

import { REVALIDATE_SECONDS } from '@/lib/config';

import { as, request } from '../support/http';

const SCHEDULED = {
  slug: 'embargoes-and-scheduled-posts',
  title: 'Embargoes, Scheduled Posts and the Clock',
  due: '2027-06-01T09:00:00Z',
};

// The demo post's date is real: once it has come, the post is published and these no longer apply
// (tests/unit/schedule.test.ts moves an injected clock instead and holds either way).
describe.skipIf(Date.now() >= Date.parse(SCHEDULED.due))('a post scheduled for later', () => {
  it('has no page before its date: 404, like an address never used', async () => {
    const reply = await request(`/blog/${SCHEDULED.slug}`);
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain(SCHEDULED.title);
  });

  it.each(['/', '/blog'])('is not listed on %s', async (path) => {
    const reply = await request(path);
    expect(reply.status).toBe(200);
    expect(reply.body).not.toContain(SCHEDULED.slug);
    expect(reply.body).not.toContain(SCHEDULED.title);
  });

  it('is not in the API, even for a subscriber', async () => {
    const reply = await request(`/api/private/posts/${SCHEDULED.slug}`, {
      headers: await as('subscriber'),
    });
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain(SCHEDULED.title);
  });
});

describe('scheduling without a redeploy', () => {
  it.each(['/', '/blog', '/blog/static-first-publishing'])(
    'regenerates %s every REVALIDATE_SECONDS',
    async (path) => {
      const reply = await request(path);
      expect(reply.headers.get('cache-control')).toContain(`s-maxage=${REVALIDATE_SECONDS}`);
    },
  );
});
