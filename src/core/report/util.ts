/** Helpers shared by the formatters. */
import type { FileResult, Finding, FormatOptions } from "./types.js";

/** A path relative to the working directory, with forward slashes. */
export function displayPath(file: string, options: FormatOptions): string {
  let p = file;
  const cwd = options.cwd?.replace(/\\/g, "/").replace(/\/$/, "");
  const norm = p.replace(/\\/g, "/");
  if (cwd && norm.startsWith(`${cwd}/`)) p = norm.slice(cwd.length + 1);
  else p = norm;
  return p;
}

export function sortedFindings(result: FileResult): Finding[] {
  return [...result.findings].sort(
    (a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule),
  );
}

/** The id a peer tool would show: the first alias, else our rule name. */
export function primaryId(f: Finding): string {
  return f.aliases[0] ?? f.rule;
}

export function xmlEscape(s: string): string {
  return (
    s
      .replace(
        /[<>&"']/g,
        (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!,
      )
      // characters not allowed in XML 1.0
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
  );
}

/** FNV-1a, 64-bit as two 32-bit halves, hex: stable fingerprints without node:crypto. */
export function fingerprint(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0xcbf29ce4;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x01000193 ^ 0x5bd1e995) >>> 0;
  }
  return h1.toString(16).padStart(8, "0") + h2.toString(16).padStart(8, "0");
}
