/**
 * Feed readers show an item away from the site, mostly without resolving a root-relative or
 * fragment address against it, so every address in an item's HTML is made absolute against the
 * item's own URL: `/images/a.png` gets the site's origin, `#section` the post's address.
 *
 * The HTML is React's static markup (renderToStaticMarkup): it escapes `<`, `>` and quotes in
 * text and attribute values, so every `<` starts a tag and every attribute is written `name="…"`.
 */
const TAG = /<[a-zA-Z][^>]*>/g;
const URL_ATTRIBUTE = /(\s)(href|src|srcset|poster|cite)="([^"]*)"/g;

const ESCAPED: Record<string, string> = {
  '&amp;': '&',
  '&quot;': '"',
  '&#x27;': "'",
  '&#39;': "'",
  '&lt;': '<',
  '&gt;': '>',
};
const unescapeHtml = (value: string) =>
  value.replace(/&(?:amp|quot|#x27|#39|lt|gt);/g, (entity) => ESCAPED[entity] ?? entity);
const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function absolute(url: string, base: string): string {
  try {
    return new URL(url, base).href;
  } catch {
    // Not an address a browser could follow either: left for the reader's software to ignore.
    return url;
  }
}

/** `srcset` is a list of `url [descriptor]` candidates separated by commas. */
function absoluteSrcset(value: string, base: string): string {
  return value
    .split(',')
    .map((candidate) => candidate.trim().replace(/^\S+/, (url) => absolute(url, base)))
    .join(', ');
}

/** `html` with every href, src, srcset, poster and cite resolved against `base`, the item's URL. */
export function withAbsoluteUrls(html: string, base: string): string {
  return html.replace(TAG, (tag) =>
    tag.replace(URL_ATTRIBUTE, (_, space: string, name: string, value: string) => {
      const url = unescapeHtml(value);
      return `${space}${name}="${escapeHtml(name === 'srcset' ? absoluteSrcset(url, base) : absolute(url, base))}"`;
    }),
  );
}
