/**
 * The default format, after ESLint's stylish: findings grouped per file, each with a code frame
 * that underlines the exact columns, and a summary line. Colour only when asked (the CLI decides
 * from the TTY and NO_COLOR). Prints nothing for a clean run.
 */
import { createColors } from "picocolors";
import type { Finding, Formatter, Severity } from "./types.js";
import { displayPath, sortedFindings } from "./util.js";

const MAX_FRAME_LINES = 3;

export const stylish: Formatter = (results, options) => {
  const c = createColors(options.color);
  const paint: Record<Severity, (s: string) => string> = {
    error: c.red,
    warning: c.yellow,
    info: c.cyan,
    style: c.gray,
  };
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, style: 0 };
  const out: string[] = [];
  let fatal = 0;
  for (const result of results) {
    if (!result.error && result.findings.length === 0) continue;
    out.push(c.underline(displayPath(result.file, options)));
    if (result.error) {
      fatal++;
      out.push(`  ${c.red("error")}  ${result.error}`, "");
      continue;
    }
    const lines = result.source.split("\n");
    for (const f of sortedFindings(result)) {
      counts[f.severity]++;
      const where = c.dim(`${f.line}:${f.column}`);
      const id = c.dim(f.aliases.length ? `${f.rule} (${f.aliases[0]})` : f.rule);
      out.push(`  ${where}  ${paint[f.severity](f.severity)}  ${f.message.replace(/\s*\n\s*/g, " ")}  ${id}`);
      out.push(...frame(lines, f, c.red, c.dim));
    }
    out.push("");
  }
  const total = counts.error + counts.warning + counts.info + counts.style + fatal;
  if (total === 0) return "";
  const parts = [
    `${counts.error + fatal} error${counts.error + fatal === 1 ? "" : "s"}`,
    `${counts.warning} warning${counts.warning === 1 ? "" : "s"}`,
    `${counts.info} info`,
    `${counts.style} style`,
  ];
  const mark = counts.error + fatal > 0 ? c.red("✖") : c.yellow("⚠");
  out.push(`${mark} ${total} problem${total === 1 ? "" : "s"} (${parts.join(", ")})`);
  return `${out.join("\n")}\n`;
};

/** The source lines of a finding with a gutter and a caret underline at the exact columns. */
function frame(
  lines: string[],
  f: Finding,
  mark: (s: string) => string,
  dim: (s: string) => string,
): string[] {
  const out: string[] = [];
  const last = Math.min(f.endLine, f.line + MAX_FRAME_LINES - 1, lines.length);
  const width = String(last).length;
  for (let n = f.line; n <= last; n++) {
    const raw = (lines[n - 1] ?? "").replace(/\r$/, "");
    const startCol = n === f.line ? f.column : 1;
    const endCol = n === f.endLine ? f.endColumn : raw.length + 1;
    // keep tabs in the underline so the carets line up under tabbed text
    const pad = raw.slice(0, startCol - 1).replace(/[^\t]/g, " ");
    const length = Math.max(1, endCol - startCol);
    out.push(`    ${dim(`${String(n).padStart(width)} |`)} ${raw}`);
    out.push(`    ${dim(`${" ".repeat(width)} |`)} ${pad}${mark("^".repeat(length))}`);
  }
  if (f.endLine > last) out.push(`    ${dim(`${" ".repeat(width)} |`)} ${dim("...")}`);
  return out;
}
