import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { sessionClaims } from '@/lib/demo/fake-clerk/session-token';
import { demoStartProblem } from '@/lib/demo/demo-mode';
import {
  DEMO_PUBLISHABLE_KEY,
  clerkKeysIn,
  demoWithClerkKeysProblem,
  readDemoSetting,
} from '@/lib/demo/demo-setting.mjs';
import { DEMO_IDENTITIES } from '@/lib/demo/identities';
import { missingClerkVariables } from '@/lib/auth/config/clerk';
import { identityMode } from '@/scripts/lib/identity-mode';

describe('the demo setting', () => {
  it.each([
    ['true', true],
    ['1', true],
    [' ON ', true],
    ['false', false],
    ['', false],
    [undefined, false],
  ])('reads %j as %s', (value, demo) => {
    expect(readDemoSetting(value)).toEqual({ demo });
  });

  it('refuses to guess an unclear value', () => {
    expect(readDemoSetting('ture').problem).toContain(
      'MASTHEAD_DEMO_IDENTITIES="ture" is neither true nor false',
    );
  });

  it('names every real Clerk key beside it, and ignores empty ones', () => {
    expect(
      clerkKeysIn({
        CLERK_SECRET_KEY: 'sk_live_x',
        CLERK_JWT_KEY: ' ',
        NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: 'pk_live_x',
      }),
    ).toEqual(['NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY', 'CLERK_SECRET_KEY']);
    expect(demoWithClerkKeysProblem({ CLERK_JWT_KEY: '-----BEGIN PUBLIC KEY-----' })).toContain(
      'CLERK_JWT_KEY is set',
    );
    expect(demoWithClerkKeysProblem({ CLERK_SECRET_KEY: '' })).toBeUndefined();
  });

  it('names the problem when a demo build is started without the setting, or a real one with it', () => {
    expect(demoStartProblem(false, 'true')).toContain('this build is not a demo');
    expect(demoStartProblem(true, 'false')).toContain('this build is a demo');
    expect(demoStartProblem(true, 'true')).toBeUndefined();
    expect(demoStartProblem(false, undefined)).toBeUndefined();
  });

  it('has a production-format publishable key for a host that cannot resolve', () => {
    expect(DEMO_PUBLISHABLE_KEY).toMatch(/^pk_live_/);
    expect(Buffer.from(DEMO_PUBLISHABLE_KEY.slice('pk_live_'.length), 'base64').toString()).toBe(
      'clerk.demo.masthead.invalid$',
    );
  });
});

describe('the demo identities', () => {
  const claims = (key: keyof typeof DEMO_IDENTITIES) => {
    const identity = DEMO_IDENTITIES[key];
    return sessionClaims({
      ...identity,
      azp: 'http://localhost:3000',
      issuer: 'https://clerk.demo.masthead.invalid',
    });
  };

  it('carry the claims a real instance would give such a person', () => {
    expect(claims('member')).not.toHaveProperty('fea');
    expect(claims('subscriber')).toMatchObject({ fea: 'u:premium_content', pla: 'u:premium' });
    expect(claims('editor')).toMatchObject({
      fea: 'o:posts',
      o: { id: 'org_demo_masthead', rol: 'editor', per: 'preview', fpm: '1' },
    });
    expect(claims('team')).toMatchObject({
      fea: 'o:premium_content',
      pla: 'o:premium',
      o: { id: 'org_demo_acme', rol: 'member' },
    });
    expect(claims('team').o).not.toHaveProperty('per');
    expect(claims('pending')).toMatchObject({ sts: 'pending' });
  });
});

describe('what a site without keys names as missing', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('lists the required keys first, then CLERK_JWT_KEY and NEXT_PUBLIC_SITE_URL', () => {
    for (const name of [
      'NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY',
      'CLERK_SECRET_KEY',
      'CLERK_JWT_KEY',
      'NEXT_PUBLIC_SITE_URL',
    ])
      vi.stubEnv(name, '');
    expect(missingClerkVariables()).toEqual({
      required: ['NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY', 'CLERK_SECRET_KEY'],
      recommended: ['CLERK_JWT_KEY', 'NEXT_PUBLIC_SITE_URL'],
    });
  });
});

describe('npm run demo and npm run dev', () => {
  let root: string;
  let saved: NodeJS.ProcessEnv;
  const bare = { PATH: process.env.PATH };
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'masthead-identity-mode-'));
    // Next's loader copies what the .env files hold into process.env, as it does for `next build`.
    saved = { ...process.env };
  });
  afterEach(async () => {
    process.env = saved;
    await rm(root, { recursive: true, force: true });
  });

  it('turn demo identities on without Clerk keys, and say so first', () => {
    const mode = identityMode(root, false, bare);
    expect(mode.demo).toBe(true);
    expect(mode.env).toMatchObject({
      MASTHEAD_DEMO_IDENTITIES: 'true',
      NEXT_PUBLIC_SITE_URL: 'http://localhost:3000',
    });
    expect(mode.lines[0]).toContain('demo identities ON');
    expect(mode.lines[1]).toContain('http://localhost:3000/sign-in');
  });

  it('follow the port', () => {
    expect(identityMode(root, true, { ...bare, PORT: '4000' }).env.NEXT_PUBLIC_SITE_URL).toBe(
      'http://localhost:4000',
    );
  });

  // Next leaves .env.local out under NODE_ENV=test (as vitest runs), so the keys go in .env here.
  it('use the Clerk instance whose keys are in the .env files', async () => {
    await writeFile(
      path.join(root, '.env'),
      'NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=pk_live_x\nCLERK_SECRET_KEY=sk_live_x\n',
    );
    const mode = identityMode(root, true, bare);
    expect(mode.demo).toBe(false);
    expect(mode.env.MASTHEAD_DEMO_IDENTITIES).toBe('false');
    expect(mode.lines[0]).toContain(
      'the Clerk instance of NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY, CLERK_SECRET_KEY',
    );
  });

  it('leave an explicit setting to the build, which refuses demo identities beside keys', () => {
    expect(identityMode(root, false, { ...bare, MASTHEAD_DEMO_IDENTITIES: 'false' }).demo).toBe(
      false,
    );
    expect(
      identityMode(root, false, {
        ...bare,
        MASTHEAD_DEMO_IDENTITIES: 'true',
        CLERK_SECRET_KEY: 'sk_live_x',
      }).demo,
    ).toBe(true);
  });
});
