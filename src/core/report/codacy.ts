/**
 * Codacy's tool result format, as hadolint's `codacy` writes it: one JSON object per line (JSON
 * Lines, not an array), keys in this order:
 *
 *   {"filename":"Dockerfile","patternId":"image-tag-latest","message":"Use a specific tag","line":1}
 *
 * `patternId` is our rule name where hadolint writes its DL code (the code is among the rule's
 * aliases: `shipshape rules DL3007`). Nothing for a clean run. A file that could not be read or
 * parsed is one object with patternId "fatal" at line 1 (hadolint writes DL1000 for a parse error).
 */
import type { Formatter } from "./types.js";
import { prepare } from "./util.js";

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
    for (const f of findings) emit({ filename: path, patternId: f.rule, message: f.message, line: f.line });
  }
  return out.length > 0 ? `${out.join("\n")}\n` : "";
};
