/**
 * The Dockerfile parser: text -> lossless CST, with BuildKit's line semantics (parser directives,
 * escape character, continuations with comment and blank lines inside them, heredocs).
 * It never throws; problems are diagnostics.
 */
import { heredocsFromLine } from "../lex/heredoc.js";
import { isRegexSpace, isSpace, skipSpace } from "../text/chars.js";
import type {
  Comment,
  Diagnostic,
  Directive,
  DockerfileCst,
  Heredoc,
  Instruction,
  LogicalText,
  ParseResult,
  Token,
  TokenKind,
} from "./cst.js";
import { type InstructionContext, type Leaf, parseInstruction } from "./instruction.js";
import { sourceRange } from "./logical-line.js";
import { validateInstruction } from "./validate.js";

const NEWLINE = 0x0a;
const CR = 0x0d;
const HASH = 0x23;
const BACKSLASH = 0x5c;
const BACKTICK = 0x60;
const MAX_LINE_BYTES = 65535;
const KNOWN_DIRECTIVES = new Set(["syntax", "escape", "check"]);

/** A line as {@link Parser.readLine} reads it: one object, refilled by each call (no allocation per line). */
interface Line {
  start: number;
  /** the content's first character that is not Unicode space (contentEnd when blank) */
  contentStart: number;
  /** end of content: trailing \r and \n removed */
  contentEnd: number;
  /** after the line break, or text length */
  end: number;
}

export function parse(text: string): ParseResult {
  return new Parser(text).run();
}

class Parser {
  private readonly tokens: Token[] = [];
  private readonly directives: Directive[] = [];
  private readonly comments: Comment[] = [];
  private readonly instructions: Instruction[] = [];
  private readonly diagnostics: Diagnostic[] = [];
  private escape = BACKSLASH;
  private directivesDone = false;
  private readonly seenDirectives = new Set<string>();
  private pos = 0;
  private readonly line: Line = { start: 0, contentStart: 0, contentEnd: 0, end: 0 };

  constructor(private readonly text: string) {}

  run(): ParseResult {
    const text = this.text;
    if (text.charCodeAt(0) === 0xfeff) {
      this.token("bom", 0, 1);
      this.pos = 1;
    }
    // Tokens are pushed inline here and in emitInstructionTokens (a token() call each costs in cold code).
    const tokens = this.tokens;
    while (this.pos < text.length) {
      // A top-level line: directive, blank, comment, or the first line of an instruction.
      const line = this.readLine();
      const cs = line.contentStart;
      if (!this.directivesDone && this.directive(line, cs)) continue;
      this.directivesDone = true;
      if (cs > line.start) tokens.push({ kind: "whitespace", start: line.start, end: cs });
      if (cs < line.contentEnd && text.charCodeAt(cs) !== HASH) {
        this.instruction(line, cs);
        continue;
      }
      if (cs < line.contentEnd) this.comment(cs, line.contentEnd);
      if (line.end > line.contentEnd) tokens.push({ kind: "newline", start: line.contentEnd, end: line.end });
    }
    if (this.instructions.length === 0) {
      this.diagnostics.push({
        code: "no-instructions",
        message: "file with no instructions",
        severity: "error",
        phase: "parse",
        range: { start: text.length, end: text.length },
      });
    }
    const cst: DockerfileCst = {
      tokens: this.tokens,
      directives: this.directives,
      comments: this.comments,
      instructions: this.instructions,
      escape: this.escape === BACKTICK ? "`" : "\\",
      text,
    };
    return { cst, diagnostics: this.diagnostics };
  }

  private readLine(): Line {
    const text = this.text;
    const start = this.pos;
    const nl = text.indexOf("\n", start);
    const end = nl === -1 ? text.length : nl + 1;
    let contentEnd = nl === -1 ? text.length : nl;
    while (contentEnd > start) {
      const c = text.charCodeAt(contentEnd - 1);
      if (c !== CR && c !== NEWLINE) break;
      contentEnd--;
    }
    const contentStart = skipSpace(text, start, contentEnd);
    this.pos = end;
    const line = this.line;
    line.start = start;
    line.contentStart = contentStart;
    line.contentEnd = contentEnd;
    line.end = end;
    if (contentEnd - start > MAX_LINE_BYTES / 3 && utf8Length(text, start, contentEnd) > MAX_LINE_BYTES) {
      this.diagnostics.push({
        code: "line-too-long",
        message: `dockerfile line greater than max allowed size of ${MAX_LINE_BYTES}`,
        severity: "error",
        phase: "parse",
        range: { start, end: contentEnd },
      });
    }
    return line;
  }

