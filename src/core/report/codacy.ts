/**
 * Codacy's tool result format, as hadolint's `codacy` writes it: one JSON object per line (JSON
 * Lines, not an array), keys in this order:
 *
 *   {"filename":"Dockerfile","patternId":"image-tag-latest","message":"Use a specific tag","line":1}
 *
 * `patternId` is the hadolint code (DLxxxx, or SCxxxx for ShellCheck) when the finding has one,
 * since Codacy's Hadolint patterns are keyed by it; our rule name otherwise. Nothing for a clean run. A file that could not be read or
 * parsed is one object with patternId "fatal" at line 1 (hadolint writes DL1000 for a parse error).
 */
import type { Formatter } from "./types.js";
import { prepare } from "./util.js";

const HADOLINT_CODE = /^(DL|SC)\d{4}$/;

export interface CodacyIssue {
  filename: string;
  patternId: string;
  message: string;
  line: number;
}

export const codacy: Formatter = (results, options) => {
  const out: string[] = [];
  const emit = (issue: CodacyIssue): void => {
    out.push(JSON.stringify(issue));
  };
  for (const { path, result, findings } of prepare(results, options)) {
    if (result.error !== undefined)
      emit({ filename: path, patternId: "fatal", message: result.error, line: 1 });
    for (const f of findings) {
      const patternId = f.aliases.find((a) => HADOLINT_CODE.test(a)) ?? f.rule;
      emit({ filename: path, patternId, message: f.message, line: f.line });
    }
  }
  return out.length > 0 ? `${out.join("\n")}\n` : "";
};
