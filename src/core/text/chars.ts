/** Character classes as BuildKit (Go) uses them. All take a UTF-16 code unit. */

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

/** `[\t\v\f\r ]`: BuildKit's reWhitespace, used to split the keyword and whitespace-delimited arguments. */
export function isSplitSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || c === 0x0d;
}

/** The `\s` of Go regular expressions: `[\t\n\f\r ]`. */
export function isRegexSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}

/** First index >= from (and < to) whose char is not Unicode space, or `to`. */
export function skipSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** One past the last index < to (and >= from) whose char is not Unicode space, or `from`. */
export function trimEndSpace(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}
