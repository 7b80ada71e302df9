/**
 * The shell grammar: a hand-written recursive-descent parser for POSIX sh and the bash syntax
 * Dockerfiles use (`[[ ]]`, `(( ))`, `$'...'`, `<(...)`, `&>`, `|&`, here-strings, arrays,
 * `function`), producing a plain tree in tree-sitter-bash's vocabulary (`command`,
 * `command_name`, `word`, `string`, `raw_string`, `concatenation`, `simple_expansion`,
 * `expansion`, `command_substitution`, `list`, `pipeline`, `subshell`, `if_statement`, ...; see
 * tree.ts), with UTF-16 offsets into the parsed text.
 *
 * Why by hand: tree-sitter-bash (WASM, via web-tree-sitter) was the first choice and parsed a
 * typical RUN in 0.05 ms, but reading its tree out of WASM cost as much again, the runtime needed
 * an async 50-80 ms initialisation per process, and in all the shell work of a lint run was half
 * of its time; the speed targets (parse + model + shell >= 3,000 files/s, CLI on 720 files <= 1 s)
 * were out of reach. This parser does the same work on the corpus in a fraction of the time (see
 * docs/design-notes.md for the figures) and follows bash where tree-sitter-bash errs (`echo >&2 a`
 * keeps `a` as an argument; a heredoc's `| sh && next` stays a normal pipeline and list).
 *
 * The tree is what the analysis needs, not a full AST: the insides of `${...}`, `$((...))`,
 * `$'...'` and comments are opaque; words are split into their quoted and unquoted parts; heredoc
 * bodies are read at the end of their line, as the shell does. Errors (unterminated quotes or
 * compound commands, stray operators) set `hasError` and parsing goes on. Never throws.
 */
import type { Node } from "./tree.js";

/** Nesting depth (substitutions, compound commands) beyond which the rest is skipped as an error. */
const MAX_NESTING = 100;

const NONE: Node[] = [];

const leaf = (type: string, start: number, end: number, named = true): Node => ({
  type,
  start,
  end,
  named,
  field: null,
  children: NONE,
});

const branch = (type: string, start: number, end: number, children: Node[]): Node => ({
  type,
  start,
  end,
  named: true,
  field: null,
  children,
});

/** A branch from its first child's start to its last child's end. */
const spanning = (type: string, children: Node[]): Node =>
  branch(type, children[0]!.start, children[children.length - 1]!.end, children);

const withField = (node: Node, field: string): Node => {
  node.field = field;
  return node;
};

// character codes
const TAB = 9;
const NL = 10;
const SPACE = 32;
const BANG = 33;
const DQUOTE = 34;
const HASH = 35;
const DOLLAR = 36;
const AMP = 38;
const SQUOTE = 39;
const LPAREN = 40;
const RPAREN = 41;
const SEMI = 59;
const LT = 60;
const EQUALS = 61;
const GT = 62;
const LBRACKET = 91;
const BACKSLASH = 92;
const RBRACKET = 93;
const BACKTICK = 96;
const LBRACE = 123;
const PIPE = 124;
const RBRACE = 125;

// Character classes of ASCII codes: the per-character loops read this table instead of calling
// predicates (calls are what costs in a short CLI run, which stays in V8's unoptimised tiers).
/** ends an unquoted word: blanks, newline, `;&|<>()` */
const META = 1;
const NAME_START = 2;
const DIGIT = 4;
/** `$1`, `$@`, `$?`, ... after `$` (digits included) */
const SPECIAL_PARAM = 8;
/** starts something other than plain text inside an unquoted word: `\'"$\`` and `=` (assignments) */
const WORD_PART = 16;
const CHAR_CLASS = new Uint8Array(128);
for (const c of " \t\n;&|<>()") CHAR_CLASS[c.charCodeAt(0)]! |= META;
for (let c = 0; c < 128; c++) {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) CHAR_CLASS[c]! |= NAME_START;
  if (c >= 48 && c <= 57) CHAR_CLASS[c]! |= DIGIT | SPECIAL_PARAM;
}
for (const c of "@*#?$!-") CHAR_CLASS[c.charCodeAt(0)]! |= SPECIAL_PARAM;
for (const c of "\\'\"$`=") CHAR_CLASS[c.charCodeAt(0)]! |= WORD_PART;

/** Whether character code `c` (-1 at the end) is in one of the classes `bits`. */
const isClass = (c: number, bits: number) => c >= 0 && c < 128 && (CHAR_CLASS[c]! & bits) !== 0;

const isDigit = (c: number) => c >= 48 && c <= 57;

/** Reserved words that end a statement list (in command position). */
type Stop = ReadonlySet<string>;
const NO_STOP: Stop = new Set();
const THEN: Stop = new Set(["then"]);
const IF_BODY: Stop = new Set(["elif", "else", "fi"]);
const FI: Stop = new Set(["fi"]);
const DO: Stop = new Set(["do"]);
const DONE: Stop = new Set(["done"]);
const ESAC: Stop = new Set(["esac"]);
const RBRACE_STOP: Stop = new Set(["}"]);

const RESERVED = new Set([
  "if",
  "then",
  "elif",
  "else",
  "fi",
  "while",
  "until",
  "do",
  "done",
  "for",
  "select",
  "case",
  "esac",
  "function",
  "{",
  "}",
  "!",
  "[[",
  "in",
]);

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*(?:\[[^\]]*\])?\+?=/;

