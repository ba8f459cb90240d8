import * as v from 'valibot';

/**
 * The frontmatter of a post, defined once. The post types (types.ts), the fields contentlayer2
 * reads (contentlayer-fields.ts), the content check, the post generator and the tests' fixtures
 * all derive from it. Every message is the line an editor reads: what is wrong, then what to write.
 */

export const ACCESS_LEVELS = ['public', 'members', 'premium'] as const;
export type Access = (typeof ACCESS_LEVELS)[number];

/** A slug is the file name: what stands in the URL, so only what needs no escaping there. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const TAG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Components an editor may use in a post without importing them. */
export const MDX_COMPONENTS = ['Paywall', 'Callout', 'Figure'] as const;

export const CALLOUT_TYPES = ['note', 'warning', 'tip'] as const;
export type CalloutType = (typeof CALLOUT_TYPES)[number];

export const SUMMARY_SOFT_LIMIT = 200;

/** What `npm run new-post` writes as the summary: a post cannot be published with it. */
export const SUMMARY_PLACEHOLDER =
  'One or two sentences for the blog index, feeds and search results.';

/** Marks a text field that holds a date, which contentlayer2 stores as an ISO timestamp. */
export const DATE_FORMAT = { format: 'date' } as const;

const FIX = '; ';
/** A schema message: what is wrong, then (after the last `; `) what to write instead. */
const says = (what: string, fix: string) => `${what}${FIX}${fix}`;

/** A schema message taken apart again: fixes never contain `; `, so the last one separates them. */
function explain(message: string): { message: string; fix: string } {
  const cut = message.lastIndexOf(FIX);
  return { message: message.slice(0, cut), fix: message.slice(cut + FIX.length) };
}

const ISO_DATE =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function isValidDate(value: string): boolean {
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(value))) return false;
  // Date.parse accepts days that the month does not have (2026-02-30 is 2 March): the day must come back unchanged.
  const day = value.slice(0, 10);
  const calendar = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(calendar.getTime()) && calendar.toISOString().startsWith(day);
}

const empty = (field: string) =>
  says(`required field \`${field}\` is empty`, `add \`${field}: ...\` to the frontmatter`);
const notBlank = (text: string) => text.trim() !== '';
const notADate =
  (field: string) =>
  ({ input }: { input: unknown }) =>
    says(
      `\`${field}\` "${String(input)}" is not a date`,
      'write an ISO date such as 2026-09-14 or 2026-09-14T09:00:00Z',
    );

const requiredText = (field: string) =>
  v.pipe(
    v.string(({ input }) =>
      input === null
        ? empty(field)
        : says(`\`${field}\` must be text`, `quote it: ${field}: "..."`),
    ),
    v.check(notBlank, empty(field)),
  );

const date = (field: string) =>
  v.pipe(
    v.string(({ input }) => (input === null ? empty(field) : notADate(field)({ input }))),
    v.check(notBlank, empty(field)),
    v.check(isValidDate, notADate(field)),
    v.metadata(DATE_FORMAT),
  );

const TAGS = says(
  '`tags` must be a list of lowercase words joined by hyphens',
  'write e.g. `tags: [performance, static-sites]`',
);
const AUTHORS = says('`authors` must be a list of names', 'write e.g. `authors: [ada-lindqvist]`');

/** Each field of the frontmatter, in the order the editors' guide lists them. Defaults are functions so no two posts share a list. */
export const FRONTMATTER_FIELDS = {
  title: requiredText('title'),
  date: date('date'),
  summary: requiredText('summary'),
  tags: v.optional(v.array(v.pipe(v.string(TAGS), v.regex(TAG_PATTERN, TAGS)), TAGS), () => []),
  access: v.optional(
    v.picklist(ACCESS_LEVELS, ({ input }) =>
      says(`unknown access "${String(input)}"`, `use one of ${ACCESS_LEVELS.join(', ')}`),
    ),
    'public',
  ),
  draft: v.optional(
    v.boolean(says('`draft` must be true or false', 'write `draft: true` or remove the line')),
    false,
  ),
  authors: v.optional(v.array(v.string(AUTHORS), AUTHORS), () => []),
  image: v.optional(
    v.string(says('`image` must be a path', 'write e.g. `image: /images/cover.jpg`')),
  ),
  // An empty `updated:` line reads as "not updated".
  updated: v.nullish(date('updated')),
};

const FIELD_NAMES = Object.keys(FRONTMATTER_FIELDS);

