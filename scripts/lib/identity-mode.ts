import nextEnv from '@next/env';

import {
  DEMO_IDENTITIES_VARIABLE,
  clerkKeysIn,
  readDemoSetting,
} from '../../lib/demo/demo-setting.mjs';
import { SIGN_IN_PATH } from '../../lib/paths';

type Env = Record<string, string | undefined>;

export interface IdentityMode {
  demo: boolean;
  /** The environment to run the site's commands with. */
  env: Env;
  /** What the first lines say. */
  lines: string[];
}

/**
 * Demo identities or a real Clerk instance, decided as Next will see the environment: the shell's
 * variables and the project's .env files (loaded the way `next build` and `next dev` load them).
 * With no Clerk key anywhere, the demo turns on; with keys, they are used; an explicit setting
 * wins, and a demo asked for beside keys is left for the build to refuse with its reason.
 */
export function identityMode(root: string, dev: boolean, env: Env = process.env): IdentityMode {
  const { combinedEnv } = nextEnv.loadEnvConfig(
    root,
    dev,
    { info: () => {}, error: console.error },
    true,
  );
  const seen = { ...combinedEnv, ...env };
  const keys = clerkKeysIn(seen);
  const explicit = seen[DEMO_IDENTITIES_VARIABLE];
  const demo =
    explicit !== undefined && explicit !== '' ? readDemoSetting(explicit).demo : keys.length === 0;
  if (!demo) {
    return {
      demo,
      env: { ...env, [DEMO_IDENTITIES_VARIABLE]: 'false' },
      lines: [
        keys.length > 0
          ? `Sign-in: the Clerk instance of ${keys.join(', ')} (demo identities off).`
          : `Sign-in: not configured (${DEMO_IDENTITIES_VARIABLE}=false and no Clerk keys): the member area will answer 503.`,
      ],
    };
  }
  const port = env.PORT || '3000';
  const siteUrl = seen.NEXT_PUBLIC_SITE_URL || `http://localhost:${port}`;
  return {
    demo,
    env: { ...env, [DEMO_IDENTITIES_VARIABLE]: 'true', NEXT_PUBLIC_SITE_URL: siteUrl },
    lines: [
      `Sign-in: demo identities ON (no Clerk keys found in the environment or .env files). Identities are simulated: never deploy this build.`,
      `Try them at ${siteUrl}${SIGN_IN_PATH}: member, subscriber, editor, team member, pending session. Set Clerk's keys (.env.example) to use a real instance.`,
    ],
  };
}
