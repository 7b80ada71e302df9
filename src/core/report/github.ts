/** GitHub Actions workflow commands: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`. */
import type { Formatter, Severity } from "./types.js";
import { displayPath, sortedFindings } from "./util.js";

const COMMAND: Record<Severity, string> = {
  error: "error",
  warning: "warning",
  info: "notice",
  style: "notice",
};

/** Escaping of the message part. */
export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escaping of property values (also `:` and `,`). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export const github: Formatter = (results, options) => {
  const out: string[] = [];
  for (const result of results) {
    const file = escapeProperty(displayPath(result.file, options));
    if (result.error) out.push(`::error file=${file},title=shipshape::${escapeData(result.error)}`);
    for (const f of sortedFindings(result)) {
      const id = f.aliases.length ? `${f.rule} (${f.aliases[0]})` : f.rule;
      const props = [
        `file=${file}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        `endColumn=${f.endColumn}`,
        `title=${escapeProperty(id)}`,
      ];
      out.push(`::${COMMAND[f.severity]} ${props.join(",")}::${escapeData(f.message)}`);
    }
  }
  return out.length ? `${out.join("\n")}\n` : "";
};
