/** Where the public preview ends, shown to readers of the full text. */
export function PaywallDivider() {
  return (
    <div
      role="separator"
      aria-label="End of the public preview"
      className="not-prose my-10 flex items-center gap-3 text-xs font-semibold uppercase tracking-widest text-stone-600 dark:text-stone-400"
    >
      <span className="h-px flex-1 bg-stone-300 dark:bg-stone-700" />
      Members&apos; part
      <span className="h-px flex-1 bg-stone-300 dark:bg-stone-700" />
    </div>
  );
}
