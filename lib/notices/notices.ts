/**
 * One-time confirmations after a step that ends on another page ("you are subscribed", "you have
 * signed out"): the step's return path carries `?notice=<key>`, and the page it lands on says the
 * sentence once (components/layout/flash-notice.tsx). Only these keys are ever shown, so a link
 * cannot make the site say anything else.
 */
export const NOTICE_PARAM = 'notice';

export const NOTICES = {
  subscribed: 'You are subscribed: every premium post is open to you.',
  'signed-out': 'You have signed out.',
} as const;

export type NoticeKey = keyof typeof NOTICES;

/** `path` (a path on this site, with or without a query or fragment) that will say `notice` on arrival. */
export function withNotice(path: string, notice: NoticeKey): string {
  const url = new URL(path, 'http://site.invalid');
  url.searchParams.set(NOTICE_PARAM, notice);
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The notice a query string asks for, if it is one the site says. */
export function noticeOf(search: string): NoticeKey | undefined {
  const key = new URLSearchParams(search).get(NOTICE_PARAM);
  return key !== null && Object.hasOwn(NOTICES, key) ? (key as NoticeKey) : undefined;
}

/** The address without its notice, so that a reload or a shared link does not say it again. */
export function withoutNotice(href: string): string {
  const url = new URL(href);
  url.searchParams.delete(NOTICE_PARAM);
  return `${url.pathname}${url.search}${url.hash}`;
}