  private token(kind: TokenKind, start: number, end: number): void {
    if (end > start) this.tokens.push({ kind, start, end });
  }

  private comment(start: number, end: number): void {
    this.token("comment", start, end);
    this.comments.push({ value: this.text.slice(start + 1, end).trim(), range: { start, end } });
  }

  /** `# key = value` at the top of the file (BuildKit's reDirective). Returns false when it ends the block. */
  private directive(line: Line, cs: number): boolean {
    const text = this.text;
    const end = line.contentEnd;
    if (cs >= end || text.charCodeAt(cs) !== HASH) return false;
    let i = cs + 1;
    while (i < end && isRegexSpace(text.charCodeAt(i))) i++;
    const nameStart = i;
    if (i >= end || !isAsciiLetter(text.charCodeAt(i))) return false;
    while (i < end && (isAsciiLetter(text.charCodeAt(i)) || isAsciiDigit(text.charCodeAt(i)))) i++;
    const nameEnd = i;
    while (i < end && isRegexSpace(text.charCodeAt(i))) i++;
    if (i >= end || text.charCodeAt(i) !== 0x3d) return false;
    i++;
    const afterEq = i;
    while (i < end && isRegexSpace(text.charCodeAt(i))) i++;
    let valueEnd = end;
    while (valueEnd > i && isRegexSpace(text.charCodeAt(valueEnd - 1))) valueEnd--;
    let valueStart = i;
    if (valueStart >= valueEnd) {
      // `(.+?)` needs one character: with only blanks after `=`, it takes the last one.
      if (end <= afterEq) return false;
      valueStart = end - 1;
      valueEnd = end;
    }
    const name = text.slice(nameStart, nameEnd).toLowerCase();
    if (!KNOWN_DIRECTIVES.has(name)) return false;
    const range = { start: cs, end };
    const value = text.slice(valueStart, valueEnd);
    if (this.seenDirectives.has(name)) {
      this.diagnostics.push({
        code: "duplicate-directive",
        message: `only one ${name} parser directive can be used`,
        severity: "error",
        phase: "parse",
        range,
      });
    }
    this.seenDirectives.add(name);
    if (name === "escape") {
      if (value === "`") this.escape = BACKTICK;
      else if (value === "\\") this.escape = BACKSLASH;
      else {
        this.diagnostics.push({
          code: "invalid-escape",
          message: `invalid escape token '${value}' does not match \` or \\`,
          severity: "error",
          phase: "parse",
          range: { start: valueStart, end: valueEnd },
        });
      }
    }
    this.directives.push({
      name,
      value,
      range,
      nameRange: { start: nameStart, end: nameEnd },
      valueRange: { start: valueStart, end: valueEnd },
    });
    this.token("whitespace", line.start, cs);
    this.token("directive", cs, end);
    this.token("newline", line.contentEnd, line.end);
    return true;
  }

