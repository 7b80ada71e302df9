/**
 * BuildKit's builder-flag extraction (`--name=value` words after the keyword), on logical text.
 * Quotes are removed from flag words and the escape character takes the next character
 * literally, even inside single quotes. A `--` word ends the flags and is not recorded.
 *
 * Deviation: BuildKit scans bytes, so a non-ASCII character in a flag comes out as mojibake and a
 * UTF-8 continuation byte 0x85/0xA0 splits a word. We keep the characters as written.
 */

export interface FlagWord {
  start: number;
  end: number;
  /** the word with quotes and escapes removed */
  cooked: string;
  /** logical index of each cooked character */
  positions: number[];
}

const DASH = 0x2d;

export function extractFlags(
  text: string,
  from: number,
  to: number,
  escapeChar: number,
): { flags: FlagWord[]; restStart: number } {
  const flags: FlagWord[] = [];
  let i = from;
  for (;;) {
    // The flag scanner tests `unicode.IsSpace(rune(byte))`: for UTF-16 text, the ASCII set (tested inline).
    while (i < to) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && (c < 0x09 || c > 0x0d)) break;
      i++;
    }
    if (i >= to) return { flags, restStart: to };
    if (text.charCodeAt(i) !== DASH || i + 1 >= to || text.charCodeAt(i + 1) !== DASH) {
      return { flags, restStart: i };
    }
    const start = i;
    let cooked = "";
    const positions: number[] = [];
    let quote = 0;
    let blankOK = false;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (quote === 0) {
        if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) break;
        if (c === 0x27 || c === 0x22) {
          quote = c;
          blankOK = true;
          i++;
          continue;
        }
      } else if (c === quote) {
        quote = 0;
        i++;
        continue;
      }
      if (c === escapeChar) {
        if (i + 1 >= to) {
          // a lone escape at the end is skipped
          i++;
          if (quote !== 0) quote = 0;
          continue;
        }
        i++;
        positions.push(i);
        cooked += text[i];
        i++;
        continue;
      }
      positions.push(i);
      cooked += text[i];
      i++;
    }
    const end = i;
    if (cooked === "--") {
      // `--` ends flag parsing; the rest starts after it (BuildKit returns line[pos:], then trims)
      return { flags, restStart: end };
    }
    if (blankOK || cooked.length > 0) flags.push({ start, end, cooked, positions });
    if (i >= to) return { flags, restStart: to };
  }
}
