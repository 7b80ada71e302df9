/** GitLab Code Quality (Code Climate subset): description, check_name, fingerprint, severity, location. */
import type { Formatter, Severity } from "./types.js";
import { displayPath, fingerprint, sortedFindings } from "./util.js";

const SEVERITY: Record<Severity, string> = { error: "major", warning: "minor", info: "info", style: "info" };

export const gitlab: Formatter = (results, options) => {
  const out: unknown[] = [];
  for (const result of results) {
    const path = displayPath(result.file, options);
    if (result.error) {
      out.push({
        description: result.error,
        check_name: "fatal",
        fingerprint: fingerprint(`${path}\0fatal`),
        severity: "blocker",
        location: { path, lines: { begin: 1 } },
      });
    }
    for (const f of sortedFindings(result)) {
      out.push({
        description: f.message,
        check_name: f.rule,
        fingerprint: fingerprint(`${path}\0${f.rule}\0${f.line}\0${f.column}\0${f.message}`),
        severity: SEVERITY[f.severity],
        categories: [f.category === "style" ? "Style" : f.category === "security" ? "Security" : "Bug Risk"],
        location: { path, lines: { begin: f.line, end: f.endLine } },
      });
    }
  }
  return `${JSON.stringify(out, null, 2)}\n`;
};