/** How many single-letter edits turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (const [i, letter] of [...a].entries()) {
    const current = [i + 1];
    for (const [j, other] of [...b].entries()) {
      current.push(
        Math.min(
          (previous[j + 1] ?? 0) + 1,
          (current[j] ?? 0) + 1,
          (previous[j] ?? 0) + (letter === other ? 0 : 1),
        ),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The field an unknown key was meant to be: the same name in other capitals (`Access`), or one
 * letter or two away (`tag`, `sumary`). Short names need a closer match, so `id` is not `tags`.
 */
export function meantField(key: string): string | undefined {
  if (FIELD_NAMES.includes(key)) return undefined;
  const lower = key.toLowerCase();
  const allowed = lower.length > 4 ? 2 : 1;
  return (
    FIELD_NAMES.find((field) => field === lower) ??
    FIELD_NAMES.find((field) => editDistance(lower, field) <= allowed)
  );
}

function unknownField(field: string): string {
  const meant = meantField(field);
  return meant
    ? says(`unknown field \`${field}\``, `did you mean \`${meant}\`?`)
    : says(`unknown field \`${field}\``, `remove it or use one of ${FIELD_NAMES.join(', ')}`);
}

export const FrontmatterSchema = v.pipe(
  v.strictObject(FRONTMATTER_FIELDS, (issue) => {
    if (!issue.path)
      return says(
        'frontmatter is not a list of `field: value` lines',
        'write one `field: value` per line',
      );
    const field = String(issue.path[0]?.key);
    // A strict object reports a key it does not know as expecting `never`, a missing one as expecting that key.
    return issue.expected === 'never'
      ? unknownField(field)
      : says(`required field \`${field}\` is missing`, `add \`${field}: ...\` to the frontmatter`);
  }),
  v.forward(
    v.partialCheck(
      [['summary'], ['draft']],
      (post) => post.draft || post.summary !== SUMMARY_PLACEHOLDER,
      says(
        'the summary is still the placeholder that new-post wrote',
        'write one or two sentences that tell a reader what the post is about',
      ),
    ),
    ['summary'],
  ),
);

/** The frontmatter as the schema gives it back: defaults filled in. */
export type Frontmatter = v.InferOutput<typeof FrontmatterSchema>;
/** The frontmatter as written in a file: only title, date and summary are required. */
export type FrontmatterInput = v.InferInput<typeof FrontmatterSchema>;

/** The frontmatter as the indexes hold it: a field the post leaves out, and that has no default, is null. */
export type StoredFrontmatter = {
  [K in keyof Frontmatter]-?: undefined extends Frontmatter[K]
    ? Exclude<Frontmatter[K], undefined> | null
    : Frontmatter[K];
};

/** Only the schema's fields of `post` (contentlayer2 adds its own), each one there. */
export function storedFrontmatter(post: Frontmatter): StoredFrontmatter {
  const stored = Object.fromEntries(
    FIELD_NAMES.map((field) => [field, post[field as keyof Frontmatter] ?? null]),
  );
  // Object.fromEntries loses the keys' types; FIELD_NAMES are the keys of Frontmatter.
  return stored as StoredFrontmatter;
}

export function isAccess(value: unknown): value is Access {
  return v.is(FRONTMATTER_FIELDS.access.wrapped, value);
}

/** What is wrong with one field: the first problem the schema finds in it. */
export interface FieldProblem {
  field: string;
  message: string;
  fix: string;
}

/** The frontmatter of a post read through the schema: its value, or every field's problem. */
export function readFrontmatter(
  data: unknown,
): { frontmatter: Frontmatter; problems: [] } | { frontmatter: null; problems: FieldProblem[] } {
  const result = v.safeParse(FrontmatterSchema, data);
  if (result.success) return { frontmatter: result.output, problems: [] };
  const byField = new Map<string, FieldProblem>();
  for (const issue of result.issues) {
    const field = String(issue.path?.[0]?.key ?? '');
    if (!byField.has(field)) byField.set(field, { field, ...explain(issue.message) });
  }
  // `Access: members` is one mistake: "did you mean `access`?" says it all, without a second
  // problem for the field that the misspelt key leaves missing.
  if (typeof data === 'object' && data !== null) {
    for (const key of Object.keys(data)) {
      const meant = meantField(key);
      if (meant && !(meant in data)) byField.delete(meant);
    }
  }
  return { frontmatter: null, problems: [...byField.values()] };
}
