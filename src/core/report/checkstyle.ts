/**
 * Checkstyle XML, as hadolint writes it: one `<file>` per input (clean files included), one
 * `<error line column severity message source>` per finding, `source` being our rule name.
 * Checkstyle knows the severities error, warning and info, so "style" is written as info.
 * A file that could not be read or parsed gets an error with source "fatal" at 1:1.
 */
import type { Formatter, Severity } from "./types.js";
import { prepare, xmlAttr } from "./util.js";

const SEVERITY: Record<Severity, string> = {
  error: "error",
  warning: "warning",
  info: "info",
  style: "info",
};

export const checkstyle: Formatter = (results, options) => {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<checkstyle version="4.3">'];
  for (const { path, result, findings } of prepare(results, options)) {
    out.push(`  <file name="${xmlAttr(path)}">`);
    if (result.error !== undefined) {
      out.push(
        `    <error line="1" column="1" severity="error" message="${xmlAttr(result.error)}" source="fatal"/>`,
      );
    }
    for (const f of findings) {
      out.push(
        `    <error line="${f.line}" column="${f.column}" severity="${SEVERITY[f.severity]}" ` +
          `message="${xmlAttr(f.message)}" source="${xmlAttr(f.rule)}"/>`,
      );
    }
    out.push("  </file>");
  }
  out.push("</checkstyle>");
  return `${out.join("\n")}\n`;
};
