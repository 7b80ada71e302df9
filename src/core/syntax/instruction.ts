/**
 * Parses one instruction from its logical text (continuations already joined), following
 * BuildKit's `splitCommand` and per-keyword dispatch, into typed arguments with source ranges.
 * It also records the leaves (keyword, flags, words, JSON punctuation...) that become tokens.
 */

import { findSplitSpace, isSpace, skipSpace, skipSplitSpace, trimEndSpace } from "../text/chars.js";
import type { Range } from "../text/range.js";
import type {
  CommandForm,
  Diagnostic,
  ExposePort,
  Flag,
  Instruction,
  InstructionArgs,
  JsonArray,
  KeyValue,
  LogicalText,
  MountOption,
  TokenKind,
  Word,
} from "./cst.js";
import { extractFlags, type FlagWord } from "./flags.js";
import { parseJsonArray } from "./json-array.js";
import { sourceRange } from "./logical-line.js";
import { type Span, splitWhitespace, splitWords } from "./words.js";

export const INSTRUCTION_NAMES = new Set([
  "ADD",
  "ARG",
  "CMD",
  "COPY",
  "ENTRYPOINT",
  "ENV",
  "EXPOSE",
  "FROM",
  "HEALTHCHECK",
  "LABEL",
  "MAINTAINER",
  "ONBUILD",
  "RUN",
  "SHELL",
  "STOPSIGNAL",
  "USER",
  "VOLUME",
  "WORKDIR",
]);

/** Keywords as written -> upper case (keywords repeat: RUN, run, Run...). */
const UPPER = new Map<string, string>();

/** A leaf to become a token: logical span and kind. */
export interface Leaf {
  start: number;
  end: number;
  kind: TokenKind;
}

export interface InstructionContext {
  logical: LogicalText;
  escape: number;
  leaves: Leaf[];
  diagnostics: Diagnostic[];
}

/** Parses the instruction in logical [from, to). `range` is filled in by the caller. */
export function parseInstruction(ctx: InstructionContext, from: number, to: number): Instruction {
  const text = ctx.logical.text;
  const a = skipSpace(text, from, to);
  const b = trimEndSpace(text, a, to);
  const k = findSplitSpace(text, a, b);
  const keyword = text.slice(a, k);
  let name = UPPER.get(keyword);
  if (name === undefined) {
    name = keyword.toUpperCase();
    if (UPPER.size < 256) UPPER.set(keyword, name);
  }
  ctx.leaves.push({ start: a, end: k, kind: "keyword" });

  let flagWords: FlagWord[] = [];
  let restStart = b;
  if (k < b) {
    const s = skipSplitSpace(text, k, b);
    const extracted = extractFlags(text, s, b, ctx.escape);
    flagWords = extracted.flags;
    restStart = skipSpace(text, extracted.restStart, b);
  }
  const flags = flagWords.length === 0 ? [] : flagWords.map((f) => buildFlag(ctx, f));
  const rest = restStart < b ? word(ctx, restStart, b) : null;
  const range = sourceRange(ctx.logical, a, b);
  return {
    keyword,
    name,
    known: INSTRUCTION_NAMES.has(name),
    range,
    keywordRange: sourceRange(ctx.logical, a, k),
    flags,
    rest,
    args: parseArgs(ctx, name, range, restStart, b),
    heredocs: [],
    logical: ctx.logical,
  };
}

function word(ctx: InstructionContext, start: number, end: number): Word {
  return {
    value: ctx.logical.text.slice(start, end),
    range: sourceRange(ctx.logical, start, end),
    at: start,
  };
}

function pushLeaf(ctx: InstructionContext, span: Span, kind: TokenKind): void {
  ctx.leaves.push({ start: span.start, end: span.end, kind });
}

function leafWord(ctx: InstructionContext, span: Span, kind: TokenKind = "word"): Word {
  ctx.leaves.push({ start: span.start, end: span.end, kind });
  return word(ctx, span.start, span.end);
}

