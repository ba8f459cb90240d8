import { GIFT_PREFIX } from '../auth/gift/paths';
import { FEED_URL_PREFIX } from '../paths';

/**
 * The words after which a path holds a secret, and how many segments after the word stay in the
 * log: a gift link's slug (`/gift/<slug>/<token>`), nothing of a private feed URL's key
 * (`/api/private/feed/<key>`).
 */
const SECRET_AFTER = new Map([
  [GIFT_PREFIX.slice(1), 1],
  [FEED_URL_PREFIX.split('/').at(-1) ?? '', 0],
]);

/** Every `%XX` as the byte it stands for, until none is left: a path that does not decode as UTF-8 still hides its words behind encodings. */
function looselyDecoded(pathname: string): string {
  let path = pathname;
  for (let round = 0; round < 4; round++) {
    const decoded = path.replace(/%([0-9a-f]{2})/gi, (_, hex: string) =>
      String.fromCharCode(parseInt(hex, 16)),
    );
    if (decoded === path) break;
    path = decoded;
  }
  return path;
}

/**
 * A secret's word with anything but `a` to `z` allowed between its letters (`g-i.f_t`), in a
 * lower-cased path: it matches where the path's letters, taken as a segment's word is, hold it.
 */
const SECRET_WORD_IN_LETTERS = new RegExp(
  [...SECRET_AFTER.keys()].map((word) => word.split('').join('[^a-z]*')).join('|'),
);

/**
 * Whether no segment of the path can start with a secret's word: with no encoding to decode, such
 * a segment's letters appear in the path's letters as they are. Most paths pass this one test and
 * skip the decoding, the split and the per-segment words (2 to 4 µs of every request's log line).
 */
const plainlyWithoutSecret = (pathname: string): boolean =>
  !pathname.includes('%') && !SECRET_WORD_IN_LETTERS.test(pathname.toLowerCase());

/**
 * A path as it may be written to the log. Matched on the decoded, case-folded path, so that no
 * spelling (`/Gift/...`, `/%67ift/...`, `/%ff/gift/...`, `/api/private/Feed/...`) writes a gift
 * token or a feed key: a segment that starts with the word, ignoring anything but letters, ends
 * what is written. Writing a path that merely looks like one shorter costs nothing.
 */
export function loggablePath(pathname: string): string {
  if (plainlyWithoutSecret(pathname)) return pathname;
  const segments = looselyDecoded(pathname).split(/[/\\]/);
  for (const [index, segment] of segments.entries()) {
    const word = segment.toLowerCase().replace(/[^a-z]/g, '');
    for (const [secretAfter, kept] of SECRET_AFTER) {
      if (!word.startsWith(secretAfter)) continue;
      const shown = segments.slice(0, index + 1 + kept);
      return shown.length < segments.length ? `${shown.join('/')}/…` : shown.join('/');
    }
  }
  return pathname;
}
