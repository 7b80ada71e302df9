import { defineRule } from "../../lint/rule.js";
import { baseName } from "../../shell/commands/index.js";
import type { Operator, ShellAnalysis } from "../../shell/types.js";

const NON_POSIX = /^(pwsh|powershell|cmd)/i;
const PIPEFAIL_SHELLS = new Set(["bash", "zsh", "ash"]);

/** SHELL ["/bin/bash", "-o", "pipefail", "-c"] and the like: -o (or a cluster with o) and `pipefail`. */
function shellHasPipefail(shell: readonly string[]): boolean {
  const [exe, ...args] = shell;
  if (!exe || !PIPEFAIL_SHELLS.has(baseName(exe))) return false;
  return args.some((a) => /^-[a-zA-Z]*o[a-zA-Z]*$/.test(a)) && args.includes("pipefail");
}

/** Whether the operator lies within a pipeline of the analysis other than `pipeline`. */
function inOtherPipeline(sh: ShellAnalysis, pipeline: number[], o: Operator): boolean {
  for (let k = 0; k < sh.pipelines.length; k++) {
    const p = sh.pipelines[k]!;
    if (p === pipeline || p.length < 2) continue;
    if (
      o.range.start >= sh.commands[p[0]!]!.range.start &&
      o.range.end <= sh.commands[p[p.length - 1]!]!.range.end
    )
      return true;
  }
  return false;
}

export default defineRule({
  meta: {
    name: "pipe-without-pipefail",
    category: "correctness",
    severity: "warning",
    description:
      "RUN with a pipe while the shell lacks -o pipefail: a failing command before the pipe is ignored",
    sources: [{ tool: "hadolint", id: "DL4006" }],
    fix: { availability: "sometimes", safety: "suggestion" },
    messages: {
      pipefail:
        "Set the SHELL option -o pipefail before RUN with a pipe in it: a failure of a command before `|` does not fail the build",
    },
    presets: ["recommended", "hadolint"],
  },
  create(ctx) {
    let fixedStage = Number.NaN;
    // the SHELL in effect is one array for all the RUNs up to the next SHELL: checked once for them
    let checkedShell: readonly string[] | null | undefined;
    let posix = false;
    let pipefail = false;
    return {
      RUN(inst, info, onbuild) {
        // SHELL does not apply to the exec form: `["sh", "-c", "a | b"]` runs its script without
        // pipefail whatever SHELL says (hadolint also warns: it reads the array joined by spaces)
        const exec = inst.args.type === "command" && inst.args.form === "exec";
        if (!exec) {
          const shell = info.shell.value;
          if (shell !== checkedShell) {
            checkedShell = shell;
            posix = !!shell && !(shell[0] && NON_POSIX.test(baseName(shell[0])));
            pipefail = posix && shellHasPipefail(shell!);
          }
          if (!posix) return;
          if (!onbuild && pipefail) return;
        }
        const sh = ctx.shell(inst);
        if (!sh) return;
        // the first pipe not covered by `set -o pipefail` in the script; a pipe in the script string
        // of `bash -c '...'` runs in that child shell, which the SHELL option does not reach (and
        // hadolint, reading the RUN's own syntax only, does not see it)
        // (indexed loops here and below: every command is a pipeline, and a for-of costs an
        // iterator and a call per step in cold code)
        let pipeline: number[] | undefined;
        for (let k = 0; k < sh.pipelines.length; k++) {
          const p = sh.pipelines[k]!;
          if (p.length < 2) continue;
          const head = sh.commands[p[0]!]!;
          if (!head.pipefail && !head.inShellScript) {
            pipeline = p;
            break;
          }
        }
        if (!pipeline) return;
        const first = sh.commands[pipeline[0]!]!;
        // the pipeline's commands include those of a brace group or subshell piped as a whole
        // (`{ a; b; } | c`): its `|` is the first one between two of them that is not the `|` of
        // a pipeline nested inside (`{ a; x | y; b; } | c`)
        let op: Operator | undefined;
        for (let i = 0; !op && i + 1 < pipeline.length; i++) {
          const from = sh.commands[pipeline[i]!]!.range.end;
          const to = sh.commands[pipeline[i + 1]!]!.range.start;
          for (let k = 0; k < sh.operators.length; k++) {
            const o = sh.operators[k]!;
            if (
              (o.op === "|" || o.op === "|&") &&
              o.range.start >= from &&
              o.range.end <= to &&
              !inOtherPipeline(sh, pipeline, o)
            ) {
              op = o;
              break;
            }
          }
        }
        // one SHELL line fixes the whole stage: offer it on the first finding only (not for an exec
        // form, which SHELL does not reach)
        const offerFix = !exec && !onbuild && info.stage >= 0 && fixedStage !== info.stage;
        if (offerFix) fixedStage = info.stage;
        const at = inst.range.start;
        ctx.report({
          range: op?.range ?? first.range,
          messageId: "pipefail",
          fix: offerFix
            ? {
                safety: "suggestion",
                title: 'Add SHELL ["/bin/bash", "-o", "pipefail", "-c"] (needs bash in the image)',
                edits: [
                  { range: { start: at, end: at }, text: 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]\n' },
                ],
              }
            : undefined,
        });
      },
    };
  },
});
