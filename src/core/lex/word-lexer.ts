// biome-ignore-all lint/suspicious/noTemplateCurlyInString: shell variable syntax like "${VAR}", not templates
/**
 * BuildKit's shell word lexer (`frontend/dockerfile/shell/lex.go`, `Lex.ProcessWord` / `ProcessWords`),
 * reimplemented from its documented behaviour: variable expansion, quote removal, escapes and word
 * splitting, with the same quirks. Pure: no I/O, never throws, linear time (the `${v#p}` / `${v/p/r}`
 * glob patterns run on a small Pike VM instead of backtracking regular expressions).
 */

import { isSpace, SPACE_CLASS } from "../text/chars.js";
import { goQuote } from "../text/go-quote.js";

export interface LexOptions {
  /** escape token, default "\\" */
  escape?: "\\" | "`";
  /** keep quote characters in output */
  rawQuotes?: boolean;
  /** keep escape characters in output */
  rawEscapes?: boolean;
  /** leave $VAR / ${VAR...} of unset variables as written */
  skipUnsetEnv?: boolean;
}

/** Variable lookup: a string value; `null` = declared but value unknown (e.g. ARG without default); undefined = unset. */
export type EnvLookup = (name: string) => string | null | undefined;

export interface LexResult {
  /** false on a lexing error */
  ok: boolean;
  /** BuildKit-like message when !ok */
  error?: string;
  /** ProcessWord result ("" when !ok) */
  value: string;
  /** ProcessWords result ([] when !ok) */
  words: string[];
  /** names of variables referenced (in order, deduplicated) */
  references: string[];
  /** true when a variable whose value is unknown (lookup returned null) influenced the result; its expansion is then taken as "" but the result is not trustworthy */
  unknown: boolean;
}

/** ProcessWord: expands `text` into one string (quotes removed, escapes processed, no word splitting). */
export function processWord(text: string, env: EnvLookup, options?: LexOptions): LexResult {
  return lex(text, env, options ?? {}, false).result;
}

/** ProcessWords: expands `text` and splits it into words (whitespace from unquoted expansions splits too). */
export function processWords(text: string, env: EnvLookup, options?: LexOptions): LexResult {
  return lex(text, env, options ?? {}, false).result;
}

/**
 * Internal (used by heredoc detection): like {@link processWords}, plus the source span of each word
 * (from the start of its first token to the end of its last one).
 */
export function processWordsWithSpans(
  text: string,
  env: EnvLookup,
  options: LexOptions,
): { result: LexResult; starts: number[]; ends: number[] } {
  const r = lex(text, env, options, true);
  return { result: r.result, starts: r.starts ?? [], ends: r.ends ?? [] };
}

// ---------------------------------------------------------------------------------------------------------------
// Lexer

const EOF = -1;
const TAB = 0x09;
const NL = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const DQUOTE = 0x22;
const HASH = 0x23;
const DOLLAR = 0x24;
const PERCENT = 0x25;
const SQUOTE = 0x27;
const STAR_CH = 0x2a;
const PLUS = 0x2b;
const MINUS = 0x2d;
const SLASH = 0x2f;
const COLON = 0x3a;
const LT = 0x3c;
const QUESTION = 0x3f;
const BACKSLASH = 0x5c;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const BOM = 0xfeff;

/** Nesting limit for `${...}` words; deeper input is reported as an error instead of exhausting the stack. */
const MAX_DEPTH = 500;

class LexFailure {
  constructor(readonly message: string) {}
}

/** Sticky: a run of name characters (processName's loop: `_`, Unicode letters and digits). */
const NAME_RUN = /[_\p{L}\p{Nd}]*/uy;
/** Sticky: a run of digits (a name starting with a digit). */
const DIGIT_RUN = /\p{Nd}*/uy;
/** Global: the next Unicode space of an expanded value. */
const SPACE_G = new RegExp(`[${SPACE_CLASS}]`, "g");
/** Sticky, by escape character: a top-level run of plain characters (no `$ < ' "`, escape or space). */
const PLAIN_RUN = new Map<number, RegExp>();

