/**
 * Shell analysis types: plain data describing the simple commands of a RUN (or CMD/ENTRYPOINT,
 * or heredoc script) with every word's exact Dockerfile range.
 */
import type { Range } from "../text/range.js";

/** The text of one script as the shell sees it, plus a map back to the Dockerfile. */
export interface ShellSource {
  text: string;
  /** Dockerfile offset (UTF-16) of the character at `text` index i; toSource(text.length) = offset just after the last char. Monotonic. */
  toSource(index: number): number;
}

export interface Word {
  /** quotes removed when fully static; null when it contains expansions or substitutions */
  value: string | null;
  /** the word as written */
  raw: string;
  /** Dockerfile offsets */
  range: Range;
  quoted: boolean;
}

export type Connector = "&&" | "||" | ";" | "|" | "|&" | "&";

export interface Redirect {
  op: string;
  target?: Word;
}

export interface SimpleCommand {
  /** undefined for a bare assignment such as `A=1` */
  name: Word | undefined;
  args: Word[];
  /** name + args */
  argv: Word[];
  /** prefix assignments: `DEBIAN_FRONTEND=noninteractive apt-get ...` */
  assignments: { name: string; value: Word }[];
  redirects: Redirect[];
  range: Range;
  /** the operator joining it to the previous command (null for the first) */
  connector: Connector | null;
  /** index of its pipeline in `ShellAnalysis.pipelines` */
  pipeline: number;
  inPipeline: boolean;
  inSubshell: boolean;
  inCommandSubstitution: boolean;
  /** in the condition of if/while/until */
  inCondition: boolean;
  negated: boolean;
  /** `set -e` in effect before this command */
  errexit: boolean;
  /** `set -o pipefail` in effect before this command */
  pipefail: boolean;
}

export interface ShellAnalysis {
  commands: SimpleCommand[];
  /** command indices grouped by pipeline (a single command is a pipeline of one) */
  pipelines: number[][];
  operators: { op: Connector; range: Range }[];
  hasSyntaxError: boolean;
}
