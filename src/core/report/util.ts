/** Helpers shared by the formatters: paths, ordering, escaping, hashing. */
import type { FileResult, Finding, FormatOptions, Severity } from "./types.js";

/** Highest first. */
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info", "style"];

/**
 * The path to show for a file: forward slashes, relative to `cwd` when the file is inside it,
 * without a leading "./". Files outside `cwd` keep their absolute path.
 */
export function displayPath(file: string, cwd?: string): string {
  let p = file.replace(/\\/g, "/");
  if (cwd) {
    let base = cwd.replace(/\\/g, "/");
    if (!base.endsWith("/")) base += "/";
    if (samePrefix(p, base)) p = p.slice(base.length);
    else if (`${p}/` === base) p = ".";
  }
  while (p.startsWith("./") && p.length > 2) p = p.slice(2);
  return p;
}

/** A prefix test that ignores the case of a Windows drive letter. */
function samePrefix(path: string, base: string): boolean {
  if (path.length < base.length) return false;
  const head = path.slice(0, base.length);
  if (head === base) return true;
  return (
    /^[a-z]:\//i.test(base) &&
    head[0]!.toLowerCase() === base[0]!.toLowerCase() &&
    head.slice(1) === base.slice(1)
  );
}

/** A file's result ready to print: its display path and its findings in order. */
export interface FileReport {
  path: string;
  result: FileResult;
  findings: Finding[];
}

/**
 * Every formatter prints files sorted by display path and findings by position (then rule and
 * message), so the output does not depend on the order the linter produced them. Positions are
 * clamped to sane 1-based values (end never before start).
 */
export function prepare(results: readonly FileResult[], options: FormatOptions): FileReport[] {
  const files = results.map((result) => ({
    path: displayPath(result.file, options.cwd),
    result,
    findings: result.findings.map(normalize).sort(compareFindings),
  }));
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function normalize(f: Finding): Finding {
  const line = atLeastOne(f.line);
  const column = atLeastOne(f.column);
  const endLine = Math.max(line, atLeastOne(f.endLine));
  let endColumn = atLeastOne(f.endColumn);
  if (endLine === line && endColumn < column) endColumn = column;
  if (line === f.line && column === f.column && endLine === f.endLine && endColumn === f.endColumn) return f;
  return { ...f, line, column, endLine, endColumn };
}

function atLeastOne(n: number): number {
  return Number.isFinite(n) && n >= 1 ? Math.floor(n) : 1;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.line - b.line ||
    a.column - b.column ||
    a.endLine - b.endLine ||
    a.endColumn - b.endColumn ||
    compareText(a.rule, b.rule) ||
    compareText(a.message, b.message)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Lines as the linter counts them (split at "\n"), without a CRLF file's "\r". */
export function sourceLines(source: string): string[] {
  return source.split("\n").map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l));
}

/** "rule (FIRST-ALIAS)", or the rule alone. */
export function ruleLabel(f: Pick<Finding, "rule" | "aliases">): string {
  return f.aliases.length > 0 ? `${f.rule} (${f.aliases[0]})` : f.rule;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** One line of text: line breaks and the blanks around them become one space. */
export function oneLine(s: string): string {
  return s.replace(/[ \t]*[\r\n]\s*/g, " ");
}

/** A control or bidi-override character as something harmless to print to a terminal. */
export function visibleChar(cp: number): string {
  if (cp < 0x20) return String.fromCodePoint(0x2400 + cp); // ␀ … ␟ (control pictures)
  if (cp === 0x7f) return "\u2421"; // ␡
  if ((cp >= 0x80 && cp <= 0x9f) || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) {
    return "\ufffd";
  }
  return String.fromCodePoint(cp);
}

const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** what terminalText changes: UNSAFE's characters (line breaks and tabs among them) */
const TERMINAL_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/**
 * Text for a terminal line: one line, tabs as spaces, no escape sequences or bidi overrides
 * (a message or file name from the linted text must not drive the terminal).
 */
export function terminalText(s: string): string {
  // most messages have nothing to replace: one test instead of three replaces
  if (!TERMINAL_UNSAFE.test(s)) return s;
  return oneLine(s)
    .replace(/\t/g, " ")
    .replace(UNSAFE, (ch) => visibleChar(ch.charCodeAt(0)));
}

/** Characters XML 1.0 cannot carry (and lone surrogates) become U+FFFD. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const XML_ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/** An XML attribute value (double-quoted); tabs and line breaks survive attribute normalisation. */
export function xmlAttr(s: string): string {
  return s.replace(NOT_XML, "\ufffd").replace(/[&<>"'\t\n\r]/g, (c) => XML_ENTITIES[c]!);
}

/** XML character data. */
export function xmlText(s: string): string {
  return s.replace(NOT_XML, "\ufffd").replace(/[&<>\r]/g, (c) => XML_ENTITIES[c]!);
}

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

/** FNV-1a, 64 bits, over the UTF-8 bytes of `text`, as 16 hex digits (stable ids without node:crypto). */
export function fnv1a64(text: string): string {
  let h = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    h = ((h ^ BigInt(byte)) * FNV_PRIME) & MASK_64;
  }
  return h.toString(16).padStart(16, "0");
}