interface PendingHeredoc {
  redirect: Node;
  delimiter: string;
  stripTabs: boolean;
  expands: boolean;
}

class ShellParser {
  pos = 0;
  /** the end of the text being parsed (the closing backtick of a `...` substitution) */
  limit: number;
  hasError = false;
  private depth = 0;
  private heredocs: PendingHeredoc[] = [];

  constructor(readonly text: string) {
    this.limit = text.length;
  }

  private code(at = this.pos): number {
    return at < this.limit ? this.text.charCodeAt(at) : -1;
  }

  private error(): void {
    this.hasError = true;
  }

  /** Spaces, tabs and backslash-newlines; returns the code at the cursor after them, as code() does. */
  private blanks(): number {
    const text = this.text;
    const limit = this.limit;
    let i = this.pos;
    while (i < limit) {
      const c = text.charCodeAt(i);
      if (c === SPACE || c === TAB) i++;
      else if (c === BACKSLASH && i + 1 < limit && text.charCodeAt(i + 1) === NL) i += 2;
      else {
        this.pos = i;
        return c;
      }
    }
    this.pos = i;
    return -1;
  }

  /** A comment from `#` to the end of the line (not the newline). */
  private comment(): void {
    const nl = this.text.indexOf("\n", this.pos);
    this.pos = nl === -1 || nl > this.limit ? this.limit : nl;
  }

  /** Blanks, comments and newlines (reading the heredoc bodies due at each newline); returns code(). */
  private gap(): number {
    for (;;) {
      const c = this.blanks();
      if (c === NL) this.newline();
      else if (c === HASH) this.comment();
      else return c;
    }
  }

  /** Consumes a newline; heredocs started on the line end read their bodies here. */
  private newline(): void {
    this.pos++;
    if (this.heredocs.length > 0) {
      const pending = this.heredocs;
      this.heredocs = [];
      for (const h of pending) this.heredocBody(h);
    }
  }

  private startsWith(s: string, at = this.pos): boolean {
    return at + s.length <= this.limit && this.text.startsWith(s, at);
  }

  /** A leaf(type, ..., false) for the operator or keyword `type` at the cursor (built inline: hot). */
  private token(type: string): Node {
    const start = this.pos;
    this.pos += type.length;
    return { type, start, end: this.pos, named: false, field: null, children: NONE };
  }

  /** The reserved word at the cursor, if one is there (followed by a delimiter). */
  private reserved(): string | undefined {
    const text = this.text;
    const limit = this.limit;
    const start = this.pos;
    const c = start < limit ? text.charCodeAt(start) : -1;
    let end = start;
    if (c === LBRACE || c === RBRACE || c === BANG) end = start + 1;
    else if (c === LBRACKET) end = this.startsWith("[[") ? start + 2 : start;
    else while (end < limit && text.charCodeAt(end) >= 97 && text.charCodeAt(end) <= 122) end++;
    if (end === start || end - start > 8) return undefined;
    const next = end < limit ? text.charCodeAt(end) : -1;
    if (next >= 128 || (next !== -1 && (CHAR_CLASS[next]! & META) === 0)) return undefined;
    const word = text.slice(start, end);
    return RESERVED.has(word) ? word : undefined;
  }

  private expectKeyword(word: string, children: Node[]): boolean {
    this.gap();
    if (this.reserved() === word) {
      children.push(this.token(word));
      return true;
    }
    this.error();
    return false;
  }

  // ---- statement lists --------------------------------------------------------------------

  /** The program: statements to the end. */
  program(): Node {
    const children: Node[] = [];
    this.statements(children, NO_STOP);
    while (this.pos < this.limit) {
      // a stray `)`, `}`, `fi`, ... at the top level
      this.error();
      children.push(branch("ERROR", this.pos, this.pos + 1, [this.token(this.text[this.pos]!)]));
      this.statements(children, NO_STOP);
    }
    if (this.heredocs.length > 0) {
      // heredocs started on the last line with no body at all
      for (const h of this.heredocs) this.heredocBody(h);
      this.heredocs = [];
    }
    return branch("program", 0, this.text.length, children);
  }

  /**
   * Statements and their `;`/`&` terminators until the end, a `)`, a `;;` or a
   * reserved word in `stop` in command position.
   */
  private statements(out: Node[], stop: Stop): void {
    if (++this.depth > MAX_NESTING) {
      this.error();
      this.pos = this.limit;
      this.depth--;
      return;
    }
    for (;;) {
      const c = this.gap();
      if (c === -1) break;
      if (c === RPAREN) break;
      if (c === SEMI && this.code(this.pos + 1) === SEMI) break;
      if (c === SEMI && this.code(this.pos + 1) === AMP) break;
      const word = this.reserved();
      if (word !== undefined && stop.has(word)) break;
      const terminal = word !== undefined && isTerminalWord(word);
      if (c === AMP || c === PIPE || c === SEMI || terminal) {
        // `&& x` at the start of a statement, `;` alone, `fi` without `if`: skip the token
        this.error();
        const len = terminal ? word.length : operatorLength(this.text, this.pos);
        const tok = this.token(this.text.slice(this.pos, this.pos + len));
        out.push(branch("ERROR", tok.start, tok.end, [tok]));
        continue;
      }
      const before = this.pos;
      out.push(this.andOr(word));
      const t = this.blanks();
      const n = t === SEMI || t === AMP ? this.code(this.pos + 1) : -1;
      if (t === SEMI && n !== SEMI && n !== AMP) out.push(this.token(";"));
      else if (t === AMP && n !== AMP && n !== GT) out.push(this.token("&"));
      else if (t === NL) this.newline();
      else if (t === HASH) this.comment();
      else if (this.pos === before) {
        // nothing consumed: an unexpected character; skip it
        this.error();
        this.pos++;
      }
    }
    this.depth--;
  }

