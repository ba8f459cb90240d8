/**
 * When a gift key was made, read from its id when the id is a date (`2026-12` or `2026-12-05`, the
 * convention docs/operations.md asks for): what the rotation alert measures. Any other id: unknown.
 */
export function giftKeyMadeAt(id: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(id);
  if (!match) return undefined;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)));
  return Number.isNaN(date.getTime()) || date.getUTCMonth() !== Number(month) - 1
    ? undefined
    : date;
}
