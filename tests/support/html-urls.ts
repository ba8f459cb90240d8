/** Attributes whose value is an address (srcset and imagesrcset: a list of them), as the HTML standard names them. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'imagesrcset',
  'poster',
  'cite',
  'action',
  'formaction',
  'data',
  'background',
  'longdesc',
  'xlink:href',
]);
const LISTS = new Set(['srcset', 'imagesrcset']);

const NAMED: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

function decodeEntities(value: string): string {
  return value.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

/**
 * Every address in an HTML fragment's attributes, read as a browser's tokenizer reads tags: any
 * case, double, single or no quotes, entities decoded; comments skipped. Independent of how the
 * feeds write their HTML, so that it finds what a rewrite of theirs would miss.
 */
export function addressesIn(html: string): { attribute: string; url: string }[] {
  const found: { attribute: string; url: string }[] = [];
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open < 0) break;
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      at = close < 0 ? html.length : close + 3;
      continue;
    }
    const name = /^<([a-zA-Z][^\s/>]*)/.exec(html.slice(open));
    if (!name) {
      at = open + 1;
      continue;
    }
    at = open + name[0].length;
    while (at < html.length && html[at] !== '>') {
      const attribute = /^[\s/]*([^\s"'>/=]+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/.exec(
        html.slice(at),
      );
      if (!attribute?.[1]) {
        at += 1;
        continue;
      }
      at += attribute[0].length;
      const key = attribute[1].toLowerCase();
      const value = attribute[2] ?? attribute[3] ?? attribute[4];
      if (value === undefined || !URL_ATTRIBUTES.has(key)) continue;
      const decoded = decodeEntities(value).trim();
      const urls = LISTS.has(key)
        ? decoded.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
        : [decoded];
      for (const url of urls) found.push({ attribute: key, url });
    }
    at += 1;
  }
  return found;
}

/** An address that needs no base: it starts with a scheme (`https:`, `mailto:`). */
export function isAbsolute(url: string): boolean {
  return /^[a-z][a-z\d+.-]*:/i.test(url);
}

/** The addresses of `html` that a reader's software would have to resolve against something. */
export function relativeAddresses(html: string): string[] {
  return addressesIn(html)
    .filter(({ url }) => !isAbsolute(url))
    .map(({ attribute, url }) => `${attribute}="${url}"`);
}