function buildFlag(ctx: InstructionContext, f: FlagWord): Flag {
  ctx.leaves.push({ start: f.start, end: f.end, kind: "flag" });
  const cooked = f.cooked;
  const eq = cooked.indexOf("=");
  const nameEnd = eq === -1 ? cooked.length : eq;
  const pos = f.positions;
  const span = (i: number, j: number): Range =>
    j > i ? sourceRange(ctx.logical, pos[i]!, pos[j - 1]! + 1) : sourceRange(ctx.logical, f.end, f.end);
  const flag: Flag = {
    raw: ctx.logical.text.slice(f.start, f.end),
    name: cooked.slice(2, nameEnd),
    value: eq === -1 ? null : cooked.slice(eq + 1),
    range: sourceRange(ctx.logical, f.start, f.end),
    nameRange: span(Math.min(2, nameEnd), nameEnd),
  };
  if (eq !== -1) {
    flag.valueRange = span(eq + 1, cooked.length);
    const lower = flag.name.toLowerCase();
    if (lower === "mount" || lower === "device") {
      const options: MountOption[] = [];
      let s = eq + 1;
      while (s <= cooked.length) {
        let e = cooked.indexOf(",", s);
        if (e === -1) e = cooked.length;
        if (e > s) {
          const field = cooked.slice(s, e);
          const feq = field.indexOf("=");
          options.push({
            key: (feq === -1 ? field : field.slice(0, feq)).trim().toLowerCase(),
            value: feq === -1 ? null : field.slice(feq + 1),
            range: span(s, e),
          });
        }
        s = e + 1;
      }
      flag.options = options;
    }
  }
  return flag;
}

/** The arguments of keyword `name` in logical [from, to); `range` is the instruction's (for diagnostics). */
function parseArgs(
  ctx: InstructionContext,
  name: string,
  range: Range,
  from: number,
  to: number,
): InstructionArgs {
  const text = ctx.logical.text;
  switch (name) {
    case "FROM": {
      const words = splitWhitespace(text, from, to).map((s) => leafWord(ctx, s));
      const hasAs = words.length >= 3 && words[1]!.value.toLowerCase() === "as";
      return hasAs
        ? { type: "from", image: words[0], as: words[1], stage: words[2], extra: words.slice(3) }
        : { type: "from", image: words[0], extra: words.slice(1) };
    }
    case "EXPOSE":
      return { type: "expose", ports: splitWhitespace(text, from, to).map((s) => exposePort(ctx, s)) };
    case "COPY":
    case "ADD": {
      const list = maybeJsonList(ctx, from, to);
      const all = list.words;
      return {
        type: "copy",
        form: list.form,
        json: list.json,
        sources: all.length > 1 ? all.slice(0, -1) : all.slice(),
        destination: all.length > 1 ? all[all.length - 1] : undefined,
      };
    }
    case "VOLUME": {
      const list = maybeJsonList(ctx, from, to);
      return { type: "volume", form: list.form, json: list.json, paths: list.words };
    }
    case "RUN":
    case "CMD":
    case "ENTRYPOINT":
    case "SHELL":
      return { type: "command", ...maybeJson(ctx, from, to) };
    case "ENV":
    case "LABEL":
      return keyValues(ctx, name, range, from, to);
    case "ARG":
      return {
        type: "arg",
        args: splitWords(text, from, to, ctx.escape).map((s) => splitPair(ctx, s)),
      };
    case "USER": {
      if (from >= to) return { type: "user" };
      const colon = text.indexOf(":", from);
      if (colon === -1 || colon >= to) return { type: "user", user: leafWord(ctx, { start: from, end: to }) };
      ctx.leaves.push({ start: from, end: to, kind: "word" });
      return { type: "user", user: word(ctx, from, colon), group: word(ctx, colon + 1, to) };
    }
    case "MAINTAINER":
    case "WORKDIR":
    case "STOPSIGNAL":
      return from < to
        ? { type: "single", value: leafWord(ctx, { start: from, end: to }) }
        : { type: "single" };
    case "HEALTHCHECK": {
      if (from >= to) return { type: "healthcheck", form: "none" };
      let sep = from;
      while (sep < to && !(text.charCodeAt(sep) < 0x80 && isSpace(text.charCodeAt(sep)))) sep++;
      let next = sep;
      while (next < to && text.charCodeAt(next) < 0x80 && isSpace(text.charCodeAt(next))) next++;
      const kind = leafWord(ctx, { start: from, end: sep }, "keyword");
      return { type: "healthcheck", kind, ...maybeJson(ctx, next, to) };
    }
    case "ONBUILD": {
      if (from >= to) return { type: "onbuild" };
      return { type: "onbuild", instruction: parseInstruction(ctx, from, to) };
    }
    default:
      return { type: "unknown", words: splitWhitespace(text, from, to).map((s) => leafWord(ctx, s)) };
  }
}

function exposePort(ctx: InstructionContext, s: Span): ExposePort {
  const w = leafWord(ctx, s);
  const slash = w.value.indexOf("/");
  if (slash === -1) return { word: w, port: w };
  return {
    word: w,
    port: word(ctx, s.start, s.start + slash),
    protocol: word(ctx, s.start + slash + 1, s.end),
  };
}

