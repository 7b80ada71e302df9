/** Shared by the formatter tests: plain options and a finding with defaults for what a test leaves out. */
import type { Finding, FormatOptions } from "./types.js";

export const plainOptions: FormatOptions = {
  color: false,
  cwd: "/work",
  rules: new Map(),
  toolVersion: "1.2.3",
};

export const finding = (
  f: Partial<Finding> & Pick<Finding, "rule" | "severity" | "message" | "line">,
): Finding => ({
  aliases: [],
  category: "correctness",
  column: 1,
  endLine: f.line,
  endColumn: 2,
  range: { start: 0, end: 0 },
  ...f,
});
