/**
 * Inline suppressions, read from comments:
 *   # shipshape ignore=rule[,rule]         the next instruction
 *   # shipshape global ignore=rule,...     the whole file
 *   # shipshape stage ignore=rule,...      the stage whose FROM follows
 *   # hadolint ignore= / global ignore= / stage ignore= / shell=NAME   (same, hadolint's spelling)
 *   # check=skip=Rule,...                  BuildKit: a comment right above an instruction (a FROM: its stage)
 *   # check=skip=...;error=true;experimental=...   BuildKit's parser directive: the whole file
 * Rule ids may be names or any alias (DL3008, JSONArgsRecommended, SC2086...), case-insensitive;
 * `all` matches every rule. A reason may follow after another `#`.
 * As in hadolint, a `# hadolint` list naming something that is no rule (`ignore=crazy,DL3002`) is
 * not a pragma at all: a code of hadolint's shape (D, L, S, C and digits), a rule name, an alias
 * or `all` is a rule; anything else voids the whole comment. (`# shipshape` lists stay lenient: an
 * unknown id there only matches nothing.)
 */
import type { Stage } from "../semantic/model.js";
import type { DockerfileCst, Instruction } from "../syntax/cst.js";
import type { Range } from "../text/range.js";

export interface Suppression {
  /** lower-cased ids as written */
  ids: string[];
  scope: "next" | "file" | "stage";
  /** the source range the suppression covers (file: everything) */
  covers: Range;
  /** where the pragma is written, for "unused suppression" reports */
  comment: Range;
  used: boolean;
}

export interface FileDirectives {
  /** BuildKit `# check=` directive */
  checkSkip: string[];
  checkError: boolean;
  checkExperimental: string[];
  /** `# hadolint shell=` pragmas: default (before the first FROM) and per stage index */
  shellPragma: { defaultShell?: string; byStage: Map<number, string> };
}

/** Shells whose scripts are not sh: neither the shell analysis nor ShellCheck reads them. */
const NON_POSIX_SHELLS = /(^|\/)(pwsh|powershell|cmd)(\.exe)?$/i;

/** The program a stage's shell-form RUN runs with: a `# hadolint shell=` pragma, else its SHELL. */
export function runShell(directives: FileDirectives, stage: number, shell: readonly string[] | null): string {
  return (
    directives.shellPragma.byStage.get(stage) ??
    directives.shellPragma.defaultShell ??
    shell?.[0] ??
    "/bin/sh"
  );
}

export const isPosixShell = (program: string): boolean => !NON_POSIX_SHELLS.test(program);

