/**
 * GNU error format, as hadolint's `gnu` writes it (the GNU Coding Standards' form for a
 * non-interactive program: `program:sourcefile:lineno: message`), with the column added:
 *
 *   shipshape:Dockerfile:1:6: image-tag-latest warning: Use a specific tag, not "latest"
 *
 * hadolint writes `hadolint:FILE:LINE: CODE SEVERITY: MESSAGE`; we write the rule name where it
 * writes its DL code, and a column after the line. The column follows the standard: display
 * columns from 1, tab stops every 8, East Asian wide characters and emoji two columns, combining
 * marks none (what GCC and Emacs' compilation mode use), so it differs from the UTF-16 column of
 * the other formats only on lines with tabs or non-ASCII text before the finding.
 * Messages are kept on one line without terminal escapes. Nothing for a clean run.
 * A file that could not be read or parsed: `shipshape:FILE:1:1: fatal error: MESSAGE`.
 */
import { charWidth } from "./stylish.js";
import type { Formatter } from "./types.js";
import { prepare, sourceLines, terminalText } from "./util.js";

const PROGRAM = "shipshape";
const TAB_STOP = 8;

export const gnu: Formatter = (results, options) => {
  const out: string[] = [];
  for (const { path, result, findings } of prepare(results, options)) {
    const file = terminalText(path);
    if (result.error !== undefined)
      out.push(`${PROGRAM}:${file}:1:1: fatal error: ${terminalText(result.error)}`);
    const lines = findings.length > 0 ? sourceLines(result.source) : [];
    for (const f of findings) {
      const column = displayColumn(lines[f.line - 1] ?? "", f.column);
      out.push(`${PROGRAM}:${file}:${f.line}:${column}: ${f.rule} ${f.severity}: ${terminalText(f.message)}`);
    }
  }
  return out.length > 0 ? `${out.join("\n")}\n` : "";
};

/**
 * The 1-based display column where the 1-based UTF-16 column `column` of `line` starts: tabs to
 * the next multiple of 8, wide characters 2, combining marks 0; past the end of the line each
 * position counts 1.
 */
export function displayColumn(line: string, column: number): number {
  const stop = column - 1;
  let col = 0;
  let i = 0;
  while (i < stop && i < line.length) {
    const cp = line.codePointAt(i)!;
    col += cp === 9 ? TAB_STOP - (col % TAB_STOP) : charWidth(cp);
    i += cp > 0xffff ? 2 : 1;
  }
  return col + Math.max(0, stop - i) + 1;
}
