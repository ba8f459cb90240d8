import { isDemoIdentities } from '@/lib/demo/demo-mode';
import { demoIdentityOf } from '@/lib/demo/identities';

/**
 * The account control a member post page's header holds. With Clerk, its account button fills
 * itself in the browser, so one rendering serves every member; a demo build's menu names the
 * identity, so it is rendered once per demo identity.
 */
export const CLERK_ACCOUNT = 'clerk';

export function accountControlOf(userId: string): string {
  return isDemoIdentities() ? userId : CLERK_ACCOUNT;
}

export function isAccountControl(account: string): boolean {
  return isDemoIdentities() ? demoIdentityOf(account) !== undefined : account === CLERK_ACCOUNT;
}
