/** One line per finding: `file:line:col: severity [rule/ALIAS] message` (ESLint compact, hadolint's tty without colour). */
import type { Formatter } from "./types.js";
import { displayPath, sortedFindings } from "./util.js";

export const compact: Formatter = (results, options) => {
  const out: string[] = [];
  for (const result of results) {
    const file = displayPath(result.file, options);
    if (result.error) out.push(`${file}:1:1: error [fatal] ${result.error}`);
    for (const f of sortedFindings(result)) {
      const id = f.aliases.length ? `${f.rule}/${f.aliases[0]}` : f.rule;
      out.push(`${file}:${f.line}:${f.column}: ${f.severity} [${id}] ${f.message}`);
    }
  }
  return out.length ? `${out.join("\n")}\n` : "";
};
