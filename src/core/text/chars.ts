/**
 * Character classes as BuildKit (Go) uses them. All take a UTF-16 code unit.
 * Hot loops test `c > 0x20 && c < 0x85` (never a space) inline before calling {@link isSpace}, and
 * scan long runs with {@link SPACE_CLASS} in a sticky regex: a lint run is short-lived, so it runs in
 * V8's unoptimised tiers, where every call per character costs.
 */

/** The characters of {@link isSpace} as the body of a regex character class. */
export const SPACE_CLASS = "\\t-\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";

/** Go's unicode.IsSpace: ASCII \t \n \v \f \r space, U+0085, U+00A0 and the Unicode Z category. Not U+FEFF. */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0x85) return false;
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Sticky: a run of characters that are not `[\t\v\f\r ]`. */
const NOT_SPLIT_SPACE_RUN = /[^\t\v\f\r ]*/y;

/**
 * First index >= from (and < to) whose char is `[\t\v\f\r ]` (BuildKit's reWhitespace, used to split
 * the keyword and whitespace-delimited arguments), or `to`.
 */
export function findSplitSpace(text: string, from: number, to: number): number {
  if (from >= to) return from;
  NOT_SPLIT_SPACE_RUN.lastIndex = from;
  NOT_SPLIT_SPACE_RUN.test(text);
  return Math.min(NOT_SPLIT_SPACE_RUN.lastIndex, to);
}

/** First index >= from (and < to) whose char is not `[\t\v\f\r ]`, or `to`. */
export function skipSplitSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0b && c !== 0x0c && c !== 0x0d) break;
    i++;
  }
  return i;
}

/** The `\s` of Go regular expressions: `[\t\n\f\r ]`. */
export function isRegexSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}

/** First index >= from (and < to) whose char is not Unicode space, or `to`. */
export function skipSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && ((c > 0x20 && c < 0x85) || !isSpace(c))) break;
    i++;
  }
  return i;
}

/** One past the last index < to (and >= from) whose char is not Unicode space, or `from`. */
export function trimEndSpace(text: string, from: number, to: number): number {
  let i = to;
  while (i > from) {
    const c = text.charCodeAt(i - 1);
    if (c !== 0x20 && c !== 0x09 && ((c > 0x20 && c < 0x85) || !isSpace(c))) break;
    i--;
  }
  return i;
}
