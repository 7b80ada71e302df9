/**
 * Quote removal for one shell word: its static value, or why it has none (an expansion, or an
 * unquoted glob/brace/tilde), and optionally where each value character comes from in the text
 * (used to map an `sh -c '...'` script back to the Dockerfile).
 */
import type { Node } from "./tree.js";

export interface Literal {
  /** null when dynamic or when unquoted glob, brace or tilde characters are present */
  value: string | null;
  /** the text after quote removal when only glob/brace/tilde characters prevent a value */
  pattern?: string;
  quoted: boolean;
  /**
   * With `withMap`: for each character of the value (or pattern), the text index where it starts
   * (the backslash of `\"`) and where it ends (the `"`).
   */
  map?: { start: number[]; end: number[] };
}

/** Leaves whose text is taken as written, outside quotes (backslash escapes removed). */
const UNQUOTED = new Set([
  "word",
  "number",
  "variable_name",
  "test_operator",
  "file_descriptor",
  "extglob_pattern",
  "regex",
]);
/** Containers whose parts are concatenated. */
const CONCAT = new Set(["concatenation", "command_name", "variable_assignment"]);
const BACKSLASH = 92;
const NEWLINE = 10;
/** Characters a backslash escapes inside double quotes: `$`, `` ` ``, `"`, `\`. */
const isDqEscape = (c: number) => c === 36 || c === 96 || c === 34 || c === BACKSLASH;

class Builder {
  out = "";
  /** `out` with every quoted or escaped character replaced by `_`: what globbing sees */
  probe = "";
  dynamic = false;
  glob = false;
  quoted = false;
  constructor(
    readonly text: string,
    readonly map: { start: number[]; end: number[] } | undefined,
  ) {}

  /** One value character, written at `at` (from `from` when escaped: `\x`). */
  add(ch: string, at: number, special: boolean, from = at): void {
    this.out += ch;
    this.probe += special ? ch : "_";
    if (this.map) {
      this.map.start.push(from);
      this.map.end.push(at);
    }
  }

  /**
   * The value characters text[start, end), each written where it is: one append for the run
   * (per-character add() calls cost on the cold path).
   */
  addRun(start: number, end: number, special: boolean): void {
    if (start >= end) return;
    const run = this.text.slice(start, end);
    this.out += run;
    this.probe += special ? run : "_".repeat(end - start);
    if (this.map) {
      for (let i = start; i < end; i++) {
        this.map.start.push(i);
        this.map.end.push(i);
      }
    }
  }

  /** Unquoted text: `\x` is `x` (escaped), `\` + newline is nothing, the rest is as written. */
  unquoted(start: number, end: number): void {
    const text = this.text;
    let run = start;
    for (let i = start; i < end - 1; i++) {
      if (text.charCodeAt(i) !== BACKSLASH) continue;
      this.addRun(run, i, true);
      if (text.charCodeAt(i + 1) !== NEWLINE) this.add(text[i + 1]!, i + 1, false, i);
      run = ++i + 1;
    }
    this.addRun(run, end, true);
  }

  walk(node: Node): void {
    const text = this.text;
    if (!node.named) {
      // tokens used as words: `=`, `==`, `$`, `[`, `]`, `export`, ...
      this.unquoted(node.start, node.end);
      return;
    }
    if (UNQUOTED.has(node.type)) {
      this.unquoted(node.start, node.end);
      return;
    }
    if (CONCAT.has(node.type)) {
      // indexed loops: no iterator per part on the cold path
      for (let i = 0; i < node.children.length; i++) this.walk(node.children[i]!);
      return;
    }
    switch (node.type) {
      case "heredoc_start":
        // `EOF`, `'EOF'`, `"EOF"`, `\EOF`: the delimiter without its quotes
        for (let i = node.start; i < node.end; i++) {
          const c = text[i]!;
          if (c === "'" || c === '"' || c === "\\") this.quoted = true;
          else this.add(c, i, false);
        }
        return;
      case "raw_string":
        this.quoted = true;
        this.addRun(node.start + 1, node.end - 1, false);
        return;
      case "string":
        this.quoted = true;
        for (let i = 0; i < node.children.length; i++) {
          const c = node.children[i]!;
          if (c.type === '"') continue;
          if (c.type === "string_content") this.doubleQuoted(c.start, c.end);
          else if (!c.named) this.addRun(c.start, c.end, false);
          else this.dynamic = true;
        }
        return;
      case "brace_expression":
        this.glob = true;
        this.unquoted(node.start, node.end);
        return;
      case "ansi_c_string":
      case "translated_string":
        this.quoted = true;
        this.dynamic = true;
        return;
      default:
        // expansions, substitutions, arrays, errors
        this.dynamic = true;
    }
  }

  /** Inside double quotes: a backslash escapes only `$`, `` ` ``, `"`, `\` and newline. */
  doubleQuoted(start: number, end: number): void {
    const text = this.text;
    let run = start;
    for (let i = start; i < end - 1; i++) {
      if (text.charCodeAt(i) !== BACKSLASH) continue;
      const n = text.charCodeAt(i + 1);
      if (n !== NEWLINE && !isDqEscape(n)) continue;
      this.addRun(run, i, false);
      if (n !== NEWLINE) this.add(text[i + 1]!, i + 1, false, i);
      run = ++i + 1;
    }
    this.addRun(run, end, false);
  }
}

/** Unquoted `*`, `?`, `[...]`, `{a,b}` / `{1..3}`, or a leading `~` (in a probe string). */
export function hasGlob(probe: string): boolean {
  if (probe.startsWith("~")) return true;
  let bracket = -1;
  let brace = -1;
  for (let i = 0; i < probe.length; i++) {
    const c = probe[i];
    if (c === "*" || c === "?") return true;
    if (c === "[") bracket = i;
    else if (c === "]" && bracket !== -1) return true;
    else if (c === "{") brace = i;
    else if (brace !== -1 && (c === "," || (c === "." && probe[i + 1] === "."))) {
      if (probe.indexOf("}", i) !== -1) return true;
    }
  }
  return false;
}

/**
 * Characters that make an unquoted `word` node need the full treatment: without them its text is
 * its value, unquoted (analyze.ts takes such words, the common case, as they are: no literal() call).
 */
export const SPECIAL = /[\\*?[{~]/;

export function literal(node: Node, text: string, withMap = false): Literal {
  const b = new Builder(text, withMap ? { start: [], end: [] } : undefined);
  b.walk(node);
  if (b.dynamic) return { value: null, quoted: b.quoted };
  if (b.glob || hasGlob(b.probe)) return { value: null, pattern: b.out, quoted: b.quoted, map: b.map };
  return { value: b.out, quoted: b.quoted, map: b.map };
}
