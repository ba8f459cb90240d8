/** Row sets `npm run bench -- --only <set>` can run instead of every row. */
export const ROW_SETS = ['cost'] as const;

export type RowSet = (typeof ROW_SETS)[number];

/**
 * `--only <set>` (or `--only=<set>`) taken off the command line, checked before anything is built,
 * with the arguments left for the numeric options.
 */
export function rowChoice(args: string[] = process.argv.slice(2)): {
  only?: RowSet;
  rest: string[];
} {
  const at = args.findIndex((arg) => arg === '--only' || arg.startsWith('--only='));
  if (at < 0) return { rest: args };
  const inline = args[at]?.startsWith('--only=');
  const value = inline ? args[at]?.slice('--only='.length) : args[at + 1];
  const set = ROW_SETS.find((name) => name === value);
  if (!set) throw new Error(`--only must be one of ${ROW_SETS.join(', ')}, got "${value ?? ''}"`);
  return { only: set, rest: args.filter((_, i) => i !== at && (inline || i !== at + 1)) };
}
