/** What the dashboard says of a member's plan: its heading, what it opens, and whether to offer the upgrade. */
export interface PlanStanding {
  heading: string;
  opens: string;
  offersUpgrade: boolean;
}

/**
 * From the same entitlements `decide()` reads: an editor reads every post whatever their plan, so
 * is never told to upgrade to read what is already open to them.
 */
export function planStanding({
  premium,
  editor,
}: {
  premium: boolean;
  editor: boolean;
}): PlanStanding {
  if (premium)
    return {
      heading: 'Your plan: Premium',
      opens: 'You can read every post in full, premium ones included.',
      offersUpgrade: false,
    };
  if (editor) {
    return {
      heading: 'Your access: Editor',
      opens:
        'As an editor you read every post in full, premium ones included, and the drafts and scheduled posts before they are published.',
      offersUpgrade: false,
    };
  }
  return {
    heading: 'Your plan: Member',
    opens: 'You can read every members-only post. Premium posts come with the premium plan.',
    offersUpgrade: true,
  };
}
