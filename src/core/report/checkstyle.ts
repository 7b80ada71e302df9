/** Checkstyle XML, as hadolint writes it (one <file> per input, <error> per finding). */
import type { Formatter } from "./types.js";
import { displayPath, primaryId, sortedFindings, xmlEscape } from "./util.js";

export const checkstyle: Formatter = (results, options) => {
  const out = ['<?xml version="1.0" encoding="utf-8"?>', '<checkstyle version="4.3">'];
  for (const result of results) {
    out.push(`  <file name="${xmlEscape(displayPath(result.file, options))}">`);
    if (result.error) {
      out.push(
        `    <error line="1" column="1" severity="error" message="${xmlEscape(result.error)}" source="fatal"/>`,
      );
    }
    for (const f of sortedFindings(result)) {
      out.push(
        `    <error line="${f.line}" column="${f.column}" severity="${f.severity}" message="${xmlEscape(f.message)}" source="${xmlEscape(`${f.rule}${f.aliases.length ? ` (${primaryId(f)})` : ""}`)}"/>`,
      );
    }
    out.push("  </file>");
  }
  out.push("</checkstyle>");
  return `${out.join("\n")}\n`;
};
