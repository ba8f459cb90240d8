import { loggablePath } from '@/lib/security/loggable-path';

/** Attribute names that carry request or response headers: never exported, whatever they hold. */
const HEADER_ATTRIBUTE = /header|cookie|authorization/i;

/** A path inside a value (`GET /gift/…`, a full URL): written as the log writes it, its query dropped. */
const PATH_IN_TEXT = /(\/[^\s?#]*)(?:\?[^\s#]*)?(?:#\S*)?/g;

/**
 * A span's name or attribute value as it may leave the process: every path in it reduced by
 * `loggablePath` (no gift token, no feed key) and no query string. Next.js names its spans and
 * sets `http.target` and `http.url` from the raw request, which is where a gift link's token sits.
 */
export function redactedText(value: string): string {
  return value.replace(PATH_IN_TEXT, (_, pathname: string) => loggablePath(pathname));
}

export type AttributeValue =
  string | number | boolean | (string | number | boolean | null | undefined)[] | null | undefined;

export function redactedAttributes(
  attributes: Record<string, AttributeValue>,
): Record<string, AttributeValue> {
  const kept: Record<string, AttributeValue> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (HEADER_ATTRIBUTE.test(name)) continue;
    kept[name] =
      typeof value === 'string'
        ? redactedText(value)
        : Array.isArray(value)
          ? value.map((item) => (typeof item === 'string' ? redactedText(item) : item))
          : value;
  }
  return kept;
}
