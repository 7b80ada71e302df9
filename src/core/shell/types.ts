/**
 * Shell analysis types: plain data describing the simple commands of a RUN (or CMD/ENTRYPOINT,
 * or heredoc script) with every word's exact Dockerfile range.
 */
import type { Range } from "../text/range.js";

export type { Range };

/**
 * The shell text of one RUN (or CMD/ENTRYPOINT shell form, or a heredoc body), as the shell sees
 * it (line continuations already removed), plus a map back to the Dockerfile.
 */
export interface ShellSource {
  text: string;
  /** Dockerfile offset (UTF-16) of the character at `text` index i; toSource(text.length) = offset just after the last char. Monotonic. */
  toSource(index: number): number;
  /**
   * The shell this script names for itself, when it does: a heredoc's `#!` line or the shell after
   * its marker (`RUN <<EOF bash`), or the program of `["bash", "-c", script]` (a bare name: `bash`)
   */
  shell?: string;
  /** an exec form's argv written as shell words (semantic/shell-source.ts): no fix may edit it as shell text */
  argv?: true;
}

export interface Word {
  /**
   * The word after quote removal when it is fully static; null when it contains expansions,
   * substitutions, or unquoted glob, brace or tilde characters (the shell would change it).
   */
  value: string | null;
  /** the word as written in the shell text */
  raw: string;
  /** Dockerfile offsets */
  range: Range;
  /** some part of it is quoted */
  quoted: boolean;
  /**
   * Set when `value` is null only because of unquoted glob (`*`, `?`, `[...]`), brace (`{a,b}`)
   * or leading tilde characters: the text with quotes removed and those characters kept, e.g.
   * `/var/lib/apt/lists/*`, `~/.cache/pip`, `curl=7.88.*`.
   */
  pattern?: string;
}

export type Connector = "&&" | "||" | ";" | "|" | "|&" | "&";

export interface Operator {
  op: Connector;
  range: Range;
}

export interface Redirect {
  /** `>`, `>>`, `<`, `&>`, `>&`, `<<`, `<<-`, `<<<`, ... */
  op: string;
  /** the explicit file descriptor (`2` in `2>&1`) */
  fd?: number;
  /** the file, descriptor or heredoc delimiter */
  target?: Word;
  range: Range;
}

export interface Assignment {
  name: string;
  value: Word;
  /** the whole `NAME=value` */
  range: Range;
}

export interface SimpleCommand {
  /** undefined for a bare assignment such as `A=1` or a bare redirection */
  name: Word | undefined;
  args: Word[];
  /** name + args (for `export`/`local`/`declare`, assignments are argv words `A=1`) */
  argv: Word[];
  /** prefix assignments: `DEBIAN_FRONTEND=noninteractive apt-get ...`, or the whole of `A=1 B=2` */
  assignments: Assignment[];
  redirects: Redirect[];
  /** the command with its prefix assignments and redirects */
  range: Range;
  /**
   * The operator joining it to the previous command of its sequence: null for the first command of
   * the script, of a `$(...)`, or of an `sh -c` script; `;` for a newline.
   */
  connector: Connector | null;
  /** index of its pipeline in `ShellAnalysis.pipelines` */
  pipeline: number;
  inPipeline: boolean;
  /** in `( ... )` or an `sh -c` script */
  inSubshell: boolean;
  /** in `$(...)`, backticks, `<(...)` or `>(...)` */
  inCommandSubstitution: boolean;
  /** in the condition of if/elif/while/until */
  inCondition: boolean;
  /** in the script string of `sh -c '...'` (also `bash -c`, `su -c`, `eval '...'`) */
  inShellScript: boolean;
  /** after `!` */
  negated: boolean;
  /** `set -e` (or `set -o errexit`, or `sh -e -c`) in effect before this command */
  errexit: boolean;
  /** `set -o pipefail` in effect before this command */
  pipefail: boolean;
  /**
   * Index in `commands` of the command that holds this one: the command whose word or redirect
   * contains the `$(...)` it runs in, or the `sh -c` whose script it is; null at the top level.
   */
  parent: number | null;
}

export interface ShellAnalysis {
  /** in source order; `sh -c` script commands follow the command that runs them */
  commands: SimpleCommand[];
  /** command indices grouped by pipeline (a single command is a pipeline of one) */
  pipelines: number[][];
  /** `&&`, `||`, `;`, `|`, `|&`, `&` (and `;;` as `;`), with their ranges */
  operators: Operator[];
  /** the tree has ERROR or MISSING nodes (the commands are then a best effort) */
  hasSyntaxError: boolean;
  /** `set -e` in effect at the end of the top-level script (per command: `SimpleCommand.errexit`) */
  errexit: boolean;
  /** `set -o pipefail` in effect at the end of the top-level script */
  pipefail: boolean;
}
