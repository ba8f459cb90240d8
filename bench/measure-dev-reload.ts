import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

import { type Browser, chromium, type Page } from 'playwright-core';

import type { DemoIdentityKey } from '../lib/demo/identities';
import { DEMO_SESSION_PATH, editorPostHref, postHref } from '../lib/paths';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../scripts/lib/chromium';

import { type DevLine, type DevServer, devServerAt } from './lib/dev-server';
import { median } from './lib/median';

/**
 * Save-to-visible time in development, for each kind of page an editor keeps open beside the
 * post: opens the page in Chromium (Debian's /usr/bin/chromium), appends a sentence to the post
 * and waits for the sentence to appear in the open tab, which is never reloaded. The kinds:
 *
 * - public: a public post as an anonymous reader (`/blog/<slug>`);
 * - preview: the editors' preview of a draft, as the demo's editor (`/dashboard/editor/<slug>`);
 * - member: a premium post as the demo's subscriber, the sentence below its paywall
 *   (`/blog/<slug>`, which the proxy rewrites to the subscriber's rendering).
 *
 * The tabs sign in with the demo's sign-in form (lib/demo/session-request.ts): the dev server must
 * run with demo identities, as `npm run dev` does without Clerk keys. If nothing answers at --url,
 * it starts `npm run dev` on that port and stops it at the end, and then also prints, for each
 * run, when contentlayer2 had generated the post and when the watcher had written `.content/`.
 * The kinds take turns, forwards then backwards, so that the machine's other load hits each
 * alike. The posts are put back afterwards, also on a failure or Ctrl-C.
 *
 *   npm run measure:dev-reload -- [--url http://localhost:3000] [--runs 5] [--kinds public,preview,member]
 */
const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:3000' },
    runs: { type: 'string', default: '5' },
    kinds: { type: 'string', default: 'public,preview,member' },
    timeout: { type: 'string', default: '60' },
  },
});
const base = values.url.replace(/\/$/, '');
const timeoutMs = Number(values.timeout) * 1000;
const runs = Number(values.runs);
/** A pause before each save: no run starts while its page or the last run's recompiles still load. */
const SETTLE_MS = 1500;
/** How long the dev server must print nothing, after the posts are put back, to count as done. */
const QUIET_MS = 2000;
const RESTORE_TIMEOUT_MS = 30_000;

interface Kind {
  name: string;
  /** The demo identity the tab signs in as; none for an anonymous reader. */
  as?: DemoIdentityKey;
  /** The post the sentence is appended to, at its end. */
  slug: string;
  page: string;
}

const KINDS: Kind[] = [
  { name: 'public', slug: 'static-first-publishing', page: postHref('static-first-publishing') },
  {
    name: 'preview',
    as: 'editor',
    slug: 'rethinking-the-newsletter-archive',
    page: editorPostHref('rethinking-the-newsletter-archive'),
  },
  {
    name: 'member',
    as: 'subscriber',
    slug: 'metered-paywalls-on-static-sites',
    page: postHref('metered-paywalls-on-static-sites'),
  },
];

const kinds = values.kinds.split(',').map((name) => {
  const kind = KINDS.find((known) => known.name === name.trim());
  if (!kind) throw new Error(`unknown kind "${name}": use ${KINDS.map((k) => k.name).join(', ')}`);
  return kind;
});

const postFile = (kind: Kind) => path.join(process.cwd(), 'content', 'posts', `${kind.slug}.mdx`);
const originals = new Map(
  kinds.map((kind) => [postFile(kind), readFileSync(postFile(kind), 'utf8')]),
);

/**
 * Synchronous, so that a Ctrl-C puts the posts back before the process ends. A post that is as it
 * was is not written again: contentlayer2 would generate `.contentlayer/` once more, and stopping
 * the dev server in the middle of that leaves a file there half written.
 */
function restorePosts(): boolean {
  let wrote = false;
  for (const [file, text] of originals) {
    if (readFileSync(file, 'utf8') === text) continue;
    writeFileSync(file, text);
    wrote = true;
  }
  return wrote;
}