function jsonArray(ctx: InstructionContext, from: number, to: number): JsonArray | "not-strings" | null {
  const result = parseJsonArray(ctx.logical.text, from, to);
  if (result.kind === "invalid") return null;
  if (result.kind === "not-strings") return "not-strings";
  // Leaves in source order: punctuation and strings interleaved.
  const { punctuation, elements: found } = result;
  let p = 0;
  const elements: Word[] = [];
  for (const e of found) {
    while (p < punctuation.length && punctuation[p]!.start < e.start)
      pushLeaf(ctx, punctuation[p++]!, "operator");
    pushLeaf(ctx, e, "string");
    elements.push({ value: e.value, range: sourceRange(ctx.logical, e.start, e.end), at: e.start });
  }
  while (p < punctuation.length) pushLeaf(ctx, punctuation[p++]!, "operator");
  return { range: sourceRange(ctx.logical, from, to), elements };
}

function notStrings(ctx: InstructionContext, from: number, to: number): void {
  ctx.diagnostics.push({
    code: "json-not-strings",
    message: "when using JSON array syntax, arrays must be comprised of strings only",
    severity: "error",
    phase: "parse",
    range: sourceRange(ctx.logical, from, to),
  });
}

/** RUN, CMD, ENTRYPOINT, SHELL, HEALTHCHECK CMD: exec form, or the whole text as shell form. */
function maybeJson(ctx: InstructionContext, from: number, to: number): CommandForm {
  if (from >= to) return { form: "none" };
  const json = jsonArray(ctx, from, to);
  if (json && json !== "not-strings") return { form: "exec", exec: json };
  if (json === "not-strings") notStrings(ctx, from, to);
  return { form: "shell", shell: leafWord(ctx, { start: from, end: to }, "text") };
}

/** COPY, ADD, VOLUME: exec form, or whitespace-split words. */
function maybeJsonList(
  ctx: InstructionContext,
  from: number,
  to: number,
): { form: "exec" | "shell" | "none"; json?: JsonArray; words: Word[] } {
  const json = jsonArray(ctx, from, to);
  if (json && json !== "not-strings") return { form: "exec", json, words: json.elements };
  if (json === "not-strings") notStrings(ctx, from, to);
  const words = splitWhitespace(ctx.logical.text, from, to).map((s) => leafWord(ctx, s));
  return { form: words.length ? "shell" : "none", words };
}

function splitPair(ctx: InstructionContext, s: Span): KeyValue {
  const text = ctx.logical.text;
  const eq = text.indexOf("=", s.start);
  if (eq === -1 || eq >= s.end) {
    return { key: leafWord(ctx, s), value: null, range: sourceRange(ctx.logical, s.start, s.end) };
  }
  ctx.leaves.push({ start: s.start, end: eq, kind: "word" });
  ctx.leaves.push({ start: eq, end: eq + 1, kind: "operator" });
  ctx.leaves.push({ start: eq + 1, end: s.end, kind: "word" });
  return {
    key: word(ctx, s.start, eq),
    value: word(ctx, eq + 1, s.end),
    equals: sourceRange(ctx.logical, eq, eq + 1),
    range: sourceRange(ctx.logical, s.start, s.end),
  };
}

/** ENV and LABEL: `k=v ...`, or the legacy `k v` form decided by the first word. */
function keyValues(
  ctx: InstructionContext,
  name: string,
  range: Range,
  from: number,
  to: number,
): InstructionArgs {
  const text = ctx.logical.text;
  const words = splitWords(text, from, to, ctx.escape);
  if (words.length === 0) return { type: "keyValue", pairs: [], legacy: false };
  const first = words[0]!;
  const firstEq = text.indexOf("=", first.start);
  if (firstEq === -1 || firstEq >= first.end) {
    const k = findSplitSpace(text, from, to);
    const v = skipSplitSpace(text, k, to);
    const key = leafWord(ctx, { start: from, end: k });
    if (k >= to) {
      ctx.diagnostics.push({
        code: "missing-value",
        message: `${name} must have two arguments`,
        severity: "error",
        phase: "parse",
        range,
      });
      return { type: "keyValue", legacy: true, pairs: [{ key, value: null, range: key.range }] };
    }
    const value = leafWord(ctx, { start: v, end: to });
    return {
      type: "keyValue",
      legacy: true,
      pairs: [{ key, value, range: sourceRange(ctx.logical, from, to) }],
    };
  }
  const pairs = words.map((s) => splitPair(ctx, s));
  for (const p of pairs) {
    if (p.value === null) {
      ctx.diagnostics.push({
        code: "missing-equals",
        message: `Syntax error - can't find = in "${p.key.value}". Must be of the form: name=value`,
        severity: "error",
        phase: "parse",
        range: p.range,
      });
    }
  }
  return { type: "keyValue", legacy: false, pairs };
}
