/** Plain data shared by the linter and the report formatters (no I/O; runs in a browser too). */

/** hadolint's levels; "error" highest. */
export type Severity = "error" | "warning" | "info" | "style";

export interface Finding {
  /** our kebab-case rule name, e.g. "apt-pin-versions" */
  rule: string;
  /** other tools' ids for the same check, e.g. ["DL3008", "DS-0029"], ["JSONArgsRecommended"] */
  aliases: string[];
  severity: Severity;
  message: string;
  /** correctness | security | size | cache | reproducibility | style */
  category: string;
  /** 1-based, columns in UTF-16 code units; endColumn exclusive (ESLint/SARIF convention) */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** UTF-16 offsets into the source */
  range: { start: number; end: number };
  fixable?: boolean;
}

export interface FileResult {
  /** the path as given to the linter (absolute, or relative to the working directory) */
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
  /** ANSI colour in the terminal formats; the CLI decides from the TTY and NO_COLOR */
  color: boolean;
  /** paths under this directory are printed relative to it */
  cwd?: string;
  rules: ReadonlyMap<string, RuleInfo>;
  toolVersion: string;
}

export type Formatter = (results: FileResult[], options: FormatOptions) => string;
