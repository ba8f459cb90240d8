import { parseArgs } from 'node:util';

/** What a number given on the command line must be. */
export type NumberKind = 'whole' | 'positive' | 'zero-or-more';

export interface NumberOption {
  default: number | string;
  /** `whole` (a whole number above 0) unless said otherwise. */
  kind?: NumberKind;
}

const rules: Record<NumberKind, { holds: (value: number) => boolean; wanted: string }> = {
  whole: {
    holds: (value) => Number.isInteger(value) && value >= 1,
    wanted: 'a whole number above 0',
  },
  positive: { holds: (value) => Number.isFinite(value) && value > 0, wanted: 'a number above 0' },
  'zero-or-more': {
    holds: (value) => Number.isFinite(value) && value >= 0,
    wanted: 'a number, 0 or more',
  },
};

/**
 * The numeric `--name value` options of a benchmark or tool, each checked before anything runs:
 * a typo stops the run at once rather than after a build.
 */
export function numberOptions<const Names extends string>(
  spec: Record<Names, NumberOption>,
  args: string[] = process.argv.slice(2),
): Record<Names, number> {
  const names = Object.keys(spec) as Names[];
  const { values } = parseArgs({
    args,
    options: Object.fromEntries(
      names.map((name) => [name, { type: 'string', default: String(spec[name].default) }]),
    ),
  });
  return Object.fromEntries(
    names.map((name) => {
      const raw = String(values[name]);
      const value = Number(raw);
      const rule = rules[spec[name].kind ?? 'whole'];
      if (raw.trim() === '' || !rule.holds(value))
        throw new Error(`--${name} must be ${rule.wanted}, got "${raw}"`);
      return [name, value];
    }),
  ) as Record<Names, number>;
}
