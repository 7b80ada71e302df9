/**
 * Heredoc detection as BuildKit's parser does it (`heredocsFromLine`, `ParseHeredoc`): the logical line
 * is split into words by the shell lexer (quotes, escapes and `$vars` kept as written, whitespace after an
 * unquoted `<<` kept in the word), and each word matching `^(\d*)<<(-?)\s*([^<]*)$` whose remainder is
 * exactly one shell word opens a heredoc. The heredoc lexer always uses `\` as its escape token.
 */

import { isRegexSpace } from "../text/chars.js";
import { type EnvLookup, processWords, processWordsWithSpans } from "./word-lexer.js";

export interface HeredocSpec {
  name: string;
  /** false when any part of the delimiter word was quoted: the body is then not expanded */
  expand: boolean;
  /** `<<-`: leading tabs are removed from the terminator line (and, later, from every body line) */
  chomp: boolean;
  /** file descriptor before `<<` (0 when absent) */
  fd: number;
  /** from heredocsFromLine only: offsets of the opener word in the line (`start` inclusive, `end` exclusive) */
  start?: number;
  end?: number;
}

/** 2^64 - 1, as closely as a number can hold it */
const MAX_UINT64 = 2 ** 64 - 1;

const unset: EnvLookup = () => undefined;

/** Heredocs opened on an assembled logical line of RUN/COPY/ADD, in order; `{error}` on a bad delimiter. */
export function heredocsFromLine(line: string): { heredocs: HeredocSpec[]; error?: string } {
  // BuildKit's parser only looks for heredocs on lines containing "<<"
  if (!line.includes("<<")) return { heredocs: [] };
  const { result, starts, ends } = processWordsWithSpans(line, unset, {
    rawQuotes: true,
    rawEscapes: true,
    skipUnsetEnv: true,
  });
  // A lexing error anywhere on the line (e.g. an unbalanced quote) silently disables detection.
  if (!result.ok) return { heredocs: [] };
  const heredocs: HeredocSpec[] = [];
  for (let i = 0; i < result.words.length; i++) {
    const h = parseHeredoc(result.words[i]!);
    if (h === null) continue;
    if ("error" in h) return { heredocs: [], error: h.error };
    heredocs.push({ ...h, start: starts[i]!, end: ends[i]! });
  }
  return { heredocs };
}

/** A heredoc opener word (`<<EOF`, `3<<-"EOF"`, `<< EOF`…): its spec, null if it is not one, or `{error}`. */
export function parseHeredoc(word: string): HeredocSpec | null | { error: string } {
  const n = word.length;
  let i = 0;
  while (i < n && isAsciiDigit(word.charCodeAt(i))) i++;
  const digits = word.slice(0, i);
  if (word.charCodeAt(i) !== 0x3c || word.charCodeAt(i + 1) !== 0x3c) return null;
  i += 2;
  const chomp = word.charCodeAt(i) === 0x2d;
  if (chomp) i++;
  while (i < n && isRegexSpace(word.charCodeAt(i))) i++;
  const rest = word.slice(i);
  if (rest === "" || rest.includes("<")) return null;

  // Lex the delimiter without and with quotes: a quote count difference means part of it was quoted.
  const plain = processWords(rest, unset, { skipUnsetEnv: true });
  if (!plain.ok) return { error: plain.error ?? "invalid heredoc delimiter" };
  if (plain.words.length !== 1) return null;
  const raw = processWords(rest, unset, { skipUnsetEnv: true, rawQuotes: true });
  if (!raw.ok) return { error: raw.error ?? "invalid heredoc delimiter" };
  if (raw.words.length !== 1)
    return { error: `internal lexing of heredoc produced inconsistent results: ${rest}` };
  const name = plain.words[0]!;
  return {
    name,
    expand: countQuotes(name) === countQuotes(raw.words[0]!),
    chomp,
    fd: parseFd(digits),
  };
}

function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function countQuotes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x27 || c === 0x22) n++;
  }
  return n;
}

/** strconv.ParseUint(digits, 10, 0) with the error ignored: "" is 0, overflow saturates at 2^64-1. */
function parseFd(digits: string): number {
  if (digits === "") return 0;
  const v = Number(digits);
  return Math.min(v, MAX_UINT64);
}
