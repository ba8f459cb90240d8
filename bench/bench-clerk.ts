/**
 * What Clerk repeats on every request to a gated page, measured in isolation (docs/clerk-upstream.md):
 *
 * - the session token's verification with a local JWT key: `verifyToken` from @clerk/backend, which
 *   clerkMiddleware's `authenticateRequest` calls, imports the key on every call; against the same
 *   check with the key imported once (jose's `jwtVerify`, the library Clerk's own code follows);
 * - the request data clerkMiddleware hands to the page: AES-encrypted once by the middleware
 *   (crypto-es, pure JavaScript) and decrypted by each `auth()` call.
 *
 *   npm run bench:clerk [-- --iterations 2000]
 *
 * The second part loads Clerk's vendored crypto-es and its `encryptClerkRequestData` by file, not
 * through the package's exports (they are internal), to time exactly the code that runs.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

import { verifyToken } from '@clerk/nextjs/server';
import { importSPKI, jwtVerify } from 'jose';

import { generateTestKeys, mintSessionToken } from '../scripts/lib/clerk-tokens';
import { median } from './lib/median';
import { numberOptions } from './lib/number-options';

const { iterations, rounds } = numberOptions({
  iterations: { default: 2000 },
  rounds: { default: 5 },
});

const AUTHORIZED_PARTY = 'http://localhost:3000';

/** Microseconds per call: the median of `rounds` timed loops, after one untimed loop. */
async function perCall(work: () => unknown | Promise<unknown>): Promise<number> {
  const loop = async () => {
    const started = performance.now();
    for (let i = 0; i < iterations; i++) await work();
    return ((performance.now() - started) * 1000) / iterations;
  };
  await loop();
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) times.push(await loop());
  return median(times);
}

interface ClerkInternals {
  encrypt: (
    requestData: Record<string, unknown>,
    keyless: Record<string, unknown>,
    machine: undefined,
  ) => string;
  decrypt: (data: string) => Record<string, unknown>;
}

async function clerkInternals(): Promise<ClerkInternals> {
  const file = path.join(
    process.cwd(),
    'node_modules',
    '@clerk',
    'nextjs',
    'dist',
    'esm',
    'server',
    'utils.js',
  );
  const utils = (await import(pathToFileURL(file).href)) as {
    encryptClerkRequestData: ClerkInternals['encrypt'];
    decryptClerkRequestData: ClerkInternals['decrypt'];
  };
  return { encrypt: utils.encryptClerkRequestData, decrypt: utils.decryptClerkRequestData };
}

async function main() {
  const keys = await generateTestKeys();
  const token = await mintSessionToken(keys.privateJwk, {
    azp: AUTHORIZED_PARTY,
    features: [],
    expiresIn: 3600,
  });
  const options = { jwtKey: keys.publicKeyPem, authorizedParties: [AUTHORIZED_PARTY] };
  const onceImported = await importSPKI(keys.publicKeyPem, 'RS256', { extractable: true });

  const clerkVerify = await perCall(() => verifyToken(token, options));
  // What verifyToken repeats on each call (@clerk/backend's importKey): the key, already parsed from PEM once, imported as a JWK.
  const jwk = await crypto.subtle.exportKey('jwk', onceImported);
  const importEach = await perCall(() =>
    crypto.subtle.importKey('jwk', jwk, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, [
      'verify',
    ]),
  );
  const joseOnce = await perCall(() => jwtVerify(token, onceImported, { algorithms: ['RS256'] }));

  // What clerkMiddleware encrypts for this site: the options proxy.ts gives it (lib/auth/config/clerk.ts).
  process.env.CLERK_SECRET_KEY ??= 'sk_live_benchmark_only_not_a_real_key_0000000000';
  const { encrypt, decrypt } = await clerkInternals();
  const requestData = {
    jwtKey: keys.publicKeyPem,
    authorizedParties: [AUTHORIZED_PARTY],
    signInUrl: '/sign-in',
    signUpUrl: '/sign-up',
  };
  const sealed = encrypt(requestData, {}, undefined);
  if (decrypt(sealed).jwtKey !== keys.publicKeyPem)
    throw new Error('decryption did not give back the request data');
  const encryptOnce = await perCall(() => encrypt(requestData, {}, undefined));
  const decryptOnce = await perCall(() => decrypt(sealed));

  console.log(
    `\nClerk's per-request work, ${iterations} calls × ${rounds} rounds (median), ${new Date().toISOString()}\n`,
  );
  console.log('| work | µs per call |');
  console.log('| --- | ---: |');
  console.log(
    `| verifyToken with a PEM jwtKey (imports the key on each call) | ${clerkVerify.toFixed(1)} |`,
  );
  console.log(
    `| of which: importing the key (as a JWK, as Clerk does on each call) | ${importEach.toFixed(1)} |`,
  );
  console.log(
    `| the same verification with the key imported once (jose jwtVerify) | ${joseOnce.toFixed(1)} |`,
  );
  console.log(
    `| encrypting the request data (${sealed.length} characters), once per request | ${encryptOnce.toFixed(1)} |`,
  );
  console.log(`| decrypting it, per auth() read | ${decryptOnce.toFixed(1)} |`);
  console.log(
    `\nkey imported once instead of per call saves ${(clerkVerify - joseOnce).toFixed(1)} µs per verification`,
  );
}

await main();
