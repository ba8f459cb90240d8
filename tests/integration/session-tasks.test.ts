import { describe, expect, inject, it } from 'vitest';

import { as, request } from '../support/http';

describe('the session task page', () => {
  it("explains the step and mounts Clerk's task flow", async () => {
    const reply = await request('/sign-in/tasks?redirect_url=%2Fdashboard', {
      headers: await as('pending', { accept: 'text/html' }),
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('One more step');
    expect(reply.body).toMatch(/clerk/i);
  });

  // Each once rendered `forceRedirectUrl: "//evil.example"`: a path on our origin that a browser reads as another host.
  it.each([
    '%2F.%2F%2Fevil.example',
    '%2Fa%2F..%2F%2Fevil.example',
    '%2F.%2F%5Cevil.example',
    encodeURIComponent('http://localhost:4310//evil.example'),
  ])('never hands Clerk a way off the site (redirect_url=%s)', async (redirectUrl) => {
    const reply = await request(
      `/sign-in/tasks?redirect_url=${redirectUrl.replace('4310', new URL(inject('siteUrl')).port)}`,
      {
        headers: await as('pending', { accept: 'text/html' }),
      },
    );
    expect(reply.status).toBe(200);
    // The query itself is echoed in the page's router state; what matters is where Clerk is told to go.
    expect(reply.body).not.toMatch(/RedirectUrl[^,}]*evil\.example/);
    expect(reply.body).toMatch(/forceRedirectUrl\\?":\\?"\/dashboard\\?"/);
  });

  it.each(['choose-organization', 'reset-password', 'setup-mfa'])(
    'serves the %s task',
    async (task) => {
      const reply = await request(`/sign-in/tasks/${task}`, {
        headers: await as('pending', { accept: 'text/html' }),
      });
      expect(reply.status).toBe(200);
      expect(reply.body).toContain('One more step');
    },
  );

  it('answers 404 for a task Clerk does not have', async () => {
    expect((await request('/sign-in/tasks/make-coffee')).status).toBe(404);
  });
});
