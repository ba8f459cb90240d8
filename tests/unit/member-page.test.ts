import { describe, expect, it } from 'vitest';

import { decide, maxGiftDays, mayGift, type Viewer } from '@/lib/access/policy';
import type { Access } from '@/lib/content/schema';
import { type RenderedPage, type RenderedPageKey, RenderedPages, withNonce } from '@/lib/member-page/rendered-pages';
import { carriesRenderSecret, RENDER_SECRET_HEADER, renderSecret } from '@/lib/member-page/render-secret';
import { MEMBER_PAGE_VARIANTS, memberPageVariant, viewerOfVariant } from '@/lib/member-page/variant';

type SignedIn = Extract<Viewer, { kind: 'signed-in' }>;

const readers: Record<string, SignedIn> = {
  member: { kind: 'signed-in', userId: 'user_m', premium: false, editor: false },
  subscriber: { kind: 'signed-in', userId: 'user_s', premium: true, editor: false },
  editor: { kind: 'signed-in', userId: 'user_e', premium: false, editor: true },
  'subscribing editor': { kind: 'signed-in', userId: 'user_se', premium: true, editor: true },
};
const ACCESS: Access[] = ['public', 'members', 'premium'];

describe('member post pages rendered once per class of reader', () => {
  it.each(Object.entries(readers))('gives a %s the page of a class that the rules treat exactly like them', (_, reader) => {
    for (const access of ACCESS) {
      const stand = viewerOfVariant(memberPageVariant(access, reader));
      expect(decide(access, stand), access).toEqual(decide(access, reader));
      expect(mayGift(access, stand), access).toBe(mayGift(access, reader));
      if (mayGift(access, reader)) expect(maxGiftDays(stand), access).toBe(maxGiftDays(reader));
    }
  });

  it('tells apart every class the rules tell apart', () => {
    const seen = new Set(Object.values(readers).flatMap((reader) => ACCESS.map((access) => memberPageVariant(access, reader))));
    expect([...seen].sort()).toEqual([...MEMBER_PAGE_VARIANTS].sort());
  });

  it('renders a page once however many readers ask at once, and puts each response’s nonce on it', async () => {
    const asked: RenderedPageKey[] = [];
    const pages = new RenderedPages(async (key) => {
      asked.push(key);
      return { status: 200, parts: [Buffer.from('<script nonce="'), Buffer.from('">go()</script>')] };
    });
    const key: RenderedPageKey = { slug: 'a-post', variant: 'read-gift', account: 'clerk' };
    const served = await Promise.all([pages.get(key), pages.get(key), pages.get({ ...key })]);
    expect(asked).toHaveLength(1);
    expect(Buffer.from(withNonce(served[0], 'n0nce')).toString()).toBe('<script nonce="n0nce">go()</script>');
    await pages.get({ ...key, variant: 'upgrade' });
    expect(asked).toHaveLength(2);
  });

  it('does not keep a rendering that failed: the next reader asks again', async () => {
    let calls = 0;
    const pages = new RenderedPages(async (): Promise<RenderedPage> => {
      calls += 1;
      if (calls === 1) throw new Error('the server was busy');
      return { status: 200, parts: [Buffer.from('ok')] };
    });
    const key: RenderedPageKey = { slug: 'a-post', variant: 'read', account: 'clerk' };
    await expect(pages.get(key)).rejects.toThrow('busy');
    expect(Buffer.from(withNonce(await pages.get(key), 'x')).toString()).toBe('ok');
    expect(calls).toBe(2);
  });

  it('opens the rendering path only to the key this process made', () => {
    const key = renderSecret();
    expect(key).toMatch(/^[\w-]{43}$/);
    expect(renderSecret()).toBe(key);
    expect(carriesRenderSecret(new Headers({ [RENDER_SECRET_HEADER]: key }))).toBe(true);
    expect(carriesRenderSecret(new Headers())).toBe(false);
    expect(carriesRenderSecret(new Headers({ [RENDER_SECRET_HEADER]: `${key.slice(0, -1)}x` }))).toBe(false);
    expect(carriesRenderSecret(new Headers({ [RENDER_SECRET_HEADER]: key.slice(1) }))).toBe(false);
  });
});
