/**
 * Helpers shared by the BuildKit variable checks (undefined-var, undefined-arg-in-from,
 * invalid-default-arg-in-from, from-platform-constant): expansion that records which names were
 * looked up, BuildKit's "did you mean" suggestion, and locating a `$NAME` reference in the source.
 */
import { type EnvLookup, processWord } from "../../lex/word-lexer.js";
import type { Range } from "../../text/range.js";

export interface Expansion {
  ok: boolean;
  value: string;
  /** names looked up and found (BuildKit's `Matched`) */
  matched: Set<string>;
  /** names looked up and not found (BuildKit's `Unmatched`) */
  unmatched: Set<string>;
  /** a found variable had an unknown value */
  unknown: boolean;
}

/**
 * Expands `text` like BuildKit's ProcessWordWithMatches. `lookup` returns a value, `null` for a
 * defined variable with an unknown value, or `undefined` for an undefined one.
 */
export function expandRecording(text: string, lookup: EnvLookup, escapeChar: "\\" | "`"): Expansion {
  const matched = new Set<string>();
  const unmatched = new Set<string>();
  const r = processWord(
    text,
    (name) => {
      const v = lookup(name);
      if (v === undefined) unmatched.add(name);
      else matched.add(name);
      return v;
    },
    { escape: escapeChar },
  );
  return { ok: r.ok, value: r.value, matched, unmatched, unknown: r.unknown };
}

/**
 * Levenshtein distance (insertions, deletions and substitutions cost 1) when it is below `bound`,
 * else `bound`: a row whose smallest entry reaches the bound ends the computation, and so does a
 * length difference that large, so a suggestion search over many names stays linear in them.
 */
export function levenshtein(a: string, b: string, bound = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) >= bound) return bound;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin >= bound) return bound;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return Math.min(prev[b.length]!, bound);
}

/**
 * BuildKit's `suggest.Search`: the option closest to `value` at a distance below 3 (the first one
 * on ties), or undefined; an exact match means no suggestion. Case-insensitive search returns the
 * option in the casing of `value` when that is all-lower or all-upper.
 */
export function suggest(
  value: string,
  options: Iterable<string>,
  caseSensitive: boolean,
): string | undefined {
  const val = caseSensitive ? value : value.toLowerCase();
  let match: string | undefined;
  let min = 3;
  for (const option of options) {
    const opt = caseSensitive ? option : option.toLowerCase();
    if (opt === val) return undefined;
    const d = levenshtein(val, opt, min);
    if (d < min) {
      min = d;
      match = caseSensitive ? opt : matchCase(opt, value);
    }
  }
  return match;
}

function matchCase(option: string, original: string): string {
  if (original === original.toLowerCase()) return option.toLowerCase();
  if (original === original.toUpperCase()) return option.toUpperCase();
  return option;
}

const NAME_CHAR = /[A-Za-z0-9_]/;

/**
 * The source range of the first `$NAME` or `${NAME...}` reference to `name` inside `within`, or
 * `within` itself when the reference cannot be found verbatim (e.g. split by a line continuation).
 */
export function referenceRange(text: string, within: Range, name: string): Range {
  const slice = text.slice(within.start, within.end);
  let from = 0;
  while (from < slice.length) {
    const i = slice.indexOf("$", from);
    if (i === -1) break;
    from = i + 1;
    if (slice[i + 1] === "{") {
      if (!slice.startsWith(name, i + 2) || NAME_CHAR.test(slice[i + 2 + name.length] ?? "")) continue;
      let depth = 0;
      let end = slice.length;
      for (let k = i + 1; k < slice.length; k++) {
        if (slice[k] === "{") depth++;
        else if (slice[k] === "}" && --depth === 0) {
          end = k + 1;
          break;
        }
      }
      return { start: within.start + i, end: within.start + end };
    }
    if (slice.startsWith(name, i + 1) && !NAME_CHAR.test(slice[i + 1 + name.length] ?? "")) {
      return { start: within.start + i, end: within.start + i + 1 + name.length };
    }
  }
  return within;
}

/** Go's %q for the plain strings these messages quote. */
export function goQuote(value: string): string {
  return JSON.stringify(value);
}
