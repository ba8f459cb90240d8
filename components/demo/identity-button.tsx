import type { ReactNode } from 'react';

import { DEMO_SESSION_PATH } from '@/lib/paths';

/**
 * A plain form that signs in as a demo identity (or out, with `signed-out`): it works without
 * JavaScript, and the server sets the session cookies and sends the browser on.
 */
export function IdentityButton({
  as,
  returnTo,
  className,
  children,
}: {
  as: string;
  returnTo?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <form method="post" action={DEMO_SESSION_PATH}>
      <input type="hidden" name="as" value={as} />
      {returnTo ? <input type="hidden" name="redirect_url" value={returnTo} /> : null}
      <button type="submit" className={className}>
        {children}
      </button>
    </form>
  );
}
