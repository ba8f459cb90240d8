import { describe, expect, it } from 'vitest';

import { planStanding } from '@/lib/auth/plan-standing';

describe('what the dashboard says of a plan', () => {
  it('tells an editor they read everything, and offers no upgrade', () => {
    const standing = planStanding({ premium: false, editor: true });
    expect(standing.heading).toBe('Your access: Editor');
    expect(standing.opens).toContain('every post in full');
    expect(standing.offersUpgrade).toBe(false);
  });

  it('offers a member the upgrade', () => {
    expect(planStanding({ premium: false, editor: false })).toMatchObject({
      heading: 'Your plan: Member',
      offersUpgrade: true,
    });
  });

  it('names the premium plan, for a subscriber and an editor who pays alike', () => {
    for (const editor of [false, true])
      expect(planStanding({ premium: true, editor })).toMatchObject({
        heading: 'Your plan: Premium',
        offersUpgrade: false,
      });
  });
});
