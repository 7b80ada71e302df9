/**
 * GitHub Actions workflow commands, one annotation per finding:
 *
 *   ::warning file=Dockerfile,line=1,col=6,endLine=1,endColumn=19,title=image-tag-latest (DL3007)::Pin the tag
 *
 * error → `::error`, warning → `::warning`, info and style → `::notice`. GitHub accepts columns
 * only when the annotation starts and ends on the same line, so a multi-line finding carries
 * `line` and `endLine` alone. The message escapes `%`, CR and LF; property values also escape
 * `:` and `,`. A file that could not be read or parsed is an `::error` on the file.
 */
import type { Formatter, Severity } from "./types.js";
import { prepare, ruleLabel } from "./util.js";

const COMMAND: Record<Severity, string> = {
  error: "error",
  warning: "warning",
  info: "notice",
  style: "notice",
};

/** Escaping of a command's message. */
export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escaping of a command's property value. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export const github: Formatter = (results, options) => {
  const out: string[] = [];
  for (const { path, result, findings } of prepare(results, options)) {
    const file = escapeProperty(path);
    if (result.error !== undefined)
      out.push(`::error file=${file},title=shipshape::${escapeData(result.error)}`);
    for (const f of findings) {
      const props = [`file=${file}`, `line=${f.line}`];
      if (f.endLine === f.line)
        props.push(`col=${f.column}`, `endLine=${f.endLine}`, `endColumn=${f.endColumn}`);
      else props.push(`endLine=${f.endLine}`);
      props.push(`title=${escapeProperty(ruleLabel(f))}`);
      out.push(`::${COMMAND[f.severity]} ${props.join(",")}::${escapeData(f.message)}`);
    }
  }
  return out.length > 0 ? `${out.join("\n")}\n` : "";
};
