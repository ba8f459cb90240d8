import { randomBytes } from 'node:crypto';

/**
 * Keys that exist only inside this server process: made on first use, never written, logged or
 * sent anywhere, gone when the process ends. The proxy and the route handlers are bundled apart,
 * so they are kept on `globalThis` under a registered symbol, where both find the same ones.
 */
const SLOT = Symbol.for('masthead.process-keys');

export type ProcessKeyPurpose = 'render' | 'viewer-verdict';

type WithKeys = typeof globalThis & { [SLOT]?: Map<ProcessKeyPurpose, Buffer> };

export function processKey(purpose: ProcessKeyPurpose): Buffer {
  const global = globalThis as WithKeys;
  global[SLOT] ??= new Map();
  let key = global[SLOT].get(purpose);
  if (!key) {
    key = randomBytes(32);
    global[SLOT].set(purpose, key);
  }
  return key;
}