  private instruction(first: Line, cs: number): void {
    const text = this.text;
    const esc = this.escape;
    // The logical segments are the pieces of `map`; the trivia between them (continuations, newlines,
    // comment and blank lines) are tokens already, in source order (non-empty ones only).
    const trivia: Token[] = [];
    const map: number[] = [];
    let logicalLength = 0;
    let lastContentEnd = first.contentEnd;
    let hasEmptyContinuation = false;

    // One logical segment per instruction line, from `segStart` (written inline: no calls per line).
    let line = first;
    let segStart = cs;
    for (;;) {
      // The continuation escape: the last character before trailing blanks, unless it is escaped itself.
      let k = line.contentEnd - 1;
      while (k >= segStart) {
        const c = text.charCodeAt(k);
        if (c !== 0x20 && c !== 0x09) break;
        k--;
      }
      const continued =
        k >= segStart && text.charCodeAt(k) === esc && !(k > segStart && text.charCodeAt(k - 1) === esc);
      const segEnd = continued ? k : line.contentEnd;
      // An empty first segment still anchors the map, so empty ranges land at the keyword.
      if (segEnd > segStart || map.length === 0) {
        map.push(logicalLength, segStart, segEnd - segStart);
        logicalLength += segEnd - segStart;
      }
      if (!continued) {
        if (line.end > line.contentEnd)
          trivia.push({ kind: "newline", start: line.contentEnd, end: line.end });
        break;
      }
      trivia.push({ kind: "continuation", start: k, end: line.end });

      // Comment and blank lines inside the continuation are trivia; the next other line continues it.
      let next: Line | null = null;
      while (next === null && this.pos < text.length) {
        const l = this.readLine();
        lastContentEnd = l.contentEnd;
        const ls = l.contentStart;
        if (ls < l.contentEnd && text.charCodeAt(ls) === HASH) {
          if (ls > l.start) trivia.push({ kind: "whitespace", start: l.start, end: ls });
          trivia.push({ kind: "comment", start: ls, end: l.contentEnd });
          this.comments.push({
            value: text.slice(ls + 1, l.contentEnd).trim(),
            range: { start: ls, end: l.contentEnd },
          });
          if (l.end > l.contentEnd) trivia.push({ kind: "newline", start: l.contentEnd, end: l.end });
        } else if (ls === l.contentEnd) {
          hasEmptyContinuation = true;
          if (ls > l.start) trivia.push({ kind: "whitespace", start: l.start, end: ls });
          if (l.end > ls) trivia.push({ kind: "newline", start: ls, end: l.end });
        } else next = l;
      }
      if (next === null) break;
      line = next;
      segStart = line.start;
    }

    // One piece (the common case) stays a slice of the source; several are joined once.
    let logicalText: string;
    if (map.length === 3) logicalText = text.slice(map[1]!, map[1]! + map[2]!);
    else {
      const parts: string[] = [];
      for (let m = 0; m < map.length; m += 3) parts.push(text.slice(map[m + 1]!, map[m + 1]! + map[m + 2]!));
      logicalText = parts.join("");
    }
    const logical: LogicalText = { text: logicalText, map };
    const ctx: InstructionContext = {
      logical,
      escape: this.escape,
      leaves: [],
      diagnostics: this.diagnostics,
    };
    const inst = parseInstruction(ctx, 0, logicalText.length);
    inst.range = { start: cs, end: lastContentEnd };

    if (hasEmptyContinuation) {
      this.diagnostics.push({
        code: "empty-continuation",
        message: `Empty continuation line found in: ${logicalText}`,
        severity: "warning",
        phase: "parse",
        range: inst.range,
      });
    }

    let heredocTokens: Token[] | null = null;
    const target = inst.name === "ONBUILD" && inst.args.type === "onbuild" ? inst.args.instruction : inst;
    if (target && canContainHeredoc(target) && logicalText.includes("<<")) {
      const found = heredocsFromLine(logicalText);
      if (found.error) {
        this.diagnostics.push({
          code: "invalid-heredoc",
          message: found.error,
          severity: "error",
          phase: "parse",
          range: inst.range,
        });
      } else if (found.heredocs.length > 0) {
        for (const { start, end, ...spec } of found.heredocs) {
          heredocTokens ??= [];
          const heredoc = this.heredocBody(spec, heredocTokens);
          if (start !== undefined && end !== undefined) heredoc.marker = sourceRange(logical, start, end);
          target.heredocs.push(heredoc);
          inst.range = { start: cs, end: heredoc.terminator ? heredoc.terminator.end : heredoc.body.end };
          if (!heredoc.terminated) {
            this.diagnostics.push({
              code: "unterminated-heredoc",
              message: "unterminated heredoc",
              severity: "error",
              phase: "parse",
              range: { start: cs, end: heredoc.body.end },
            });
          }
        }
        if (target !== inst) inst.heredocs = target.heredocs;
      }
    }

    validateInstruction(inst, this.diagnostics);
    this.emitInstructionTokens(map, trivia, ctx.leaves);
    if (heredocTokens) for (const t of heredocTokens) this.token(t.kind, t.start, t.end);
    this.instructions.push(inst);
  }