  /** `word`: reserved() at the cursor, already read by the caller (here and in pipeline(), command()). */
  private andOr(word: string | undefined): Node {
    let left = this.pipeline(word);
    for (;;) {
      const c = this.blanks();
      if (!((c === AMP || c === PIPE) && this.code(this.pos + 1) === c)) return left;
      const op = this.token(c === AMP ? "&&" : "||");
      if (endsStatement(this.gap())) {
        this.error();
        return branch("list", left.start, op.end, [left, op]);
      }
      const right = this.pipeline(this.reserved());
      left = branch("list", left.start, right.end, [left, op, right]);
    }
  }

  private pipeline(word: string | undefined): Node {
    if (word === "!") {
      const bang = this.token("!");
      this.blanks();
      const inner = this.pipeline(this.reserved());
      return branch("negated_command", bang.start, inner.end, [bang, inner]);
    }
    const first = this.command(word);
    if (!(this.blanks() === PIPE && this.code(this.pos + 1) !== PIPE)) return first;
    const children = [first];
    while (this.code() === PIPE && this.code(this.pos + 1) !== PIPE) {
      children.push(this.token(this.code(this.pos + 1) === AMP ? "|&" : "|"));
      if (endsStatement(this.gap())) {
        this.error();
        break;
      }
      children.push(this.command(this.reserved()));
      this.blanks();
    }
    const last = children[children.length - 1]!;
    return branch("pipeline", first.start, last.end, children);
  }

  private command(word: string | undefined): Node {
    let node: Node;
    switch (word) {
      case "if":
        node = this.ifStatement();
        break;
      case "while":
      case "until":
        node = this.whileStatement(word);
        break;
      case "for":
      case "select":
        node = this.forStatement(word);
        break;
      case "case":
        node = this.caseStatement();
        break;
      case "function":
        return this.functionDefinition();
      case "{":
        node = this.braceGroup();
        break;
      case "[[":
        return this.simpleCommand(this.testCommand());
      default:
        if (this.text.charCodeAt(this.pos) === LPAREN && this.pos < this.limit) {
          node = this.code(this.pos + 1) === LPAREN ? this.arithmeticCommand() : this.subshell();
          break;
        }
        return this.simpleCommand(null);
    }
    return this.redirected(node);
  }

  /** Redirections after a compound command. */
  private redirected(body: Node): Node {
    this.blanks();
    if (!this.atRedirect()) return body;
    const children = [withField(body, "body")];
    let end = body.end;
    while (this.atRedirect()) {
      const r = withField(this.redirect(), "redirect");
      children.push(r);
      end = r.end;
      this.blanks();
    }
    return branch("redirected_statement", body.start, end, children);
  }

  // ---- compound commands -------------------------------------------------------------------

  private ifStatement(): Node {
    const children = [this.token("if")];
    this.statements(children, THEN);
    if (this.expectKeyword("then", children)) {
      this.statements(children, IF_BODY);
      for (;;) {
        this.gap();
        const word = this.reserved();
        if (word === "elif") {
          const clause = [this.token("elif")];
          this.statements(clause, THEN);
          if (this.expectKeyword("then", clause)) this.statements(clause, IF_BODY);
          children.push(spanning("elif_clause", clause));
        } else if (word === "else") {
          const clause = [this.token("else")];
          this.statements(clause, FI);
          children.push(spanning("else_clause", clause));
        } else break;
      }
      this.expectKeyword("fi", children);
    }
    return spanning("if_statement", children);
  }

  private whileStatement(word: string): Node {
    const children = [this.token(word)];
    this.statements(children, DO);
    this.gap();
    if (this.reserved() === "do") children.push(this.doGroup());
    else this.error();
    return spanning("while_statement", children);
  }

  private doGroup(): Node {
    const children = [this.token("do")];
    this.statements(children, DONE);
    this.expectKeyword("done", children);
    return spanning("do_group", children);
  }

  /** The body of a `for`: `do ... done` or `{ ... }`. */
  private loopBody(children: Node[]): void {
    this.gap();
    const word = this.reserved();
    if (word === "do") children.push(this.doGroup());
    else if (word === "{") children.push(this.braceGroup());
    else this.error();
  }

