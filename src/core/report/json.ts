/**
 * JSON: one flat array with one object per finding, sorted by file, then by position:
 *
 *   { file, rule, aliases, severity, category, message, line, column, endLine, endColumn, fixable }
 *
 * `file` is relative to the working directory when inside it; positions are 1-based with an
 * exclusive end column. hadolint's json is a flat array too (`file, line, column, level, code,
 * message`); we add the rule name, its aliases (hadolint's code among them) and exact end
 * positions. A file that could not be read or parsed is one entry with rule "fatal", severity
 * "error", at 1:1.
 */
import type { Formatter, Severity } from "./types.js";
import { prepare } from "./util.js";

export interface JsonFinding {
  file: string;
  rule: string;
  aliases: string[];
  severity: Severity;
  category: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fixable: boolean;
}

export const json: Formatter = (results, options) => {
  const out: JsonFinding[] = [];
  for (const { path: file, result, findings } of prepare(results, options)) {
    if (result.error !== undefined) {
      out.push({
        file,
        rule: "fatal",
        aliases: [],
        severity: "error",
        category: "correctness",
        message: result.error,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        fixable: false,
      });
    }
    for (const f of findings) {
      out.push({
        file,
        rule: f.rule,
        aliases: f.aliases,
        severity: f.severity,
        category: f.category,
        message: f.message,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        fixable: f.fixable ?? false,
      });
    }
  }
  return `${JSON.stringify(out, null, 2)}\n`;
};
