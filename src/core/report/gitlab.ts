/**
 * GitLab Code Quality (the Code Climate issue subset GitLab reads): a JSON array of
 * `{ type, check_name, description, categories, fingerprint, severity, location: { path, lines } }`.
 *
 * Severities use GitLab's scale from the bottom: style → info, info → minor, warning → major,
 * error → critical; blocker is kept for a file that could not be read or parsed.
 * The fingerprint is FNV-1a (64 bits) of file, rule, line and message, so it is stable across
 * runs; GitLab drops issues with a repeated fingerprint, so an identical finding on the same
 * line gets its occurrence number hashed in too.
 */
import type { Formatter, Severity } from "./types.js";
import { fnv1a64, prepare } from "./util.js";

const SEVERITY: Record<Severity, string> = {
  error: "critical",
  warning: "major",
  info: "minor",
  style: "info",
};

/** Code Climate categories. */
const CATEGORY: Record<string, string> = {
  correctness: "Bug Risk",
  security: "Security",
  size: "Performance",
  cache: "Performance",
  reproducibility: "Compatibility",
  style: "Style",
};

export interface CodeQualityIssue {
  type: "issue";
  check_name: string;
  description: string;
  categories: string[];
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number; end: number } };
}

export const gitlab: Formatter = (results, options) => {
  const out: CodeQualityIssue[] = [];
  const seen = new Map<string, number>();
  const fingerprint = (key: string): string => {
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return fnv1a64(n === 0 ? key : `${key}\0${n}`);
  };
  for (const { path, result, findings } of prepare(results, options)) {
    if (result.error !== undefined) {
      out.push({
        type: "issue",
        check_name: "fatal",
        description: result.error,
        categories: ["Bug Risk"],
        fingerprint: fingerprint(`${path}\0fatal`),
        severity: "blocker",
        location: { path, lines: { begin: 1, end: 1 } },
      });
    }
    for (const f of findings) {
      out.push({
        type: "issue",
        check_name: f.rule,
        description: f.message,
        categories: [CATEGORY[f.category] ?? "Bug Risk"],
        fingerprint: fingerprint(`${path}\0${f.rule}\0${f.line}\0${f.message}`),
        severity: SEVERITY[f.severity],
        location: { path, lines: { begin: f.line, end: f.endLine } },
      });
    }
  }
  return `${JSON.stringify(out, null, 2)}\n`;
};