  private forStatement(word: string): Node {
    const start = this.pos;
    const children = [this.token(word)];
    this.blanks();
    if (this.startsWith("((")) {
      children.push(this.token("(("));
      const close = this.arithmeticEnd(this.pos, 2);
      if (close === -1) {
        this.error();
        this.pos = this.limit;
        return branch("c_style_for_statement", start, this.pos, children);
      }
      this.opaqueSubstitutions(this.pos, close, children);
      this.pos = close;
      children.push(this.token("))"));
      this.blanks();
      if (this.code() === SEMI) children.push(this.token(";"));
      this.loopBody(children);
      return spanning("c_style_for_statement", children);
    }
    const name = this.word(false);
    if (name) children.push(leaf("variable_name", name.start, name.end));
    else this.error();
    this.blanks();
    // `in words` up to `;` or a newline
    let sawIn = false;
    for (;;) {
      this.blanks();
      const c = this.code();
      if (c === SEMI) {
        children.push(this.token(";"));
        break;
      }
      if (c === NL || c === -1) break;
      if (c === HASH) {
        this.comment();
        break;
      }
      if (!sawIn && this.reserved() === "in") {
        children.push(this.token("in"));
        sawIn = true;
        continue;
      }
      if (this.reserved() === "do") break;
      const w = this.word(false);
      if (!w) {
        this.error();
        break;
      }
      children.push(w);
    }
    this.loopBody(children);
    return spanning("for_statement", children);
  }

  private caseStatement(): Node {
    const children = [this.token("case")];
    this.blanks();
    const subject = this.word(false);
    if (subject) children.push(subject);
    else this.error();
    if (!this.expectKeyword("in", children)) return spanning("case_statement", children);
    for (;;) {
      this.gap();
      const c = this.code();
      if (c === -1) {
        this.error();
        break;
      }
      if (this.reserved() === "esac") {
        children.push(this.token("esac"));
        break;
      }
      const item = this.caseItem();
      if (!item) break;
      children.push(item);
    }
    return spanning("case_statement", children);
  }

  private caseItem(): Node | undefined {
    const children: Node[] = [];
    if (this.code() === LPAREN) children.push(this.token("("));
    for (;;) {
      this.blanks();
      const w = this.word(false);
      if (!w) {
        this.error();
        this.pos = this.limit;
        return undefined;
      }
      children.push(w);
      this.blanks();
      if (this.code() === PIPE) {
        children.push(this.token("|"));
        continue;
      }
      if (this.code() === RPAREN) {
        children.push(this.token(")"));
        break;
      }
      this.error();
      return undefined;
    }
    this.statements(children, ESAC);
    this.blanks();
    if (this.startsWith(";;&")) children.push(this.token(";;&"));
    else if (this.startsWith(";;")) children.push(this.token(";;"));
    else if (this.startsWith(";&")) children.push(this.token(";&"));
    return spanning("case_item", children);
  }

  private functionDefinition(): Node {
    const children = [this.token("function")];
    this.blanks();
    const name = this.word(false);
    if (name) children.push(name);
    else this.error();
    this.blanks();
    // `function f`, `function f()`, `function f ( )`
    if (this.code() === LPAREN) this.parens(children);
    return this.functionBody(children);
  }

  /** `()` after a function's name, blanks allowed inside. */
  private parens(children: Node[]): void {
    children.push(this.token("("));
    this.blanks();
    if (this.code() === RPAREN) children.push(this.token(")"));
    else this.error();
  }

  private functionBody(children: Node[]): Node {
    this.gap();
    if (this.code() === -1) this.error();
    else children.push(this.command(this.reserved()));
    return spanning("function_definition", children);
  }

  private braceGroup(): Node {
    const children = [this.token("{")];
    this.statements(children, RBRACE_STOP);
    this.expectKeyword("}", children);
    return spanning("compound_statement", children);
  }

  private subshell(): Node {
    return this.enclosed("subshell", "(");
  }

  /** `(`, `$(`, `<(` or `>(`, statements, `)`. */
  private enclosed(type: string, open: string): Node {
    const start = this.pos;
    const children = [this.token(open)];
    this.statements(children, NO_STOP);
    if (this.code() === RPAREN) children.push(this.token(")"));
    else this.error();
    return branch(type, start, this.pos, children);
  }

  /** `(( expr ))`: a compound_statement starting with `((`, only its substitutions as children. */
  private arithmeticCommand(): Node {
    const start = this.pos;
    const close = this.arithmeticEnd(start + 2, 2);
    if (close === -1) return this.subshell();
    const children = [this.token("((")];
    this.opaqueSubstitutions(this.pos, close, children);
    this.pos = close;
    children.push(this.token("))"));
    return branch("compound_statement", start, this.pos, children);
  }

  /**
   * Where the `))` closing an arithmetic context opened `open` parentheses deep ends (the index
   * of the first `)`), or -1.
   */
  private arithmeticEnd(from: number, open: number): number {
    const text = this.text;
    let depth = open;
    for (let i = from; i < this.limit; i++) {
      const c = text.charCodeAt(i);
      if (c === LPAREN) depth++;
      else if (c === RPAREN) {
        depth--;
        if (depth === 1 && text.charCodeAt(i + 1) === RPAREN && i + 1 < this.limit) return i;
        if (depth <= 1) return -1;
      } else if (c === SQUOTE || c === DQUOTE || c === BACKTICK) {
        const end = text.indexOf(text[i]!, i + 1);
        if (end === -1 || end >= this.limit) return -1;
        i = end;
      } else if (c === BACKSLASH) i++;
    }
    return -1;
  }

