/**
 * The scripts to hand to ShellCheck, one per shell body of every RUN (ONBUILD RUN included), each
 * with a header (shebang of the stage's shell, `export NAME=1` for every ARG/ENV name known there
 * (ENV only for an ONBUILD trigger) and the proxy variables, as hadolint does) and a map from script positions back to the Dockerfile.
 */
import { PROXY_ARGS, type SemanticModel } from "../semantic/model.js";
import { visible } from "../semantic/scope.js";
import { shellSources } from "../semantic/shell-source.js";
import { baseName } from "../shell/commands/argv.js";
import type { ShellSource } from "../shell/types.js";
import type { Instruction } from "../syntax/cst.js";
import type { Range } from "../text/range.js";
import { type FileDirectives, isPosixShell, runShell } from "./suppressions.js";

export interface ShellcheckScript {
  instruction: Instruction;
  /** ShellCheck's dialect: sh, bash, dash or ksh */
  dialect: string;
  script: string;
  /** lines before the RUN body in `script` */
  headerLines: number;
  source: ShellSource;
}

const DIALECTS = new Set(["sh", "bash", "dash", "ksh"]);

export function shellcheckScripts(model: SemanticModel, directives: FileDirectives): ShellcheckScript[] {
  const out: ShellcheckScript[] = [];
  for (const info of model.infos) {
    let inst = info.instruction;
    const onbuild = inst.args.type === "onbuild";
    if (inst.args.type === "onbuild" && inst.args.instruction) inst = inst.args.instruction;
    if (inst.name !== "RUN") continue;
    const shell = runShell(directives, info.stage, info.shell.value);
    if (!isPosixShell(shell)) continue;
    const stageShell = baseName(shell);
    const names = new Set<string>(PROXY_ARGS);
    // an ONBUILD trigger runs in the child's build: it inherits this image's ENV, not its ARGs
    for (const b of visible(info.scope)) if (!onbuild || b.kind === "env") names.add(b.name);
    const exports = [...names].filter((n) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(n)).map((n) => `export ${n}=1`);
    for (const source of shellSources(inst, model.cst.text)) {
      // a heredoc's `#!` or `RUN <<EOF bash`, `["bash", "-c", ...]`: that shell, not the stage's
      const base = source.shell ?? stageShell;
      const dialect = DIALECTS.has(base) ? base : base === "ash" || base === "busybox" ? "dash" : "sh";
      const header = [`#!/bin/${dialect}`, ...exports];
      out.push({
        instruction: inst,
        dialect,
        script: `${header.join("\n")}\n${source.text}\n`,
        headerLines: header.length,
        source,
      });
    }
  }
  return out;
}

/** Maps ShellCheck's 1-based line/column (json1: tabs count as one) in a script to a Dockerfile range. */
export function scriptRange(
  script: ShellcheckScript,
  line: number,
  column: number,
  endLine: number,
  endColumn: number,
): Range {
  const text = script.source.text;
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const offset = (l: number, c: number) => {
    const bodyLine = Math.max(1, l - script.headerLines);
    const start = lineStarts[Math.min(bodyLine, lineStarts.length) - 1]!;
    return Math.min(start + Math.max(0, c - 1), text.length);
  };
  const start = offset(line, column);
  const end = Math.max(start, offset(endLine, endColumn));
  const s = script.source.toSource(start);
  const e = end > start ? script.source.toSource(end - 1) + 1 : s;
  return { start: s, end: Math.max(s, e) };
}
