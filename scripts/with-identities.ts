import { spawn } from 'node:child_process';

import { identityMode } from './lib/identity-mode';

/**
 * `npm run demo` and `npm run dev`: says first whether sign-in is simulated (no Clerk keys) or
 * real, then runs the given command line with that setting, and ends as it ends.
 */
const [command, ...rest] = process.argv.slice(2);
if (command !== 'dev' && command !== 'demo') {
  console.error('usage: tsx scripts/with-identities.ts dev|demo "<command line>"');
  process.exit(2);
}
const mode = identityMode(process.cwd(), command === 'dev');
for (const line of mode.lines) console.log(line);
const child = spawn(rest.join(' '), {
  shell: true,
  stdio: 'inherit',
  env: { ...process.env, ...mode.env },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
