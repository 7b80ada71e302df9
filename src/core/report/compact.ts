/**
 * One line per finding, `file:line:col: severity [rule] message` (like ESLint's compact and
 * hadolint's tty output without colour); nothing for a clean run. Messages are kept on one line.
 * A file that could not be read or parsed: `file:1:1: error [fatal] message`.
 */
import type { Formatter } from "./types.js";
import { prepare, terminalText } from "./util.js";

export const compact: Formatter = (results, options) => {
  const out: string[] = [];
  for (const { path, result, findings } of prepare(results, options)) {
    const file = terminalText(path);
    if (result.error !== undefined) out.push(`${file}:1:1: error [fatal] ${terminalText(result.error)}`);
    for (const f of findings) {
      out.push(`${file}:${f.line}:${f.column}: ${f.severity} [${f.rule}] ${terminalText(f.message)}`);
    }
  }
  return out.length > 0 ? `${out.join("\n")}\n` : "";
};
