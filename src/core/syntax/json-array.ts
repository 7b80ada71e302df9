/**
 * Exec-form detection as BuildKit does it: the (trimmed) rest must start with `[` and be valid
 * JSON; a valid array of strings is the exec form, a valid array with any other element is an
 * error, and anything else (invalid JSON) falls back to the shell form.
 *
 * Arrays of strings, by far the common case, are scanned and decoded in one pass here; any other
 * shape is handed to JSON.parse to decide between "not strings" and "invalid".
 */
import type { Span } from "./words.js";

export interface JsonElement extends Span {
  value: string;
}

export type JsonArrayResult =
  | { kind: "array"; elements: JsonElement[]; punctuation: Span[] }
  | { kind: "not-strings" }
  | { kind: "invalid" };

const INVALID: JsonArrayResult = { kind: "invalid" };
const ESCAPES: Record<number, string> = {
  34: '"',
  92: "\\",
  47: "/",
  98: "\b",
  102: "\f",
  110: "\n",
  114: "\r",
  116: "\t",
};

function isJsonSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

export function parseJsonArray(text: string, from: number, to: number): JsonArrayResult {
  if (from >= to || text.charCodeAt(from) !== 0x5b /* [ */) return INVALID;
  const elements: JsonElement[] = [];
  const punctuation: Span[] = [{ start: from, end: from + 1 }];
  let i = from + 1;
  let expectValue = true;
  let first = true;
  for (;;) {
    while (i < to && isJsonSpace(text.charCodeAt(i))) i++;
    if (i >= to) return INVALID;
    const c = text.charCodeAt(i);
    if (c === 0x5d /* ] */ && (first || !expectValue)) {
      punctuation.push({ start: i, end: i + 1 });
      i++;
      while (i < to && isJsonSpace(text.charCodeAt(i))) i++;
      return i === to ? { kind: "array", elements, punctuation } : INVALID;
    }
    if (!expectValue) {
      if (c !== 0x2c /* , */) return INVALID;
      punctuation.push({ start: i, end: i + 1 });
      i++;
      expectValue = true;
      continue;
    }
    if (c !== 0x22) return couldBeJsonValue(text, i) ? otherShape(text, from, to) : INVALID;
    const element = scanString(text, i, to);
    if (!element) return INVALID;
    elements.push(element);
    i = element.end;
    expectValue = false;
    first = false;
  }
}

/** A JSON string starting at the quote at `start`, decoded; null when malformed. */
function scanString(text: string, start: number, to: number): JsonElement | null {
  let i = start + 1;
  let value = "";
  let chunk = i;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      value += text.slice(chunk, i);
      return { start, end: i + 1, value };
    }
    if (c < 0x20) return null;
    if (c === 0x5c) {
      value += text.slice(chunk, i);
      const e = text.charCodeAt(i + 1);
      if (e === 0x75 /* u */) {
        const hex = text.slice(i + 2, i + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) return null;
        value += String.fromCharCode(Number.parseInt(hex, 16));
        i += 6;
      } else {
        const decoded = ESCAPES[e];
        if (decoded === undefined) return null;
        value += decoded;
        i += 2;
      }
      chunk = i;
      continue;
    }
    i++;
  }
  return null;
}

/**
 * Whether a JSON value other than a string could start at i: a number, true/false/null, an
 * object or an array. Shell tests such as `[ -f x ]` fail this cheaply, without JSON.parse.
 */
function couldBeJsonValue(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x7b || c === 0x5b || (c >= 0x30 && c <= 0x39)) return true;
  if (c === 0x2d) {
    const d = text.charCodeAt(i + 1);
    return d >= 0x30 && d <= 0x39;
  }
  return text.startsWith("true", i) || text.startsWith("false", i) || text.startsWith("null", i);
}

/** Not a plain array of strings: valid JSON with another element is an error, else shell form. */
function otherShape(text: string, from: number, to: number): JsonArrayResult {
  try {
    return Array.isArray(JSON.parse(text.slice(from, to))) ? { kind: "not-strings" } : INVALID;
  } catch {
    return INVALID;
  }
}