const say = (line: string) => console.log(`measure-dev-reload: ${line}`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/**
 * A tab for the kind, signed in as its identity, that reaches only the dev server. It stays on
 * about:blank between its runs: next dev has every open page of the site fetch itself again after
 * each change, so the other kinds' pages would share the cores with the one being measured.
 */
async function openTab(browser: Browser, kind: Kind): Promise<Page> {
  const context = await browser.newContext();
  const origin = new URL(base).origin;
  // Clerk's script would come from the demo's fictitious instance: refused at once, not looked up.
  await context.route('**/*', (route) =>
    new URL(route.request().url()).origin === origin ? route.continue() : route.abort(),
  );
  if (kind.as) {
    const signIn = await context.request.post(`${base}${DEMO_SESSION_PATH}`, {
      form: { as: kind.as, redirect_url: '/' },
      headers: { Origin: origin },
      maxRedirects: 0,
    });
    if (signIn.status() !== 303)
      throw new Error(
        `signing in as the demo's ${kind.as} answered ${signIn.status()}: the dev server must run with demo identities (no Clerk keys), as \`npm run dev\` does`,
      );
  }
  return context.newPage();
}

async function showPage(tab: Page, kind: Kind) {
  const response = await tab.goto(`${base}${kind.page}`);
  if (!response?.ok())
    throw new Error(`${kind.page} answered ${response?.status()} to the ${kind.name} tab`);
}

/**
 * Resolves once the page holds `marker`, checked at every frame the browser draws: Playwright's
 * locators poll at growing intervals (up to a second apart), which would add up to that much to a
 * run.
 */
async function shown(tab: Page, marker: string) {
  await tab.waitForFunction((text) => document.body?.textContent?.includes(text) ?? false, marker, {
    polling: 'raf',
    timeout: timeoutMs,
  });
}

/** When, after `since`, the dev server first printed a line that `matches`. */
function printedAfter(lines: DevLine[], since: number, matches: RegExp): number | undefined {
  return lines.find((line) => line.at >= since && matches.test(line.text))?.at;
}

/** contentlayer2 dev's line for a compiled post, and the watcher's once `.content/` is written. */
const GENERATED = /Generated \d+ documents? in /;
const PUBLISHED = /content: the dev server now shows the new content/;

function breakdown(dev: DevServer, started: number): string {
  if (!dev.started) return '';
  const step = (matches: RegExp) => {
    const at = printedAfter(dev.lines, started, matches);
    return at === undefined ? '?' : seconds(at - started);
  };
  return ` (contentlayer2 ${step(GENERATED)}, .content/ written ${step(PUBLISHED)})`;
}

const times = new Map<Kind, number[]>(kinds.map((kind) => [kind, []]));
let dev: DevServer | undefined;
let browser: Browser | undefined;

/**
 * Ctrl-C (or SIGTERM): the run under way ends (its tab closes), then the posts are put back and
 * the dev server stopped as after the last run. A second one ends the process at once.
 */
const interrupt = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    say('interrupted: putting the posts back and stopping');
    interrupt.abort();
    void browser?.close();
  });
}

async function measure(tabs: Map<Kind, Page>, server: DevServer) {
  for (let round = 0; round < runs; round++) {
    const order = round % 2 ? [...kinds].reverse() : kinds;
    for (const kind of order) {
      const tab = tabs.get(kind);
      if (!tab || interrupt.signal.aborted) return;
      await showPage(tab, kind);
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      const marker = `Reload check ${kind.name} ${round + 1}-${Date.now().toString(36)}.`;
      const file = postFile(kind);
      const started = performance.now();
      writeFileSync(file, `${originals.get(file)?.trimEnd()}\n\n${marker}\n`);
      try {
        await shown(tab, marker);
      } catch (error) {
        if (interrupt.signal.aborted) return;
        throw new Error(
          `"${marker}" did not appear in the ${kind.name} tab (${kind.page}) within ${values.timeout} s`,
          { cause: error },
        );
      }
      const took = performance.now() - started;
      times.get(kind)?.push(took);
      say(
        `${kind.name} run ${round + 1}/${runs}: ${seconds(took)} from save to the new text in the open tab${breakdown(server, started)}`,
      );
      await tab.goto('about:blank');
    }
  }
}

/**
 * Once the posts are put back, waits (a while at most) for the dev server it started to fall
 * quiet, so that it stops with `.content/` holding the posts as they are.
 */
async function awaitRestored(server: DevServer) {
  if (!server.started) return;
  const restored = performance.now();
  const quiet = () => performance.now() - (server.lines.at(-1)?.at ?? 0) > QUIET_MS;
  while (!(printedAfter(server.lines, restored, PUBLISHED) && quiet())) {
    if (performance.now() - restored > RESTORE_TIMEOUT_MS) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function finish() {
  await Promise.allSettled([browser?.close(), dev?.stop()]);
}

/** The machine's load average over the last minute: the dev server, this browser and anything else. */
const loadAverage = () => (loadavg()[0] ?? 0).toFixed(2);
let loadBefore = '';
try {
  dev = await devServerAt(base, say, interrupt.signal);
  // Playwright's own Ctrl-C handler would close the browser and end the process at once, before
  // the posts are back and the dev server stopped.
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_FLAGS,
    handleSIGINT: false,
    handleSIGTERM: false,
  });
  const tabs = new Map<Kind, Page>();
  for (const kind of kinds) tabs.set(kind, await openTab(browser, kind));
  loadBefore = loadAverage();
  try {
    await measure(tabs, dev);
  } finally {
    if (restorePosts()) await awaitRestored(dev);
  }
} catch (error) {
  // After a Ctrl-C, what failed is what the interruption closed.
  if (!interrupt.signal.aborted) throw error;
} finally {
  restorePosts();
  await finish();
}

if (interrupt.signal.aborted) {
  say('the posts are back as they were');
  process.exit(130);
}

console.log(
  `\nsave to new text in an open tab, ${base} (load average ${loadBefore} before, ${loadAverage()} after)`,
);
console.log('kind      runs  median   min      max      page');
for (const [kind, taken] of times) {
  const cells = [median(taken), Math.min(...taken), Math.max(...taken)].map((ms) =>
    seconds(ms).padEnd(8),
  );
  console.log(
    `${kind.name.padEnd(9)} ${String(taken.length).padEnd(5)} ${cells.join(' ')} ${kind.page}`,
  );
}
