'use client';

import { useSyncExternalStore } from 'react';

import { afterSubscribePath } from '@/lib/billing/after-subscribe';
import { DEFAULT_RETURN_PATH } from '@/lib/auth/guards/return-to';
import { withNotice } from '@/lib/notices/notices';

const noSubscription = () => () => {};

/**
 * Where to send the reader once subscribed, from this page's own address (`/pricing` is one
 * static file, so its `?redirect_url=` is read in the browser); the dashboard until then.
 */
export function useAfterSubscribePath(): string {
  return useSyncExternalStore(
    noSubscription,
    () => afterSubscribePath(window.location.search, window.location.origin),
    () => withNotice(DEFAULT_RETURN_PATH, 'subscribed'),
  );
}