  /** `$(...)` and backtick substitutions inside an opaque region, as children. */
  private opaqueSubstitutions(from: number, to: number, out: Node[]): void {
    const text = this.text;
    const saved = this.pos;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === BACKSLASH) i++;
      else if (
        (c === DOLLAR && text.charCodeAt(i + 1) === LPAREN && text.charCodeAt(i + 2) !== LPAREN) ||
        c === BACKTICK
      ) {
        this.pos = i;
        const node = c === BACKTICK ? this.backtick() : this.commandSubstitution();
        out.push(node);
        i = this.pos - 1;
      }
    }
    this.pos = saved;
  }

  /** `[[ ... ]]`: its operands and operators as children (`&&`, `<`, `(` are not shell operators there). */
  private testCommand(): Node {
    const children = [this.token("[[")];
    let regex = false;
    for (;;) {
      this.blanks();
      const c = this.code();
      if (c === NL) {
        this.newline();
        continue;
      }
      if (c === -1) {
        this.error();
        break;
      }
      if (this.startsWith("]]")) {
        const after = this.code(this.pos + 2);
        if (after === -1 || isClass(after, META)) {
          children.push(this.token("]]"));
          break;
        }
      }
      if (regex) {
        children.push(this.regexWord());
        regex = false;
        continue;
      }
      const n = this.code(this.pos + 1);
      if ((c === AMP && n === AMP) || (c === PIPE && n === PIPE)) {
        children.push(this.token(c === AMP ? "&&" : "||"));
        continue;
      }
      if (c === LPAREN || c === RPAREN || c === LT || c === GT) {
        children.push(this.token(String.fromCharCode(c)));
        continue;
      }
      const w = this.word(false);
      if (!w) {
        this.error();
        this.pos++;
        continue;
      }
      if (w.type === "word" && this.text.slice(w.start, w.end) === "=~") regex = true;
      children.push(w);
    }
    return spanning("test_command", children);
  }

  /** The right side of `=~`: up to a blank outside parentheses and quotes. */
  private regexWord(): Node {
    const text = this.text;
    const start = this.pos;
    let depth = 0;
    while (this.pos < this.limit) {
      const c = text.charCodeAt(this.pos);
      if (c === BACKSLASH) this.pos += 2;
      else if (c === SQUOTE || c === DQUOTE) {
        const end = text.indexOf(text[this.pos]!, this.pos + 1);
        this.pos = end === -1 || end >= this.limit ? this.limit : end + 1;
      } else if (c === LPAREN) {
        depth++;
        this.pos++;
      } else if (c === RPAREN && depth > 0) {
        depth--;
        this.pos++;
      } else if (depth === 0 && (c === SPACE || c === TAB || c === NL)) break;
      else if (depth === 0 && c === RBRACKET && this.startsWith("]]")) break;
      else this.pos++;
    }
    if (this.pos > this.limit) this.pos = this.limit;
    return leaf("regex", start, this.pos);
  }

  // ---- simple commands ---------------------------------------------------------------------

  /** At `<`, `>`, `&>`, or digits directly followed by `<`/`>` (not `<(`/`>(`). */
  private atRedirect(): boolean {
    const text = this.text;
    let i = this.pos;
    const c = this.code();
    if (c === AMP) return this.code(i + 1) === GT;
    while (i < this.limit && isDigit(text.charCodeAt(i))) i++;
    const r = i < this.limit ? text.charCodeAt(i) : -1;
    if (r !== LT && r !== GT) return false;
    return !(i === this.pos && this.code(i + 1) === LPAREN);
  }

  private redirect(): Node {
    const text = this.text;
    const start = this.pos;
    const children: Node[] = [];
    if (isDigit(this.code())) {
      let i = this.pos;
      while (isDigit(text.charCodeAt(i))) i++;
      children.push(leaf("file_descriptor", this.pos, i));
      this.pos = i;
    }
    const op = redirectOperator(text, this.pos, this.limit);
    children.push(this.token(op));
    if (op === "<<" || op === "<<-") return this.heredocRedirect(start, children, op === "<<-");
    this.blanks();
    const target = this.word(false);
    if (target) children.push(target);
    else this.error();
    const type = op === "<<<" ? "herestring_redirect" : "file_redirect";
    return spanning(type, children);
  }

  private heredocRedirect(start: number, children: Node[], stripTabs: boolean): Node {
    this.blanks();
    const word = this.word(false);
    if (!word) {
      this.error();
      return spanning("heredoc_redirect", children);
    }
    const delimiter = leaf("heredoc_start", word.start, word.end);
    children.push(delimiter);
    const raw = this.text.slice(word.start, word.end);
    const node = branch("heredoc_redirect", start, word.end, children);
    const expands = !/["'\\]/.test(raw);
    this.heredocs.push({
      redirect: node,
      delimiter: expands ? raw : raw.replace(/\\(.)|["']/gs, "$1"),
      stripTabs,
      expands,
    });
    return node;
  }

  /** Reads a heredoc body from the cursor (the start of the line after its redirect). */
  private heredocBody(h: PendingHeredoc): void {
    const text = this.text;
    const start = this.pos;
    let lineStart = start;
    while (lineStart < this.limit) {
      let nl = text.indexOf("\n", lineStart);
      if (nl === -1 || nl > this.limit) nl = this.limit;
      let contentStart = lineStart;
      if (h.stripTabs) while (text.charCodeAt(contentStart) === TAB && contentStart < nl) contentStart++;
      if (nl - contentStart === h.delimiter.length && text.startsWith(h.delimiter, contentStart)) {
        const body = branch("heredoc_body", start, lineStart, NONE);
        if (h.expands) body.children = this.bodyParts(start, lineStart);
        h.redirect.children.push(body, leaf("heredoc_end", contentStart, nl));
        this.pos = nl < this.limit ? nl + 1 : nl;
        return;
      }
      lineStart = nl + 1;
    }
    // no delimiter line: the body runs to the end (bash warns; an error here)
    this.error();
    const body = branch("heredoc_body", start, this.limit, NONE);
    if (h.expands) body.children = this.bodyParts(start, this.limit);
    h.redirect.children.push(body);
    this.pos = this.limit;
  }

  /** The expansions and substitutions of an unquoted heredoc's body. */
  private bodyParts(from: number, to: number): Node[] {
    const saved = { pos: this.pos, limit: this.limit, heredocs: this.heredocs };
    this.pos = from;
    this.limit = to;
    this.heredocs = [];
    const parts: Node[] = [];
    const text = this.text;
    while (this.pos < to) {
      const c = text.charCodeAt(this.pos);
      if (c === BACKSLASH) this.pos += 2;
      else if (c === DOLLAR) {
        const node = this.dollar();
        if (node.named) parts.push(node);
      } else if (c === BACKTICK) parts.push(this.backtick());
      else this.pos++;
    }
    this.pos = saved.pos;
    this.limit = saved.limit;
    this.heredocs = saved.heredocs;
    return parts;
  }

  /**
   * A simple command: assignments and redirections, the name, arguments and redirections.
   * `test` is a parsed `[[ ... ]]` that takes the command's place (redirections may follow).
   */
  private simpleCommand(test: Node | null): Node {
    const start = test ? test.start : this.pos;
    const children: Node[] = [];
    let named = test !== null;
    let assignments = 0;
    let redirects = 0;
    let end = test ? test.end : this.pos;
    for (;;) {
      const c = this.blanks();
      if (c === -1 || c === NL || c === SEMI || c === PIPE || c === RPAREN) break;
      if (c === AMP && this.code(this.pos + 1) !== GT) break;
      if (c === HASH) break;
      // (only these characters can start a redirection: no atRedirect() call for the others)
      if ((c === LT || c === GT || c === AMP || (c >= 48 && c <= 57)) && this.atRedirect()) {
        const r = this.redirect();
        children.push(r);
        redirects++;
        end = Math.max(end, r.end);
        continue;
      }
      if (c === LPAREN) {
        // `name() { ...; }`
        if (named && !test && children.length === 1 && this.startsWithParens()) {
          return this.namedFunction(children[0]!);
        }
        break;
      }
      const w = this.word(!named);
      if (!w) {
        this.error();
        this.pos++;
        continue;
      }
      end = w.end;
      if (!named && w.type === "variable_assignment") {
        children.push(w);
        assignments++;
      } else if (!named) {
        named = true;
        children.push(branch("command_name", w.start, w.end, [w]));
      } else children.push(w);
    }
    if (test) {
      if (children.length === 0) return test;
      children.unshift(withField(test, "body"));
      return branch("redirected_statement", start, end, children);
    }
    if (!named && redirects === 0 && assignments === 1) return children[0]!;
    if (!named && redirects === 0 && assignments > 1)
      return branch("variable_assignments", start, end, children);
    if (children.length === 0) this.error();
    return branch("command", start, end, children);
  }

  /** `()` (with optional blanks) at the cursor. */
  private startsWithParens(): boolean {
    let i = this.pos + 1;
    while (this.code(i) === SPACE || this.code(i) === TAB) i++;
    return this.code(i) === RPAREN;
  }

  private namedFunction(name: Node): Node {
    const children = [name.children[0] ?? name];
    this.parens(children);
    return this.functionBody(children);
  }

  // ---- words -------------------------------------------------------------------------------

  /**
   * One word at the cursor, or undefined when none starts here. With `assignment`, `NAME=value`
   * (and `NAME+=`, `NAME[i]=`, `NAME=(a b)`) becomes a variable_assignment.
   */
  private word(assignment: boolean): Node | undefined {
    const start = this.pos;
    const text = this.text;
    const limit = this.limit;
    /** the parts before the current run: null until one is done (most words are one run, no array) */
    let parts: Node[] | null = null;
    /** the start of the current run of plain text (a `word` part), or -1 */
    let runStart = -1;
    /** a `=` in the leading run: only then can the word be an assignment */
    let equals = false;
    for (;;) {
      // a run of plain characters in one tight loop (a table read per character, no calls)
      let i = this.pos;
      let c = -1;
      while (i < limit) {
        c = text.charCodeAt(i);
        if (c < 128 && (CHAR_CLASS[c]! & (META | WORD_PART)) !== 0) break;
        i++;
      }
      if (i > this.pos) {
        if (runStart === -1) runStart = this.pos;
        this.pos = i;
      }
      if (i >= limit) break;
      if (c === BACKSLASH) {
        if (i + 1 < limit && text.charCodeAt(i + 1) === NL) {
          // a line continuation between words is a blank; inside a word it joins its halves
          if (i + 2 >= limit || isClass(text.charCodeAt(i + 2), META)) break;
        }
        if (runStart === -1) runStart = i;
        this.pos = Math.min(i + 2, limit);
        continue;
      }
      const n = i + 1 < limit ? text.charCodeAt(i + 1) : -1;
      if (
        c === SQUOTE ||
        c === DQUOTE ||
        c === BACKTICK ||
        (c === DOLLAR && (n === SQUOTE || n === DQUOTE || isExpansionStart(n)))
      ) {
        parts ??= [];
        if (runStart !== -1) {
          parts.push(leaf("word", runStart, i));
          runStart = -1;
        }
        if (c === SQUOTE) parts.push(this.rawString());
        else if (c === DQUOTE) parts.push(this.string());
        else if (c === BACKTICK) parts.push(this.backtick());
        else parts.push(this.dollar());
        continue;
      }
      if (c === DOLLAR || c === EQUALS) {
        // plain text too
        if (c === EQUALS && parts === null) equals = true;
        if (runStart === -1) runStart = i;
        this.pos++;
        continue;
      }
      if ((c === LT || c === GT) && i === start && n === LPAREN) {
        parts = [this.enclosed("process_substitution", c === LT ? "<(" : ">(")];
        continue;
      }
      if (c === LPAREN && assignment && parts === null && runStart !== -1) {
        // `NAME=(a b c)`
        const head = text.slice(runStart, i);
        if (ASSIGNMENT.test(head) && head.endsWith("=")) {
          parts = [leaf("word", runStart, i)];
          runStart = -1;
          parts.push(this.array());
          continue;
        }
      }
      break; // a metacharacter
    }
    if (parts === null) {
      // one run of plain text, the common case
      if (runStart === -1) return undefined;
      const run = leaf("word", runStart, this.pos);
      return (assignment && equals ? this.assignment(start, [run]) : undefined) ?? run;
    }
    if (runStart !== -1) parts.push(leaf("word", runStart, this.pos));
    const assign = assignment && equals ? this.assignment(start, parts) : undefined;
    if (assign) return assign;
    return parts.length === 1 ? parts[0]! : branch("concatenation", start, this.pos, parts);
  }

  /** `NAME=value` split into name, `=` and value, when the word starts that way. */
  private assignment(start: number, parts: Node[]): Node | undefined {
    const first = parts[0]!;
    if (first.type !== "word") return undefined;
    const text = this.text;
    const m = ASSIGNMENT.exec(text.slice(first.start, first.end));
    if (!m) return undefined;
    const eq = first.start + m[0].length;
    const opLength = text.charCodeAt(eq - 2) === 43 ? 2 : 1; // `+=`
    const nameEnd = eq - opLength;
    const bracket = text.indexOf("[", first.start);
    const name = leaf("variable_name", first.start, bracket !== -1 && bracket < nameEnd ? bracket : nameEnd);
    const children: Node[] = [withField(name, "name"), leaf(opLength === 2 ? "+=" : "=", nameEnd, eq, false)];
    const rest = eq < first.end ? [leaf("word", eq, first.end), ...parts.slice(1)] : parts.slice(1);
    if (rest.length === 1) children.push(withField(rest[0]!, "value"));
    else if (rest.length > 1) {
      children.push(withField(branch("concatenation", rest[0]!.start, this.pos, rest), "value"));
    }
    return branch("variable_assignment", start, this.pos, children);
  }

  /** `(a b c)` after `NAME=`. */
  private array(): Node {
    const children = [this.token("(")];
    for (;;) {
      this.gap();
      const c = this.code();
      if (c === RPAREN) {
        children.push(this.token(")"));
        break;
      }
      const w = c === -1 ? undefined : this.word(false);
      if (!w) {
        this.error();
        break;
      }
      children.push(w);
    }
    return spanning("array", children);
  }

  private rawString(): Node {
    const start = this.pos;
    const end = this.text.indexOf("'", start + 1);
    if (end === -1 || end >= this.limit) {
      this.error();
      this.pos = this.limit;
    } else this.pos = end + 1;
    return leaf("raw_string", start, this.pos);
  }

  /** `"..."`: string_content runs, expansions and substitutions. */
  private string(): Node {
    const text = this.text;
    const limit = this.limit;
    const start = this.pos;
    const children = [this.token('"')];
    /** the start of the current string_content run, or -1 */
    let runStart = -1;
    for (;;) {
      // a run of content in one tight loop; `\x` belongs to it
      let i = this.pos;
      let c = -1;
      while (i < limit) {
        c = text.charCodeAt(i);
        if (c === DQUOTE || c === DOLLAR || c === BACKTICK) break;
        i += c === BACKSLASH ? 2 : 1;
      }
      if (i > limit) i = limit;
      if (i > this.pos) {
        if (runStart === -1) runStart = this.pos;
        this.pos = i;
      }
      if (i === limit) {
        this.error();
        break;
      }
      if (c === DQUOTE) break;
      if (c === DOLLAR && !isExpansionStart(i + 1 < limit ? text.charCodeAt(i + 1) : -1)) {
        if (runStart === -1) runStart = i;
        this.pos++;
        continue;
      }
      if (runStart !== -1) {
        children.push(leaf("string_content", runStart, i));
        runStart = -1;
      }
      children.push(c === DOLLAR ? this.dollar() : this.backtick());
    }
    if (runStart !== -1) children.push(leaf("string_content", runStart, this.pos));
    if (this.pos < limit) children.push(this.token('"')); // (none when unterminated)
    return branch("string", start, this.pos, children);
  }

  /** At `$`: an expansion, a substitution, `$'...'`, `$"..."`, or a plain `$` token. */
  private dollar(): Node {
    const text = this.text;
    const start = this.pos;
    const n = start + 1 < this.limit ? text.charCodeAt(start + 1) : -1;
    if (n === LPAREN) {
      if (this.code(start + 2) === LPAREN) {
        const close = this.arithmeticEnd(start + 3, 2);
        if (close !== -1) {
          this.pos = close + 2;
          return leaf("arithmetic_expansion", start, this.pos);
        }
      }
      return this.commandSubstitution();
    }
    if (n === LBRACE) {
      this.pos = this.braceEnd(start + 2);
      return leaf("expansion", start, this.pos);
    }
    if (n === SQUOTE) {
      let i = start + 2;
      while (i < this.limit && text.charCodeAt(i) !== SQUOTE) i += text.charCodeAt(i) === BACKSLASH ? 2 : 1;
      if (i >= this.limit) {
        this.error();
        this.pos = this.limit;
      } else this.pos = i + 1;
      return leaf("ansi_c_string", start, this.pos);
    }
    if (n === DQUOTE) {
      this.pos++;
      const s = this.string();
      return branch("translated_string", start, s.end, [s]);
    }
    if (isClass(n, NAME_START)) {
      let i = start + 2;
      for (; i < this.limit; i++) {
        const c = text.charCodeAt(i);
        if (c >= 128 || (CHAR_CLASS[c]! & (NAME_START | DIGIT)) === 0) break;
      }
      this.pos = i;
      return leaf("simple_expansion", start, i);
    }
    if (isClass(n, SPECIAL_PARAM)) {
      this.pos = start + 2;
      return leaf("simple_expansion", start, this.pos);
    }
    this.pos++;
    return leaf("$", start, this.pos, false);
  }

  /** The end (after the `}`) of a `${...}` whose inside starts at `from`. */
  private braceEnd(from: number): number {
    const text = this.text;
    let depth = 1;
    for (let i = from; i < this.limit; i++) {
      const c = text.charCodeAt(i);
      if (c === BACKSLASH) i++;
      else if (c === LBRACE) depth++;
      else if (c === RBRACE) {
        if (--depth === 0) return i + 1;
      } else if (c === SQUOTE || c === DQUOTE || c === BACKTICK) {
        const end = text.indexOf(text[i]!, i + 1);
        if (end === -1 || end >= this.limit) break;
        i = end;
      } else if (c === DOLLAR && text.charCodeAt(i + 1) === LPAREN) {
        const saved = this.pos;
        this.pos = i;
        this.commandSubstitution();
        i = this.pos - 1;
        this.pos = saved;
      }
    }
    this.error();
    return this.limit;
  }

  private commandSubstitution(): Node {
    return this.enclosed("command_substitution", "$(");
  }

  /** `` `...` ``: the inside parsed in place, up to the closing backtick. */
  private backtick(): Node {
    const text = this.text;
    const start = this.pos;
    let close = start + 1;
    while (close < this.limit && text.charCodeAt(close) !== BACKTICK)
      close += text.charCodeAt(close) === BACKSLASH ? 2 : 1;
    const children = [this.token("`")];
    if (close >= this.limit) {
      this.error();
      this.pos = this.limit;
      return branch("command_substitution", start, this.pos, children);
    }
    const saved = { limit: this.limit, heredocs: this.heredocs };
    this.limit = close;
    this.heredocs = [];
    this.statements(children, NO_STOP);
    if (this.pos < close) this.error();
    this.limit = saved.limit;
    this.heredocs = saved.heredocs;
    this.pos = close;
    children.push(this.token("`"));
    return branch("command_substitution", start, this.pos, children);
  }
}

const isExpansionStart = (c: number) =>
  c === LPAREN || c === LBRACE || isClass(c, NAME_START | SPECIAL_PARAM);

/** Nothing more can start a command at a character code `c` (-1 at the end). */
const endsStatement = (c: number) => c === -1 || c === RPAREN || c === SEMI || c === AMP || c === PIPE;

/** `then`, `fi`, `done`, ... where a command should start. */
const isTerminalWord = (word: string) =>
  word === "then" ||
  word === "elif" ||
  word === "else" ||
  word === "fi" ||
  word === "do" ||
  word === "done" ||
  word === "esac" ||
  word === "}";

function operatorLength(text: string, at: number): number {
  const two = text.slice(at, at + 2);
  return two === "&&" || two === "||" || two === ";;" || two === "|&" ? 2 : 1;
}

const REDIRECT_OPERATORS = ["<<<", "<<-", "&>>", "<<", ">>", "<&", ">&", "<>", ">|", "&>", "<", ">"];

function redirectOperator(text: string, at: number, limit: number): string {
  for (const op of REDIRECT_OPERATORS) if (at + op.length <= limit && text.startsWith(op, at)) return op;
  return text[at]!;
}

/** Parses a script. Never throws. */
export function parseShellScript(text: string): { root: Node; hasError: boolean } {
  const parser = new ShellParser(text);
  try {
    return { root: parser.program(), hasError: parser.hasError };
  } catch {
    return { root: branch("program", 0, text.length, []), hasError: true };
  }
}
