/**
 * The default format, after ESLint's stylish: findings grouped per file, each followed by a code
 * frame that underlines its exact columns, then a summary line. Colour only when asked (the CLI
 * decides from the TTY and NO_COLOR). A clean run prints nothing.
 *
 *   Dockerfile
 *     1:6  warning  Pin the image tag  image-tag-latest (DL3007)
 *       1 | FROM alpine:latest
 *         |      ^^^^^^^^^^^^^
 *
 *   ✖ 1 problem (0 errors, 1 warning, 0 info, 0 style)
 *
 * Code frames expand tabs (to stops of 4) and count East Asian wide characters and emoji as two
 * columns and combining marks as none, so the carets stay under the text in any terminal.
 * Control characters and bidi overrides from the source are shown as harmless symbols.
 * A multi-line finding shows up to three lines: the first underlined from its column to the end
 * of the line, the following ones from their first non-blank character.
 */
import { createColors } from "picocolors";
import type { Finding, Formatter, Severity } from "./types.js";
import { plural, prepare, ruleLabel, SEVERITIES, sourceLines, terminalText, visibleChar } from "./util.js";

const TAB_WIDTH = 4;
const MAX_FRAME_LINES = 3;

type Paint = (s: string) => string;

export const stylish: Formatter = (results, options) => {
  const c = createColors(options.color);
  const paint: Record<Severity, Paint> = { error: c.red, warning: c.yellow, info: c.cyan, style: c.magenta };
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, style: 0 };
  const blocks: string[] = [];
  for (const { path, result, findings } of prepare(results, options)) {
    if (result.error === undefined && findings.length === 0) continue;
    const out = [c.underline(terminalText(path))];
    if (result.error !== undefined) {
      counts.error++;
      out.push(c.red(`  error  ${terminalText(result.error)}`));
    }
    const lines = findings.length > 0 ? sourceLines(result.source) : [];
    const posWidth = Math.max(...findings.map((f) => `${f.line}:${f.column}`.length));
    const sevWidth = Math.max(...findings.map((f) => f.severity.length));
    for (const f of findings) {
      counts[f.severity]++;
      const pos = `${f.line}:${f.column}`;
      out.push(
        `  ${c.dim(pos)}${" ".repeat(posWidth - pos.length)}  ` +
          `${paint[f.severity](f.severity)}${" ".repeat(sevWidth - f.severity.length)}  ` +
          `${terminalText(f.message)}  ${c.dim(terminalText(ruleLabel(f)))}`,
      );
      out.push(...codeFrame(lines, f, paint[f.severity], c.dim));
    }
    blocks.push(out.join("\n"));
  }
  if (blocks.length === 0) return "";

  const total = SEVERITIES.reduce((sum, s) => sum + counts[s], 0);
  const summary =
    `✖ ${plural(total, "problem")} (${plural(counts.error, "error")}, ` +
    `${plural(counts.warning, "warning")}, ${counts.info} info, ${counts.style} style)`;
  const summaryPaint = counts.error > 0 ? c.red : c.yellow;
  return `${blocks.join("\n\n")}\n\n${c.bold(summaryPaint(summary))}\n`;
};

/** The source lines of a finding with a line-number gutter and carets under its exact columns. */
export function codeFrame(lines: readonly string[], f: Finding, mark: Paint, dim: Paint): string[] {
  if (f.line > lines.length) return [];
  let endLine = f.endLine;
  let endColumn = f.endColumn;
  if (endLine > f.line && endColumn <= 1) {
    // the range stops at a line break: nothing of the last line is in it
    endLine--;
    endColumn = Number.POSITIVE_INFINITY;
  }
  const lastAvailable = Math.min(endLine, lines.length);
  const last = Math.min(lastAvailable, f.line + MAX_FRAME_LINES - 1);
  const width = String(last).length;
  const blank = dim(`${" ".repeat(width)} |`);
  const out: string[] = [];
  for (let n = f.line; n <= last; n++) {
    const raw = lines[n - 1]!;
    const { text, cols } = layout(raw);
    const from = n === f.line ? Math.min(f.column - 1, raw.length) : raw.length - raw.trimStart().length;
    const to = n === endLine ? Math.max(from, Math.min(endColumn - 1, raw.length)) : raw.length;
    const startCol = cols[from]!;
    const length = cols[to]! - startCol;
    const gutter = dim(`${String(n).padStart(width)} |`);
    out.push(text ? `    ${gutter} ${text}` : `    ${gutter}`);
    if (length > 0 || n === f.line) {
      out.push(`    ${blank} ${" ".repeat(startCol)}${mark("^".repeat(Math.max(1, length)))}`);
    }
  }
  if (last < lastAvailable) out.push(`    ${blank} ${dim("…")}`);
  return out;
}

/**
 * A source line as displayed (tabs expanded, unsafe characters replaced) and, for each UTF-16
 * offset 0..length, the display column where that offset starts.
 */
function layout(line: string): { text: string; cols: number[] } {
  const cols: number[] = new Array(line.length + 1);
  let text = "";
  let col = 0;
  let i = 0;
  while (i < line.length) {
    const cp = line.codePointAt(i)!;
    const size = cp > 0xffff ? 2 : 1;
    cols[i] = col;
    if (size === 2) cols[i + 1] = col;
    if (cp === 9) {
      const w = TAB_WIDTH - (col % TAB_WIDTH);
      text += " ".repeat(w);
      col += w;
    } else {
      const shown = visibleChar(cp);
      text += shown;
      col += charWidth(shown.codePointAt(0)!);
    }
    i += size;
  }
  cols[line.length] = col;
  return { text, cols };
}

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]$/u;
const EMOJI = /^\p{Emoji_Presentation}$/u;

/** Terminal columns of a code point: 0 for combining marks and format characters, 2 for wide. */
export function charWidth(cp: number): number {
  const ch = String.fromCodePoint(cp);
  if (ZERO_WIDTH.test(ch)) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd) ||
    EMOJI.test(ch)
  ) {
    return 2;
  }
  return 1;
}
