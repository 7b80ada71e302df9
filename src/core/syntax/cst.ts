/**
 * The concrete syntax tree of a Dockerfile: plain, JSON-serialisable data.
 *
 * Lossless by construction: `tokens` is a flat list of spans that covers the input contiguously,
 * every character in exactly one token (content or trivia), so `print` is their concatenation. The
 * structured view (directives, comments, instructions and their typed arguments) sits on top and
 * points into the text with source ranges (UTF-16 offsets, half-open).
 *
 * Values follow BuildKit's parser: argument text is the *logical* text (line continuations,
 * comment lines and blank lines inside a continuation removed), with quotes and escapes kept.
 * Unquoting and variable expansion belong to the semantic layer.
 */
import type { Range } from "../text/range.js";

export type TokenKind =
  | "bom"
  | "whitespace"
  | "newline"
  | "comment"
  | "directive"
  /** escape character + trailing blanks + line break that joins two physical lines */
  | "continuation"
  | "keyword"
  | "flag"
  | "word"
  /** `=` between key and value, JSON punctuation `[` `,` `]` */
  | "operator"
  /** a JSON string in exec form */
  | "string"
  /** shell text of a shell-form RUN/CMD/ENTRYPOINT/SHELL/HEALTHCHECK CMD */
  | "text"
  | "heredoc-body"
  | "heredoc-end";

/** A token is a span of the source; its text is `cst.text.slice(start, end)`. */
export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
}

/** A piece of logical text and where it sits in the source. */
export interface Word {
  value: string;
  range: Range;
  /** index of the word's first character in its instruction's logical text */
  at: number;
}

export interface MountOption {
  key: string;
  value: string | null;
  range: Range;
}

export interface Flag {
  /** logical text of the whole flag word, e.g. `--mount=type=cache,target=/root/.cache` */
  raw: string;
  /** name without dashes, as written (BuildKit compares flag names case-sensitively) */
  name: string;
  /** value after the first `=`, with BuildKit's quote and escape removal; null for a bare flag */
  value: string | null;
  range: Range;
  nameRange: Range;
  valueRange?: Range;
  /** `--mount` and `--device` values split into comma-separated key[=value] options */
  options?: MountOption[];
}

export interface JsonArray {
  range: Range;
  /** decoded string elements; ranges cover each JSON string including its quotes */
  elements: Word[];
}

/** Exec (JSON) or shell form of RUN, CMD, ENTRYPOINT, SHELL and HEALTHCHECK CMD. */
export interface CommandForm {
  form: "exec" | "shell" | "none";
  exec?: JsonArray;
  /** the whole shell text (logical), e.g. `apt-get update &&   apt-get install x` */
  shell?: Word;
}

export interface KeyValue {
  key: Word;
  /** null in a malformed pair (no `=` in a later word, or legacy form with one word) */
  value: Word | null;
  equals?: Range;
  range: Range;
}

export interface ExposePort {
  word: Word;
  /** `8080`, `8000-8010` or `${PORT}`, without protocol */
  port: Word;
  protocol?: Word;
}

export type InstructionArgs =
  | { type: "from"; image?: Word; as?: Word; stage?: Word; extra: Word[] }
  | ({ type: "copy"; sources: Word[]; destination?: Word; json?: JsonArray } & {
      form: "exec" | "shell" | "none";
    })
  | ({ type: "command" } & CommandForm)
  | { type: "keyValue"; pairs: KeyValue[]; legacy: boolean }
  | { type: "arg"; args: KeyValue[] }
  | { type: "expose"; ports: ExposePort[] }
  | { type: "user"; user?: Word; group?: Word }
  | ({ type: "healthcheck"; kind?: Word } & CommandForm)
  | { type: "onbuild"; instruction?: Instruction }
  | { type: "single"; value?: Word }
  | { type: "volume"; form: "exec" | "shell" | "none"; json?: JsonArray; paths: Word[] }
  | { type: "unknown"; words: Word[] };

export interface Heredoc {
  name: string;
  /** false when any part of the delimiter word is quoted: the body is not expanded */
  expand: boolean;
  /** `<<-`: leading tabs are removed from every body line */
  chomp: boolean;
  fd: number;
  /** the `<<EOF` word on the instruction line, when it could be located */
  marker?: Range;
  /** raw body lines, each with its original line ending, terminator excluded */
  content: string;
  body: Range;
  terminator?: Range;
  terminated: boolean;
}

/**
 * The logical line of an instruction and its map back to the source: `map` holds triples
 * (logicalStart, sourceStart, length) of the source pieces the logical text is made of.
 */
export interface LogicalText {
  text: string;
  map: number[];
}

export type InstructionName =
  | "ADD"
  | "ARG"
  | "CMD"
  | "COPY"
  | "ENTRYPOINT"
  | "ENV"
  | "EXPOSE"
  | "FROM"
  | "HEALTHCHECK"
  | "LABEL"
  | "MAINTAINER"
  | "ONBUILD"
  | "RUN"
  | "SHELL"
  | "STOPSIGNAL"
  | "USER"
  | "VOLUME"
  | "WORKDIR";

export interface Instruction {
  /** the keyword as written */
  keyword: string;
  /** upper-cased keyword; one of InstructionName for known instructions */
  name: string;
  known: boolean;
  /** from the keyword to the end of the last line consumed (heredoc terminator included), final line break excluded */
  range: Range;
  keywordRange: Range;
  flags: Flag[];
  /** the text after keyword and flags, trimmed; null when empty */
  rest: Word | null;
  args: InstructionArgs;
  heredocs: Heredoc[];
  /** shared with an ONBUILD's inner instruction */
  logical: LogicalText;
}

export interface Directive {
  /** lower-cased: syntax | escape | check */
  name: string;
  value: string;
  range: Range;
  nameRange: Range;
  valueRange: Range;
}

export interface Comment {
  /** text after `#`, trimmed */
  value: string;
  range: Range;
}

export interface Diagnostic {
  code: string;
  message: string;
  severity: "error" | "warning";
  /**
   * `parse`: BuildKit's parser rejects the file (or warns, for warnings);
   * `build`: the parser accepts it, but building fails when the instruction is dispatched
   * (unknown instruction or flag, wrong number of arguments, ...).
   */
  phase: "parse" | "build";
  range: Range;
}

export interface DockerfileCst {
  tokens: Token[];
  directives: Directive[];
  /** top-level comment lines and comment lines inside continuations, in source order */
  comments: Comment[];
  instructions: Instruction[];
  escape: "\\" | "`";
  /** the source text the tokens index into */
  text: string;
}

export interface ParseResult {
  cst: DockerfileCst;
  diagnostics: Diagnostic[];
}