  /** Consumes body lines up to the terminator; records tokens for them. */
  private heredocBody(
    spec: { name: string; expand: boolean; chomp: boolean; fd: number },
    out: Token[],
  ): Heredoc {
    const text = this.text;
    const bodyStart = this.pos;
    while (this.pos < text.length) {
      const lineStart = this.pos;
      const line = this.readLine();
      let s = line.start;
      if (spec.chomp) while (s < line.contentEnd && text.charCodeAt(s) === 0x09) s++;
      if (line.contentEnd - s === spec.name.length && text.startsWith(spec.name, s)) {
        out.push({ kind: "heredoc-body", start: bodyStart, end: lineStart });
        out.push({ kind: "whitespace", start: line.start, end: s });
        out.push({ kind: "heredoc-end", start: s, end: line.contentEnd });
        out.push({ kind: "newline", start: line.contentEnd, end: line.end });
        return {
          ...spec,
          content: text.slice(bodyStart, lineStart),
          body: { start: bodyStart, end: lineStart },
          terminator: { start: s, end: line.contentEnd },
          terminated: true,
        };
      }
    }
    out.push({ kind: "heredoc-body", start: bodyStart, end: text.length });
    return {
      ...spec,
      content: text.slice(bodyStart),
      body: { start: bodyStart, end: text.length },
      terminated: false,
    };
  }

  /**
   * Emits the instruction's tokens in source order: its trivia tokens as they are, and its logical
   * segments (the pieces of `map`) cut at leaf boundaries.
   */
  private emitInstructionTokens(map: number[], trivia: Token[], leaves: Leaf[]): void {
    for (let i = 1; i < leaves.length; i++) {
      if (leaves[i]!.start < leaves[i - 1]!.start) {
        leaves.sort((a, b) => a.start - b.start);
        break;
      }
    }
    const text = this.text;
    const tokens = this.tokens;
    let li = 0;
    let ti = 0;
    // Indexed loops: this runs per instruction on the cold path.
    for (let m = 0; m < map.length; m += 3) {
      const length = map[m + 2]!;
      if (length === 0) continue;
      const segStart = map[m]!;
      const sourceStart = map[m + 1]!;
      // Non-empty pieces do not overlap: the trivia before this segment starts before it.
      while (ti < trivia.length && trivia[ti]!.start < sourceStart) tokens.push(trivia[ti++]!);
      const segEnd = segStart + length;
      const delta = sourceStart - segStart;
      let p = segStart;
      while (p < segEnd) {
        while (li < leaves.length && leaves[li]!.end <= p) li++;
        const leaf = leaves[li];
        if (leaf && leaf.start <= p && leaf.end > p) {
          const e = Math.min(leaf.end, segEnd);
          tokens.push({ kind: leaf.kind, start: p + delta, end: e + delta });
          p = e;
        } else {
          // A gap between leaves: whitespace unless it has a non-space character.
          const e = leaf ? Math.min(leaf.start, segEnd) : segEnd;
          let kind: TokenKind = "whitespace";
          for (let i = p + delta; i < e + delta; i++) {
            const c = text.charCodeAt(i);
            if (c !== 0x20 && ((c > 0x20 && c < 0x85) || !isSpace(c))) {
              kind = "word";
              break;
            }
          }
          tokens.push({ kind, start: p + delta, end: e + delta });
          p = e;
        }
      }
    }
    while (ti < trivia.length) tokens.push(trivia[ti++]!);
  }
}

function canContainHeredoc(inst: Instruction): boolean {
  if (inst.name !== "RUN" && inst.name !== "COPY" && inst.name !== "ADD") return false;
  if (inst.args.type === "command") return inst.args.form !== "exec";
  if (inst.args.type === "copy") return inst.args.form !== "exec";
  return true;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function utf8Length(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
