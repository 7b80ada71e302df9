/**
 * The shell scripts an instruction runs, as the shell sees them, each with a map back to the
 * Dockerfile: a shell-form RUN/CMD/ENTRYPOINT body (continuations removed); heredoc bodies that
 * are scripts (`RUN <<EOF`, `RUN bash <<EOF`, with an sh/bash shebang or none); the
 * `sh -c "..."` string of an exec form; and the argv of any other exec-form RUN, as one command.
 */
import type { RangeSource } from "../shell/analyze.js";
import { baseName } from "../shell/commands/argv.js";
import type { ShellSource } from "../shell/types.js";
import type { Heredoc, Instruction, Word } from "../syntax/cst.js";
import { sourceRange, toSource } from "../syntax/logical-line.js";

const SHELLS = new Set([
  "sh",
  "bash",
  "ash",
  "dash",
  "ksh",
  "zsh",
  "/bin/sh",
  "/bin/bash",
  "/bin/ash",
  "/bin/dash",
]);
const SCRIPT_SHEBANG = /^#!\s*(?:\/usr\/bin\/env\s+)?(?:\/usr)?(?:\/bin\/)?(sh|bash|ash|dash|ksh|zsh)\b/;

/** The instruction the shell runs: RUN, CMD, ENTRYPOINT or HEALTHCHECK CMD (ONBUILD unwrapped by the caller). */
export function shellSources(inst: Instruction, text: string): ShellSource[] {
  const args = inst.args;
  if (args.type !== "command" && args.type !== "healthcheck") return [];
  if (args.form === "exec") {
    const el = args.exec!.elements;
    // ["sh", "-c", "script"] and friends
    if (el.length >= 3 && SHELLS.has(el[0]!.value) && el[1]!.value === "-c")
      return [{ ...jsonStringSource(el[2]!), shell: baseName(el[0]!.value) }];
    return inst.name === "RUN" && el.length > 0 ? [argvSource(el)] : [];
  }
  if (args.form !== "shell" || !args.shell) return [];
  const body = args.shell;
  const line = wordSource(inst, body);
  if (inst.heredocs.length === 0) return [line];
  if (runsHeredocAsScript(body.value)) {
    const named = body.value
      .trim()
      .split(/\s+/)
      .find((w) => SHELLS.has(w));
    const shell = named ? baseName(named) : undefined;
    return inst.heredocs.filter(isShellScript).map((h) => heredocSource(h, shell));
  }
  return [withHeredocs(inst, body, line, text)];
}

/** `<<EOF`, `<<-EOF bash`, `bash <<EOF`, `sh -e <<'EOF'`: the heredoc is the script. */
function runsHeredocAsScript(line: string): boolean {
  const words = line.trim().split(/\s+/);
  let sawMarker = false;
  for (const w of words) {
    if (/^\d*<<-?/.test(w)) sawMarker = true;
    else if (!(SHELLS.has(w) || w.startsWith("-") || /^["']?[A-Za-z_]+["']?$/.test(w))) return false;
  }
  return sawMarker && !words.some((w) => w.startsWith(">") || w === "|");
}

function isShellScript(h: Heredoc): boolean {
  if (!h.content.startsWith("#!")) return true;
  return SCRIPT_SHEBANG.test(h.content);
}

function wordSource(inst: Instruction, word: Word): RangeSource {
  const end = word.range.end;
  const length = word.value.length;
  const at = word.at;
  const map = inst.logical.map;
  // The logical map made relative to the word, its pieces past the word replaced by one that maps
  // `length` to `end` as toSource does: sourceRange() over it is toRange, bound, without a closure
  // call in between on the cold path (positions past `length` do not occur).
  const relative: number[] = [];
  for (let i = 0; i < map.length && map[i]! - at < length; i += 3)
    relative.push(map[i]! - at, map[i + 1]!, map[i + 2]!);
  relative.push(length, end, 0);
  return {
    text: word.value,
    toSource: (i) => (i >= length ? end : toSource(inst.logical, at + i)),
    toRange: sourceRange.bind(undefined, { text: word.value, map: relative }),
  };
}

/** A heredoc script; its shell is its `#!` line's, else the one named after the marker. */
function heredocSource(h: Heredoc, named: string | undefined): ShellSource {
  const start = h.body.start;
  const shell = SCRIPT_SHEBANG.exec(h.content)?.[1] ?? named;
  const source: ShellSource = { text: h.content, toSource: (i) => start + i };
  if (shell) source.shell = shell;
  return source;
}

function jsonStringSource(element: Word): ShellSource {
  // exact when the string has no escapes (the common case); otherwise approximate
  const start = element.range.start + 1;
  const max = element.range.end - 1;
  return { text: element.value, toSource: (i) => Math.min(start + i, max) };
}

/** Characters an argv element may have and stay unquoted when written as a shell word (no `=`: `A=1` first would be an assignment). */
const PLAIN_WORD = /^[A-Za-z0-9_@%+:,./-]+$/;

/**
 * An exec-form RUN other than `["sh", "-c", script]` runs no shell, but its argv is still one
 * command that the rules should see (hadolint reads it as the elements joined by spaces:
 * language-docker's `ArgumentsList`). Each element is written as one shell word, single-quoted
 * when it has other characters, so the analysis sees exactly the argv (`["echo", "a b"]` is two
 * words, and nothing in them expands). Offsets map into the JSON strings: exact for elements
 * without JSON escapes, clamped to the element otherwise. `argv` marks it: fixes must not edit it
 * as if it were shell text.
 */
function argvSource(elements: readonly Word[]): ShellSource {
  let text = "";
  const pieceAt: number[] = []; // where each element starts in `text`
  const pieceTo: number[] = []; // the Dockerfile offset of that character
  const pieceMax: number[] = []; // the last Dockerfile offset inside the element
  for (let k = 0; k < elements.length; k++) {
    const el = elements[k]!;
    if (k > 0) text += " ";
    const quoted = !PLAIN_WORD.test(el.value);
    pieceAt.push(text.length);
    // a quoted word's opening quote stands on the JSON string's; a plain word starts after it
    pieceTo.push(quoted ? el.range.start : el.range.start + 1);
    pieceMax.push(el.range.end - (quoted ? 0 : 1));
    text += quoted ? `'${el.value.replaceAll("'", "'\\''")}'` : el.value;
  }
  return {
    text,
    argv: true,
    toSource(i) {
      let p = pieceAt.length - 1;
      while (p > 0 && pieceAt[p]! > i) p--;
      return Math.min(pieceTo[p]! + (i - pieceAt[p]!), pieceMax[p]!);
    },
  };
}

/** The line followed by its heredoc bodies, as a shell reads `cat <<EOF > f` and the like. */
function withHeredocs(inst: Instruction, body: Word, line: RangeSource, text: string): RangeSource {
  const first = inst.heredocs[0]!;
  const last = inst.heredocs[inst.heredocs.length - 1]!;
  const from = first.body.start;
  const to = last.terminator?.end ?? last.body.end;
  const rest = text.slice(from, to);
  const n = body.value.length;
  return {
    text: `${body.value}\n${rest}`,
    toSource: (i) => (i <= n ? line.toSource(i) : from + (i - n - 1)),
    toRange: (s, e) => (e <= n ? line.toRange?.(s, e) : undefined),
  };
}