const PRAGMA = /^(shipshape|hadolint)\s+(?:(global|stage)\s+)?ignore\s*=\s*([^#]*)/i;
const SHELL_PRAGMA = /^hadolint\s+shell\s*=\s*(\S+)/i;
const CHECK_COMMENT = /^check\s*=\s*(\S+)/i;

function splitIds(list: string): string[] {
  return list
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
}

/** Parses the `check` directive value: `skip=A,B;error=true;experimental=all`. */
export function parseCheckValue(value: string): { skip: string[]; error: boolean; experimental: string[] } {
  const out = { skip: [] as string[], error: false, experimental: [] as string[] };
  for (const part of value.split(" ")[0]!.split(";")) {
    const eq = part.indexOf("=");
    if (eq === -1) continue;
    const key = part.slice(0, eq).trim().toLowerCase();
    const v = part.slice(eq + 1).trim();
    if (key === "skip") out.skip.push(...splitIds(v));
    else if (key === "error") out.error = /^(1|t|true)$/i.test(v);
    else if (key === "experimental") out.experimental.push(...splitIds(v));
  }
  return out;
}

/** A rule id in hadolint's pragma grammar: a run of D, L, S, C and digits (any case here). */
const HADOLINT_CODE = /^[DLSC0-9]+$/i;

/**
 * Whether a `# hadolint` pragma's list names only rules. `known` holds the lower-cased names and
 * aliases of every rule; without it any id is accepted.
 */
function hadolintListValid(written: readonly string[], known: ReadonlySet<string> | undefined): boolean {
  if (written.length === 0) return false;
  if (!known) return true;
  return written.every(
    (id) => HADOLINT_CODE.test(id) || id.toLowerCase() === "all" || known.has(id.toLowerCase()),
  );
}

/**
 * `knownIds`: the lower-cased names and aliases of all rules (ResolvedConfig.ruleIds); with it a
 * `# hadolint` ignore list naming no rule is dropped, as hadolint's grammar drops it.
 */
export function collectSuppressions(
  cst: DockerfileCst,
  stages: readonly Stage[],
  knownIds?: ReadonlySet<string>,
): { suppressions: Suppression[]; directives: FileDirectives } {
  const directives: FileDirectives = {
    checkSkip: [],
    checkError: false,
    checkExperimental: [],
    shellPragma: { byStage: new Map() },
  };
  for (const d of cst.directives) {
    if (d.name !== "check") continue;
    const parsed = parseCheckValue(d.value);
    directives.checkSkip.push(...parsed.skip);
    directives.checkError ||= parsed.error;
    directives.checkExperimental.push(...parsed.experimental);
  }
  const suppressions: Suppression[] = [];
  const instructions = cst.instructions;
  const whole = { start: 0, end: cst.text.length };
  let next = 0;
  for (const comment of cst.comments) {
    while (next < instructions.length && instructions[next]!.range.start < comment.range.start) next++;
    const following = instructions[next];
    // comments inside a continuation are inside the previous instruction: not pragmas
    const previous = instructions[next - 1];
    if (previous && previous.range.end > comment.range.start) continue;
    const text = comment.value;
    const pragma = PRAGMA.exec(text);
    if (pragma) {
      const scope = pragma[2]?.toLowerCase();
      const written = pragma[3]!
        .split(",")
        .map((id) => id.trim())
        .filter(Boolean);
      if (pragma[1]!.toLowerCase() === "hadolint" && !hadolintListValid(written, knownIds)) continue;
      const ids = written.map((id) => id.toLowerCase());
      if (scope === "global")
        suppressions.push({ ids, scope: "file", covers: whole, comment: comment.range, used: false });
      else if (scope === "stage") {
        const stage = following && stages.find((s) => s.from === following);
        if (stage)
          suppressions.push({
            ids,
            scope: "stage",
            covers: stageRange(stage),
            comment: comment.range,
            used: false,
          });
      } else if (following) {
        suppressions.push({
          ids,
          scope: "next",
          covers: following.range,
          comment: comment.range,
          used: false,
        });
      }
      continue;
    }
    const shell = SHELL_PRAGMA.exec(text);
    if (shell) {
      // before the first FROM: the default for all stages; after a FROM: that stage
      const current = stages.filter((s) => s.from.range.start < comment.range.start).length - 1;
      if (current < 0) directives.shellPragma.defaultShell = shell[1]!;
      else directives.shellPragma.byStage.set(current, shell[1]!);
      continue;
    }
    const check = CHECK_COMMENT.exec(text);
    if (check && following && !isDirectiveComment(cst, comment.range)) {
      const parsed = parseCheckValue(check[1]!);
      if (parsed.skip.length === 0) continue;
      const stage = stages.find((s) => s.from === following);
      const covers = stage ? stageRange(stage) : following.range;
      suppressions.push({
        ids: parsed.skip,
        scope: stage ? "stage" : "next",
        covers,
        comment: comment.range,
        used: false,
      });
    }
  }
  return { suppressions, directives };
}

function isDirectiveComment(cst: DockerfileCst, range: Range): boolean {
  return cst.directives.some((d) => d.range.start === range.start);
}

function stageRange(stage: Stage): Range {
  const last: Instruction = stage.instructions[stage.instructions.length - 1] ?? stage.from;
  return { start: stage.from.range.start, end: last.range.end };
}
