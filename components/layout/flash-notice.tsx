'use client';

import { useEffect, useSyncExternalStore } from 'react';

import { type NoticeKey, NOTICES, noticeOf, withoutNotice } from '@/lib/notices/notices';

/** The notice this page was opened with, kept once it has left the address. */
const said = { notice: undefined as NoticeKey | undefined, listeners: new Set<() => void>() };

function say(notice: NoticeKey | undefined) {
  said.notice = notice;
  for (const listener of said.listeners) listener();
}

function subscribe(listener: () => void) {
  said.listeners.add(listener);
  return () => said.listeners.delete(listener);
}

/**
 * Says the notice the address asks for (`?notice=`, lib/notices) once, then takes it out of the
 * address so a reload or a shared link does not repeat it. It is read after hydration, since the
 * page may be one static file for everyone; the live region is there from the first paint, so a
 * screen reader announces the sentence when it appears.
 */
export function FlashNotice() {
  const notice = useSyncExternalStore(
    subscribe,
    () => said.notice,
    () => undefined,
  );
  useEffect(() => {
    const key = noticeOf(window.location.search);
    if (key) {
      window.history.replaceState(window.history.state, '', withoutNotice(window.location.href));
      say(key);
    }
    return () => say(undefined);
  }, []);
  return (
    <div role="status" className={notice ? 'mb-8' : undefined}>
      {notice ? (
        <p className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-emerald-700 bg-emerald-50 px-4 py-3 text-emerald-950 dark:border-emerald-400 dark:bg-emerald-950 dark:text-emerald-50">
          <span>{NOTICES[notice]}</span>
          <button
            type="button"
            onClick={() => say(undefined)}
            className="text-sm font-semibold underline"
          >
            Dismiss
          </button>
        </p>
      ) : null}
    </div>
  );
}
