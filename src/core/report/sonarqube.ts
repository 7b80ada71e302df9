/**
 * SonarQube's generic issue import format (`sonar.externalIssuesReportPaths`), the shape hadolint's
 * `sonarqube` writes:
 *
 *   { "issues": [ { engineId, ruleId, severity, type,
 *                   primaryLocation: { message, filePath, textRange: { startLine, endLine,
 *                                                                      startColumn, endColumn } } } ] }
 *
 * Severity as hadolint maps it: error → CRITICAL, warning → MAJOR, info → MINOR, style → INFO.
 * Type: error → BUG, anything else → CODE_SMELL, as hadolint; a rule of our "security" category
 * is a VULNERABILITY (SonarQube's security rating counts those).
 *
 * Lines are 1-based, columns 0-based line offsets with an exclusive end (SonarQube's convention;
 * hadolint, having no columns, writes 0 and 1). SonarQube rejects a whole report when a range is
 * empty or an offset lies past the end of its line, so ranges are clamped to the source: an empty
 * range covers the character at its start (or the last one of the line), and a finding on an
 * empty line or past the end of the file has no columns (the whole line).
 * A file that could not be read or parsed is a BLOCKER BUG "fatal" on the file, without a range.
 */
import type { Finding, Formatter, Severity } from "./types.js";
import { prepare, sourceLines } from "./util.js";

const ENGINE = "shipshape";

const SEVERITY: Record<Severity, string> = {
  error: "CRITICAL",
  warning: "MAJOR",
  info: "MINOR",
  style: "INFO",
};

export interface TextRange {
  startLine: number;
  endLine: number;
  startColumn?: number;
  endColumn?: number;
}

export interface SonarIssue {
  engineId: string;
  ruleId: string;
  severity: string;
  type: "BUG" | "VULNERABILITY" | "CODE_SMELL";
  primaryLocation: { message: string; filePath: string; textRange?: TextRange };
}

export const sonarqube: Formatter = (results, options) => {
  const issues: SonarIssue[] = [];
  for (const { path, result, findings } of prepare(results, options)) {
    if (result.error !== undefined) {
      issues.push({
        engineId: ENGINE,
        ruleId: "fatal",
        severity: "BLOCKER",
        type: "BUG",
        primaryLocation: { message: result.error, filePath: path },
      });
    }
    const lines = findings.length > 0 ? sourceLines(result.source) : [];
    for (const f of findings) {
      issues.push({
        engineId: ENGINE,
        ruleId: f.rule,
        severity: SEVERITY[f.severity],
        type: f.severity === "error" ? "BUG" : f.category === "security" ? "VULNERABILITY" : "CODE_SMELL",
        primaryLocation: { message: f.message, filePath: path, textRange: textRange(lines, f) },
      });
    }
  }
  return `${JSON.stringify({ issues }, null, 2)}\n`;
};

/** A range SonarQube accepts for a finding in a file with these lines (see the header). */
export function textRange(
  lines: readonly string[],
  f: Pick<Finding, "line" | "column" | "endLine" | "endColumn">,
): TextRange {
  const startText = lines[f.line - 1];
  if (startText === undefined) return { startLine: f.line, endLine: f.line };
  let startColumn = Math.min(f.column - 1, startText.length);
  let endLine = f.endLine;
  let endColumn: number;
  if (endLine > lines.length) {
    endLine = lines.length;
    endColumn = lines[endLine - 1]!.length;
  } else {
    endColumn = Math.min(f.endColumn - 1, lines[endLine - 1]!.length);
  }
  if (endLine === f.line && endColumn <= startColumn) {
    if (startColumn < startText.length) endColumn = startColumn + 1;
    else if (startText.length > 0) {
      startColumn = startText.length - 1;
      endColumn = startText.length;
    } else return { startLine: f.line, endLine: f.line };
  }
  return { startLine: f.line, endLine, startColumn, endColumn };
}
