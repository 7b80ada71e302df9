/**
 * JSON: a flat array, one object per finding, sorted by file then position:
 * `{ file, rule, aliases, severity, category, message, line, column, endLine, endColumn, fixable }`
 * (hadolint's json is a flat array too; we add the rule name, aliases and exact end positions).
 * A file that could not be read is one entry with rule "fatal".
 */
import type { Formatter } from "./types.js";
import { displayPath, sortedFindings } from "./util.js";

export const json: Formatter = (results, options) => {
  const out: unknown[] = [];
  for (const result of results) {
    const file = displayPath(result.file, options);
    if (result.error) {
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
      continue;
    }
    for (const f of sortedFindings(result)) {
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
