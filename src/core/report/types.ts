/** Plain data shared by the linter and the report formatters. */

/** hadolint's levels; "error" highest. */
export type Severity = "error" | "warning" | "info" | "style";

export interface Finding {
  /** our kebab-case rule name, e.g. "apt-pin-versions" */
  rule: string;
  /** e.g. ["DL3008", "DS-0029"], ["JSONArgsRecommended"] */
  aliases: string[];
  severity: Severity;
  message: string;
  /** correctness | security | size | cache | reproducibility | style */
  category: string;
  /** 1-based; endColumn exclusive (ESLint/SARIF convention) */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** UTF-16 offsets */
  range: { start: number; end: number };
  fixable?: boolean;
}

export interface FileResult {
  file: string;
  source: string;
  findings: Finding[];
  /** the file could not be read or parsed */
  error?: string;
}

export interface RuleInfo {
  name: string;
  aliases: string[];
  description: string;
  severity: Severity;
  category: string;
  helpUri: string;
}

export interface FormatOptions {
  color: boolean;
  /** to print relative paths */
  cwd?: string;
  rules: ReadonlyMap<string, RuleInfo>;
  toolVersion: string;
}

export type Formatter = (results: FileResult[], options: FormatOptions) => string;