/** Width in UTF-16 units of the code point at i (2 for a well-formed surrogate pair). */
function cpWidth(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** Whitespace that BuildKit keeps in the same word after an unquoted `<<` (space, tab, CR). */
function isHeredocSpace(c: number): boolean {
  return c === SPACE || c === TAB || c === CR;
}

interface LexOutcome {
  result: LexResult;
  starts?: number[];
  ends?: number[];
}

/** The characters the lexer acts on (`$ < ' "`, either escape token, a BOM): text without them expands to itself. */
const SPECIAL = /[$<'"\\`\ufeff]/;
/** Global: the words of such text, its runs of non-space. */
const NON_SPACE_RUNS = new RegExp(`[^${SPACE_CLASS}]+`, "g");

function lex(text: string, env: EnvLookup, options: LexOptions, wantSpans: boolean): LexOutcome {
  // Most words have nothing to expand: answer them without a Lexer (the cold path pays for every call).
  const esc = options.escape;
  if (!wantSpans && (esc === undefined || esc === "\\" || esc === "`") && !SPECIAL.test(text)) {
    return {
      result: {
        ok: true,
        value: text,
        words: text.match(NON_SPACE_RUNS) ?? [],
        references: [],
        unknown: false,
      },
      starts: undefined,
      ends: undefined,
    };
  }
  const lx = new Lexer(text, env, options, wantSpans);
  try {
    // Go's text/scanner drops a byte-order mark at the very start of its input.
    if (text.charCodeAt(0) === BOM) lx.pos = 1;
    const value = lx.run(EOF, options.rawEscapes === true, true);
    lx.separate();
    return {
      result: { ok: true, value, words: lx.words, references: lx.refs, unknown: lx.unknown },
      starts: lx.starts ?? undefined,
      ends: lx.ends ?? undefined,
    };
  } catch (e) {
    let message: string;
    if (e instanceof LexFailure) message = e.message;
    else if (e instanceof RangeError) message = "expression nested too deeply";
    else message = `lookup failed: ${e instanceof Error ? e.message : String(e)}`;
    return {
      result: {
        ok: false,
        error: `failed to process ${goQuote(text)}: ${message}`,
        value: "",
        words: [],
        references: lx.refs,
        unknown: lx.unknown,
      },
    };
  }
}

class Lexer {
  pos = 0;
  unknown = false;
  readonly refs: string[] = [];
  readonly words: string[] = [];
  readonly starts: number[] | null;
  readonly ends: number[] | null;

  private readonly esc: number;
  private readonly escStr: string;
  private readonly plainRun: RegExp;
  private readonly rawQuotes: boolean;
  private readonly skipUnset: boolean;
  private rawEscapes = false;
  private depth = 0;
  /** the word being built (top level only) */
  private cur = "";
  private wordStart = -1;
  private wordEnd = 0;
  /** result of the last lookup() */
  private lkValue = "";
  private lkFound = false;
  private lkUnknown = false;

  constructor(
    private readonly src: string,
    private readonly env: EnvLookup,
    options: LexOptions,
    wantSpans: boolean,
  ) {
    const esc = (options.escape ?? "\\").charCodeAt(0);
    this.esc = Number.isNaN(esc) ? BACKSLASH : esc;
    this.escStr = String.fromCharCode(this.esc);
    let plainRun = PLAIN_RUN.get(this.esc);
    if (!plainRun) {
      plainRun = new RegExp(`[^$<'"\\u${this.esc.toString(16).padStart(4, "0")}${SPACE_CLASS}]*`, "y");
      PLAIN_RUN.set(this.esc, plainRun);
    }
    this.plainRun = plainRun;
    this.rawQuotes = options.rawQuotes === true;
    this.skipUnset = options.skipUnsetEnv === true;
    this.starts = wantSpans ? [] : null;
    this.ends = wantSpans ? [] : null;
  }

  // --- word accumulation (BuildKit's wordsStruct; only the top level keeps words) ---

  /** text that never splits (quoted text, escaped characters, plain non-space runs) */
  private addRaw(s: string, tokStart: number, tokEnd: number): void {
    this.cur += s;
    if (this.wordStart < 0) this.wordStart = tokStart;
    this.wordEnd = tokEnd;
  }

  /** an unquoted whitespace character, or the end: ends the current word if it has text */
  separate(): void {
    if (this.cur !== "") {
      this.words.push(this.cur);
      if (this.starts) {
        this.starts.push(this.wordStart);
        this.ends!.push(this.wordEnd);
      }
      this.cur = "";
    }
    this.wordStart = -1;
  }

  /** the value of a `$` expansion: its whitespace splits words */
  private addExpanded(s: string, tokStart: number, tokEnd: number): void {
    let from = 0;
    SPACE_G.lastIndex = 0;
    while (SPACE_G.test(s)) {
      const i = SPACE_G.lastIndex - 1;
      if (i > from) this.addRaw(s.slice(from, i), tokStart, tokEnd);
      this.separate();
      from = i + 1;
    }
    if (from < s.length) this.addRaw(from === 0 ? s : s.slice(from), tokStart, tokEnd);
  }

  // --- processing ---

  /** processStopOn: processes up to `stop` (consumed) or the end of input (`stop` = EOF). */
  run(stop: number, rawEscapes: boolean, top: boolean): string {
    if (!top && ++this.depth > MAX_DEPTH) throw new LexFailure("expression nested too deeply");
    const saved = this.rawEscapes;
    this.rawEscapes = rawEscapes;
    const src = this.src;
    const n = src.length;
    const esc = this.esc;
    let out = "";
    while (this.pos < n) {
      const c = src.charCodeAt(this.pos);
      if (c === stop) {
        this.pos++;
        this.rawEscapes = saved;
        if (!top) this.depth--;
        return out;
      }
      const tokStart = this.pos;
      if (c === DOLLAR) {
        const t = this.dollar();
        out += t;
        if (top) this.addExpanded(t, tokStart, this.pos);
      } else if (c === LT) {
        const t = this.possibleHeredoc();
        out += t;
        if (top) this.addRaw(t, tokStart, this.pos);
      } else if (c === SQUOTE) {
        const t = this.singleQuote();
        out += t;
        if (top) this.addRaw(t, tokStart, this.pos);
      } else if (c === DQUOTE) {
        const t = this.doubleQuote();
        out += t;
        if (top) this.addRaw(t, tokStart, this.pos);
      } else if (c === esc) {
        this.pos++;
        if (rawEscapes) {
          out += this.escStr;
          if (top) this.addRaw(this.escStr, tokStart, this.pos);
        }
        // an escape token at the very end is dropped
        if (this.pos >= n) break;
        const w = cpWidth(src, this.pos);
        const s = w === 1 ? src[this.pos]! : src.slice(this.pos, this.pos + w);
        this.pos += w;
        out += s;
        if (top) this.addRaw(s, tokStart, this.pos);
      } else {
        let j = this.pos + 1;
        if (top) {
          if ((c <= 0x20 || c >= 0x85) && isSpace(c)) {
            out += src[this.pos]!;
            this.separate();
            this.pos = j;
            continue;
          }
          // At the top level `stop` is EOF: the run ends at `$ < ' "`, the escape or a space.
          const run = this.plainRun;
          run.lastIndex = j;
          run.test(src);
          j = run.lastIndex;
          const s = src.slice(this.pos, j);
          out += s;
          this.addRaw(s, this.pos, j);
        } else {
          while (j < n) {
            const d = src.charCodeAt(j);
            if (d === DOLLAR || d === LT || d === SQUOTE || d === DQUOTE || d === esc || d === stop) break;
            j++;
          }
          out += src.slice(this.pos, j);
        }
        this.pos = j;
      }
    }
    this.rawEscapes = saved;
    if (stop !== EOF) {
      throw new LexFailure(
        `unexpected end of statement while looking for matching ${String.fromCharCode(stop)}`,
      );
    }
    return out;
  }

  /** processSingleQuote: everything up to the next `'` is literal; there is no way to escape `'`. */
  private singleQuote(): string {
    const open = this.pos;
    const close = this.src.indexOf("'", open + 1);
    if (close < 0) {
      this.pos = this.src.length;
      throw new LexFailure("unexpected end of statement while looking for matching single-quote");
    }
    this.pos = close + 1;
    return this.rawQuotes ? this.src.slice(open, close + 1) : this.src.slice(open + 1, close);
  }

  /** processDoubleQuote: `$` expands; the escape token escapes only `"`, `$` and itself. */
  private doubleQuote(): string {
    const src = this.src;
    const n = src.length;
    const esc = this.esc;
    this.pos++;
    let out = this.rawQuotes ? '"' : "";
    for (;;) {
      if (this.pos >= n) {
        throw new LexFailure("unexpected end of statement while looking for matching double-quote");
      }
      const c = src.charCodeAt(this.pos);
      if (c === DQUOTE) {
        this.pos++;
        if (this.rawQuotes) out += '"';
        return out;
      }
      if (c === DOLLAR) {
        out += this.dollar();
        continue;
      }
      if (c === esc) {
        this.pos++;
        if (this.rawEscapes) out += this.escStr;
        if (this.pos >= n) continue; // a trailing escape is ignored (and the quote is unterminated)
        const d = src.charCodeAt(this.pos);
        if (d === DQUOTE || d === DOLLAR || d === esc) {
          out += src[this.pos]!;
          this.pos++;
        } else {
          out += this.escStr; // stays literal (so it appears twice with rawEscapes)
        }
        continue;
      }
      let j = this.pos + 1;
      while (j < n) {
        const d = src.charCodeAt(j);
        if (d === DQUOTE || d === DOLLAR || d === esc) break;
        j++;
      }
      out += src.slice(this.pos, j);
      this.pos = j;
    }
  }

  /** processPossibleHeredoc: an unquoted `<<` keeps the spaces, tabs and CRs after it in its word. */
  private possibleHeredoc(): string {
    const src = this.src;
    this.pos++;
    if (this.pos >= src.length || src.charCodeAt(this.pos) !== LT) return "<";
    this.pos++;
    const start = this.pos;
    while (this.pos < src.length && isHeredocSpace(src.charCodeAt(this.pos))) this.pos++;
    return this.pos === start ? "<<" : `<<${src.slice(start, this.pos)}`;
  }

  /** processName: letters, digits and `_`; a leading digit reads digits only; or one special parameter. */
  private name(): string {
    const src = this.src;
    const n = src.length;
    const start = this.pos;
    if (start >= n) return "";
    // A leading digit (Go's unicode.IsDigit) reads digits only.
    DIGIT_RUN.lastIndex = start;
    DIGIT_RUN.test(src);
    if (DIGIT_RUN.lastIndex > start) {
      this.pos = DIGIT_RUN.lastIndex;
      return src.slice(start, this.pos);
    }
    switch (src.charCodeAt(start)) {
      case 0x40: // @
      case STAR_CH:
      case HASH:
      case QUESTION:
      case MINUS:
      case DOLLAR:
      case 0x21: // !
        this.pos++;
        return src[start]!;
    }
    NAME_RUN.lastIndex = start;
    NAME_RUN.test(src);
    this.pos = NAME_RUN.lastIndex;
    return src.slice(start, this.pos);
  }

  private reference(name: string): void {
    // A word references few names: a scan of them beats a Set allocated per Lexer on the cold path.
    if (name !== "" && !this.refs.includes(name)) this.refs.push(name);
  }

  private lookup(name: string): void {
    const v = this.env(name);
    if (v === undefined || (v !== null && typeof v !== "string")) {
      this.lkValue = "";
      this.lkFound = false;
      this.lkUnknown = false;
    } else if (v === null) {
      this.lkValue = "";
      this.lkFound = true;
      this.lkUnknown = true;
    } else {
      this.lkValue = v;
      this.lkFound = true;
      this.lkUnknown = false;
    }
  }

  /** processes a `${name OP word}` word; returns it with whether an unknown variable influenced it */
  private word(stop: number, rawEscapes: boolean, atEof: string): { text: string; unknown: boolean } {
    const outer = this.unknown;
    this.unknown = false;
    let text: string;
    try {
      text = this.run(stop, rawEscapes, false);
    } catch (e) {
      if (e instanceof LexFailure && this.pos >= this.src.length) throw new LexFailure(atEof);
      throw e;
    }
    const unknown = this.unknown;
    this.unknown = outer;
    return { text, unknown };
  }

  /** processDollar */
  private dollar(): string {
    const src = this.src;
    const n = src.length;
    this.pos++;
    if (this.pos >= n || src.charCodeAt(this.pos) !== LBRACE) {
      const name = this.name();
      if (name === "") return "$";
      this.reference(name);
      this.lookup(name);
      if (!this.lkFound && this.skipUnset) return `$${name}`;
      if (this.lkUnknown) this.unknown = true;
      return this.lkValue;
    }
    this.pos++;
    if (this.pos >= n) throw new LexFailure("syntax error: missing '}'");
    const c0 = src.charCodeAt(this.pos);
    if (c0 === LBRACE || c0 === RBRACE || c0 === COLON)
      throw new LexFailure("syntax error: bad substitution");
    const name = this.name();
    this.reference(name);
    // (BuildKit reports "unsupported modifier (\uFFFD)" here; the cause is the missing brace)
    if (this.pos >= n) throw new LexFailure("syntax error: missing '}'");
    let op = src.codePointAt(this.pos)!;
    let w = op > 0xffff ? 2 : 1;
    let chs = src.slice(this.pos, this.pos + w);
    this.pos += w;

    if (op === RBRACE) {
      this.lookup(name);
      if (!this.lkFound && this.skipUnset) return `\${${name}}`;
      if (this.lkUnknown) this.unknown = true;
      return this.lkValue;
    }

    if (op === SLASH) return this.substitute(name);

    let nullIsUnset = false;
    if (op === COLON) {
      nullIsUnset = true;
      if (this.pos < n) {
        op = src.codePointAt(this.pos)!;
        w = op > 0xffff ? 2 : 1;
        chs += src.slice(this.pos, this.pos + w);
        this.pos += w;
      } else {
        op = EOF; // the word below then fails with "missing '}'"
      }
      if (op === HASH || op === PERCENT)
        throw new LexFailure(`unsupported modifier (${chs}) in substitution`);
    } else if (op !== PLUS && op !== MINUS && op !== QUESTION && op !== HASH && op !== PERCENT) {
      throw new LexFailure(`unsupported modifier (${chs}) in substitution`);
    }

    const word = this.word(RBRACE, op === HASH || op === PERCENT, "syntax error: missing '}'");
    this.lookup(name);
    const value = this.lkValue;
    const set = this.lkFound;
    const varUnknown = this.lkUnknown;
    if (this.skipUnset && !set) {
      if (word.unknown) this.unknown = true;
      return `\${${name}${chs}${word.text}}`;
    }
    switch (op) {
      case MINUS:
        if (varUnknown) this.unknown = true;
        if (!set || (nullIsUnset && value === "")) {
          if (word.unknown) this.unknown = true;
          return word.text;
        }
        return value;
      case PLUS:
        if (varUnknown) this.unknown = true;
        if (!set || (nullIsUnset && value === "")) return "";
        if (word.unknown) this.unknown = true;
        return word.text;
      case QUESTION:
        // An unknown value may or may not be set: do not report an error that depends on it.
        if (varUnknown) {
          this.unknown = true;
          return "";
        }
        if (!set)
          throw new LexFailure(`${name}: ${word.text !== "" ? word.text : "is not allowed to be unset"}`);
        if (nullIsUnset && value === "") {
          throw new LexFailure(`${name}: ${word.text !== "" ? word.text : "is not allowed to be empty"}`);
        }
        return value;
      case HASH:
      case PERCENT: {
        if (varUnknown || word.unknown) this.unknown = true;
        // %/# remove the shortest match, %%/## the longest
        let pattern = word.text;
        const greedy = pattern.charCodeAt(0) === op;
        if (greedy) pattern = pattern.slice(1);
        const r = op === PERCENT ? trimSuffix(pattern, value, greedy) : trimPrefix(pattern, value, greedy);
        if (typeof r !== "string") throw new LexFailure(r.error);
        return r;
      }
      default:
        throw new LexFailure(`unsupported modifier (${chs}) in substitution`);
    }
  }

  /** `${name/pattern/replacement}` and `${name//pattern/replacement}` (after the first `/`) */
  private substitute(name: string): string {
    const replaceAll = this.pos < this.src.length && this.src.charCodeAt(this.pos) === SLASH;
    if (replaceAll) this.pos++;
    const pattern = this.word(SLASH, true, "syntax error: missing '/' in ${}");
    const replacement = this.word(RBRACE, true, "syntax error: missing '}'");
    this.lookup(name);
    if (this.skipUnset && !this.lkFound) {
      if (pattern.unknown || replacement.unknown) this.unknown = true;
      // (BuildKit writes a single `/` here even for `//`)
      return `\${${name}/${pattern.text}/${replacement.text}}`;
    }
    if (this.lkUnknown || pattern.unknown || replacement.unknown) this.unknown = true;
    const prog = compilePattern(pattern.text, true);
    if (typeof prog === "string") {
      throw new LexFailure(`invalid pattern (${pattern.text}) in substitution: ${prog}`);
    }
    const value = this.lkValue;
    if (replaceAll) return replaceAllGo(prog, value, replacement.text);
    const m = prog.search(value, 0, false);
    if (m === null) return value;
    return value.slice(0, m[0]) + replacement.text + value.slice(m[1]);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Shell patterns (BuildKit's convertShellPatternToRegex: `*`, `?`, `\` escapes, no bracket expressions),
// matched with Go regexp (RE2) leftmost-first semantics. `*` and `?` compile to `.`, which does not
// match a newline.

const ANY = -1;
const STAR = -2;
const MATCH_NONE: null = null;

function codePoints(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    out.push(cp);
    i += cp > 0xffff ? 2 : 1;
  }
  return out;
}

/** Compiles a pattern; returns the error text (Go's) for a bad escape. */
function compilePattern(pattern: string, greedy: boolean): Prog | string {
  const cps = codePoints(pattern);
  const items: number[] = [];
  // the pattern is read with Go's text/scanner, which skips a leading byte-order mark
  let i = cps[0] === BOM ? 1 : 0;
  for (; i < cps.length; i++) {
    const tok = cps[i]!;
    if (tok === STAR_CH) items.push(STAR);
    else if (tok === QUESTION) items.push(ANY);
    else if (tok === BACKSLASH) {
      const next = cps[i + 1];
      // `}` and `/` are escaped inside ${}; that escape is not part of the pattern
      if (next === RBRACE || next === SLASH) continue;
      if (next !== STAR_CH && next !== QUESTION && next !== BACKSLASH) {
        return `invalid escape '\\${next === undefined ? "\uFFFD" : String.fromCodePoint(next)}'`;
      }
      items.push(next);
      i++;
    } else items.push(tok);
  }
  return new Prog(Int32Array.from(items), greedy);
}

/** A Pike VM over the compiled items: O(len(value) * len(pattern)), no backtracking. */
class Prog {
  private readonly m: number;
  private readonly mark: Int32Array;
  private gen = 0;
  private readonly pending: Int32Array;
  private cs: Int32Array;
  private cst: Int32Array;
  private ns: Int32Array;
  private nst: Int32Array;

  constructor(
    private readonly items: Int32Array,
    private readonly greedy: boolean,
  ) {
    const m = items.length;
    this.m = m;
    this.mark = new Int32Array(m + 1).fill(-1);
    this.pending = new Int32Array(m + 1);
    this.cs = new Int32Array(m + 1);
    this.cst = new Int32Array(m + 1);
    this.ns = new Int32Array(m + 1);
    this.nst = new Int32Array(m + 1);
  }

  /**
   * Adds the thread entering item `s` (and its epsilon closure, in priority order) to a list.
   * List entries are items waiting to consume a character (a star's entry means "consume one more"),
   * or `m` for a match.
   */
  private add(states: Int32Array, starts: Int32Array, count: number, s: number, start: number): number {
    const items = this.items;
    const m = this.m;
    const mark = this.mark;
    const gen = this.gen;
    let n = count;
    if (this.greedy) {
      // star: prefer one more character, then what follows
      while (s < m && items[s] === STAR) {
        if (mark[s] === gen) return n;
        mark[s] = gen;
        states[n] = s;
        starts[n++] = start;
        s++;
      }
    } else {
      // lazy star: prefer what follows, then one more character
      let p = 0;
      while (s < m && items[s] === STAR && mark[s] !== gen) {
        mark[s] = gen;
        this.pending[p++] = s;
        s++;
      }
      if (!(s < m && items[s] === STAR) && mark[s] !== gen) {
        mark[s] = gen;
        states[n] = s;
        starts[n++] = start;
      }
      while (p > 0) {
        states[n] = this.pending[--p]!;
        starts[n++] = start;
      }
      return n;
    }
    if (mark[s] !== gen) {
      mark[s] = gen;
      states[n] = s;
      starts[n++] = start;
    }
    return n;
  }

  /** Leftmost-first match in `value` at or after `from` (only at `from` when anchored): [start, end] or null. */
  search(value: string, from: number, anchored: boolean): [number, number] | null {
    const items = this.items;
    const m = this.m;
    const len = value.length;
    let matchStart = -1;
    let matchEnd = -1;
    let cn = 0;
    let pos = from;
    this.gen++;
    for (;;) {
      if (matchStart < 0 && (!anchored || pos === from)) cn = this.add(this.cs, this.cst, cn, 0, pos);
      if (cn === 0) break;
      const c = pos < len ? value.codePointAt(pos)! : EOF;
      this.gen++;
      let nn = 0;
      const cs = this.cs;
      const cst = this.cst;
      for (let i = 0; i < cn; i++) {
        const s = cs[i]!;
        if (s === m) {
          // lower-priority threads are cut; higher-priority ones (already stepped) may still win later
          matchStart = cst[i]!;
          matchEnd = pos;
          break;
        }
        if (c === EOF) continue;
        const it = items[s]!;
        if (it === STAR) {
          if (c !== NL) nn = this.add(this.ns, this.nst, nn, s, cst[i]!);
        } else if (it === ANY) {
          if (c !== NL) nn = this.add(this.ns, this.nst, nn, s + 1, cst[i]!);
        } else if (it === c) {
          nn = this.add(this.ns, this.nst, nn, s + 1, cst[i]!);
        }
      }
      if (c === EOF) break;
      this.cs = this.ns;
      this.cst = this.nst;
      this.ns = cs;
      this.nst = cst;
      cn = nn;
      pos += c > 0xffff ? 2 : 1;
    }
    return matchStart < 0 ? MATCH_NONE : [matchStart, matchEnd];
  }
}

type PatternResult = string | { error: string };

function trimPrefix(pattern: string, value: string, greedy: boolean): PatternResult {
  const prog = compilePattern(pattern, greedy);
  if (typeof prog === "string") return { error: `invalid pattern (${pattern}) in substitution: ${prog}` };
  const m = prog.search(value, 0, true);
  return m === null ? value : value.slice(m[1]);
}

/** Reverses a pattern by code points, keeping each `\x` escape pair in order (`a\*c` → `c\*a`). */
function reversePattern(pattern: string): string {
  const cps = codePoints(pattern);
  const last = cps.length - 1;
  const out = new Array<number>(cps.length);
  for (let i = 0; i <= last; ) {
    const tok = cps[i]!;
    const o = last - i;
    if (tok === BACKSLASH && i !== last) {
      out[o - 1] = tok;
      out[o] = cps[i + 1]!;
      i += 2;
    } else {
      out[o] = tok;
      i++;
    }
  }
  return fromCodePoints(out);
}

function fromCodePoints(cps: number[]): string {
  let out = "";
  for (let i = 0; i < cps.length; i += 4096) out += String.fromCodePoint(...cps.slice(i, i + 4096));
  return out;
}

function reverseString(s: string): string {
  let out = "";
  for (let i = s.length; i > 0; ) {
    const c = s.charCodeAt(i - 1);
    if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
      const h = s.charCodeAt(i - 2);
      if (h >= 0xd800 && h <= 0xdbff) {
        out += s.slice(i - 2, i);
        i -= 2;
        continue;
      }
    }
    out += s[i - 1]!;
    i--;
  }
  return out;
}

/** The shortest (or longest) rightmost match: BuildKit reverses pattern and value and trims a prefix. */
function trimSuffix(pattern: string, value: string, greedy: boolean): PatternResult {
  const r = trimPrefix(reversePattern(pattern), reverseString(value), greedy);
  return typeof r === "string" ? reverseString(r) : r;
}

/** Go's Regexp.ReplaceAllString (non-overlapping matches, empty matches next to a match skipped, `$` templates). */
function replaceAllGo(prog: Prog, src: string, repl: string): string {
  const template = repl.includes("$");
  let out = "";
  let lastMatchEnd = 0;
  let searchPos = 0;
  const end = src.length;
  while (searchPos <= end) {
    const a = prog.search(src, searchPos, false);
    if (a === null) break;
    out += src.slice(lastMatchEnd, a[0]);
    if (a[1] > lastMatchEnd || a[0] === 0)
      out += template ? expandTemplate(repl, src.slice(a[0], a[1])) : repl;
    lastMatchEnd = a[1];
    const width = searchPos < end ? cpWidth(src, searchPos) : 0;
    if (searchPos + width > a[1]) searchPos += width;
    else if (searchPos + 1 > a[1]) searchPos++;
    else searchPos = a[1];
  }
  return out + src.slice(lastMatchEnd);
}

/**
 * Go's Regexp.Expand for a pattern without groups: `$$` is `$`, `$0`/`${0}` the match, any other
 * `$name`/`${name}` empty, and a malformed reference leaves `$` as text.
 */
function expandTemplate(repl: string, match: string): string {
  let out = "";
  let i = 0;
  for (;;) {
    const j = repl.indexOf("$", i);
    if (j < 0) return out + repl.slice(i);
    out += repl.slice(i, j);
    i = j + 1;
    if (repl.charCodeAt(i) === DOLLAR) {
      out += "$";
      i++;
      continue;
    }
    let k = i;
    const brace = repl.charCodeAt(k) === LBRACE;
    if (brace) k++;
    const nameStart = k;
    NAME_RUN.lastIndex = k;
    NAME_RUN.test(repl);
    k = NAME_RUN.lastIndex;
    if (k === nameStart || (brace && repl.charCodeAt(k) !== RBRACE)) {
      out += "$";
      continue;
    }
    const name = repl.slice(nameStart, k);
    i = brace ? k + 1 : k;
    if (name === "0") out += match;
  }
}

// ---------------------------------------------------------------------------------------------------------------
