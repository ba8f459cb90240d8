import 'server-only';

import { LRUCache } from 'lru-cache';

import { renderedPostHref } from '@/lib/paths';

import { RENDER_SECRET_HEADER, renderSecret } from './render-secret';
import type { MemberPageVariant } from './variant';

/**
 * A page as this server rendered it, cut at each occurrence of the nonce it was rendered with,
 * kept as bytes: a response is then a copy of them, not a string of the whole page made and
 * encoded again for every reader.
 */
export interface RenderedPage {
  status: number;
  parts: Buffer[];
}

export interface RenderedPageKey {
  slug: string;
  variant: MemberPageVariant;
  /** `clerk`, or in a demo build the demo identity whose account menu the header shows. */
  account: string;
}

/** The rendering's nonce, as the proxy passed it on (lib/security/proxy-headers.ts): the attribute Next.js writes on each script. */
const NONCE_ATTRIBUTE = /nonce="([^"]+)"/;

/**
 * Asks this server for the page over loopback, with the key that opens the rendering path.
 * `__NEXT_PRIVATE_ORIGIN` is the address `next start` (and the standalone server) listens on, set
 * when it starts; the request's own Host header is never used, so the key cannot be sent elsewhere.
 */
async function renderOnce({ slug, variant, account }: RenderedPageKey): Promise<RenderedPage> {
  const origin = process.env.__NEXT_PRIVATE_ORIGIN;
  if (!origin) throw new Error('The server does not know its own address (__NEXT_PRIVATE_ORIGIN): cannot render a member post page');
  const reply = await fetch(new URL(renderedPostHref(slug, variant, account), origin), {
    headers: { [RENDER_SECRET_HEADER]: renderSecret(), accept: 'text/html' },
    redirect: 'error',
    cache: 'no-store',
  });
  const html = await reply.text();
  if (reply.status !== 200 && reply.status !== 404) throw new Error(`Rendering ${slug} for "${variant}" answered ${reply.status}`);
  const nonce = NONCE_ATTRIBUTE.exec(html)?.[1];
  // Without the proxy's nonce no script of the page would run under the member area's policy.
  if (!nonce) throw new Error(`Rendering ${slug} for "${variant}" gave a page without a nonce`);
  return { status: reply.status, parts: html.split(nonce).map((part) => Buffer.from(part)) };
}

/**
 * Member post pages, rendered once per post, class of reader and account control, and kept for
 * the life of the process: posts change only with a new build, and whether a post is published
 * yet is asked on every request before its page is looked up. Concurrent first requests share one
 * rendering; a failed one is not kept.
 */
export class RenderedPages {
  private readonly pages: LRUCache<string, Promise<RenderedPage>>;

  constructor(
    private readonly render: (key: RenderedPageKey) => Promise<RenderedPage> = renderOnce,
    max = 500,
  ) {
    this.pages = new LRUCache({ max });
  }

  get(key: RenderedPageKey): Promise<RenderedPage> {
    const id = `${key.slug}\n${key.variant}\n${key.account}`;
    let page = this.pages.get(id);
    if (!page) {
      page = this.render(key);
      this.pages.set(id, page);
      page.catch(() => {
        if (this.pages.get(id) === page) this.pages.delete(id);
      });
    }
    return page;
  }
}

/** The page with this response's nonce on its scripts, so that the policy the proxy sent with it lets them run. */
export function withNonce(page: RenderedPage, nonce: string): Uint8Array<ArrayBuffer> {
  const nonceBytes = Buffer.from(nonce);
  return Buffer.concat(page.parts.flatMap((part, i) => (i === 0 ? [part] : [nonceBytes, part])));
}
