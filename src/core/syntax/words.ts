/**
 * BuildKit's argument splitters, on logical text, returning spans (logical indices).
 */
import { findSplitSpace, isSpace, skipSpace, skipSplitSpace } from "../text/chars.js";

export interface Span {
  start: number;
  end: number;
}

/** Splits [from, to) on runs of `[\t\v\f\r ]` with no quote awareness (FROM, EXPOSE, COPY shell form). */
export function splitWhitespace(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let i = from;
  while (i < to) {
    i = skipSplitSpace(text, i, to);
    if (i >= to) break;
    const start = i;
    i = findSplitSpace(text, i, to);
    out.push({ start, end: i });
  }
  return out;
}

const SINGLE = 0x27;
const DOUBLE = 0x22;

/**
 * BuildKit's quote-aware word splitter (ARG, ENV/LABEL `k=v` form). Quotes and escapes stay in the
 * words; a lone escape at the very end is dropped (so the span ends before it). Words are separated
 * by Unicode whitespace outside quotes.
 */
export function splitWords(text: string, from: number, to: number, escapeChar: number): Span[] {
  const out: Span[] = [];
  let i = from;
  while (i < to) {
    i = skipSpace(text, i, to);
    if (i >= to) break;
    const start = i;
    let quote = 0;
    let end = to;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (quote === 0) {
        if ((c <= 0x20 || c >= 0x85) && isSpace(c)) {
          end = i;
          break;
        }
        if (c === SINGLE || c === DOUBLE) {
          quote = c;
          i++;
          continue;
        }
        if (c === escapeChar) {
          if (i + 1 === to) {
            end = i;
            i++;
            break;
          }
          i += 2;
          continue;
        }
        i++;
      } else {
        if (c === quote) {
          quote = 0;
          i++;
          continue;
        }
        if (c === escapeChar && quote !== SINGLE) {
          if (i + 1 === to) {
            end = i;
            i++;
            break;
          }
          i += 2;
          continue;
        }
        i++;
      }
    }
    if (i >= to && end === to) end = to;
    // An empty word can only come from a dropped trailing escape; BuildKit skips it.
    if (end > start) out.push({ start, end });
  }
  return out;
}
