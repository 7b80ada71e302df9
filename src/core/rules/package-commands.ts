/** Helpers shared by the package-manager rules: the package commands of a RUN, flag insertion, cache mounts. */
import type { RuleContext } from "../lint/rule.js";
import {
  type CommandModel,
  commandModels,
  type Manager,
  type PackageCommand,
} from "../shell/commands/index.js";
import type { Word } from "../shell/types.js";
import type { Instruction } from "../syntax/cst.js";
import type { Range } from "../text/range.js";

/** The command models of a shell-form RUN, or null when it has no shell analysis. */
export function runModels(ctx: RuleContext, inst: Instruction): CommandModel[] | null {
  const analysis = ctx.shell(inst);
  return analysis ? commandModels(analysis) : null;
}

/** The package-manager commands of a RUN, in order. */
export function packageCommands(ctx: RuleContext, inst: Instruction): PackageCommand[] {
  const models = runModels(ctx, inst);
  if (!models) return [];
  const out: PackageCommand[] = [];
  // indexed: a for-of costs an iterator and a call per step in cold code (this runs for every RUN)
  for (let i = 0; i < models.length; i++) {
    const p = models[i]!.packages;
    if (p) out.push(p);
  }
  return out;
}

/** The system package database a manager works on: apt and apt-get share one, yum and the dnfs another. */
export const PACKAGE_DATABASE: Partial<Record<Manager, string>> = {
  "apt-get": "apt",
  apt: "apt",
  apk: "apk",
  yum: "rpm",
  dnf: "rpm",
  microdnf: "rpm",
  tdnf: "rpm",
  zypper: "zypper",
};

/** From the command name to the subcommand (`apt-get -q install`), or just the name. */
export function headRange(p: PackageCommand): Range {
  const start = p.invocation.nameWord.range.start;
  const end = p.subcommand ? p.subcommand.range.end : p.invocation.nameWord.range.end;
  return { start, end: Math.max(start, end) };
}

/** An insertion of ` text` right after the subcommand word (or the command name). */
export function insertAfterSubcommand(p: PackageCommand, text: string): { range: Range; text: string } {
  const at = (p.subcommand ?? p.invocation.nameWord).range.end;
  return { range: { start: at, end: at }, text: ` ${text}` };
}

/** A path without its trailing slashes (`/` stays). */
export const trimSlashes = (path: string) => (path.length > 1 ? path.replace(/\/+$/, "") : path);

/** The targets of a RUN's `--mount=type=cache` and `--mount=type=tmpfs` flags, as written. */
export function cacheMountTargets(inst: Instruction): string[] {
  const out: string[] = [];
  if (inst.flags.length === 0) return out;
  for (const flag of inst.flags) {
    if (flag.name !== "mount" || !flag.options) continue;
    let type = "bind";
    let target: string | undefined;
    for (const o of flag.options) {
      if (o.key === "type" && o.value) type = o.value;
      if ((o.key === "target" || o.key === "dst" || o.key === "destination") && o.value) target = o.value;
    }
    if ((type === "cache" || type === "tmpfs") && target) out.push(target);
  }
  return out;
}

/**
 * Whether the RUN has a `--mount=type=cache` (or `type=tmpfs`) whose target is one of `dirs` or
 * inside it. A dir starting with `*` matches any target ending with the rest (`* /.cache/pip`).
 */
export function hasCacheMount(inst: Instruction, dirs: string[]): boolean {
  if (inst.flags.length === 0) return false;
  for (const target of cacheMountTargets(inst)) {
    const t = trimSlashes(target);
    if (dirs.some((dir) => mountCovers(t, dir))) return true;
  }
  return false;
}

/**
 * Whether a mount target (trailing slashes trimmed) is `dir` or inside it. A dir starting with `*`
 * or `~` is that path under any directory: `* /.cache/pip`, `~/.npm` (`/root/.npm`, `/app/.npm`).
 */
export function mountCovers(target: string, dir: string): boolean {
  if (dir.startsWith("*") || dir.startsWith("~")) {
    const tail = dir.slice(1);
    return target.endsWith(tail) || target.includes(`${tail}/`);
  }
  const d = trimSlashes(dir);
  return target === d || target.startsWith(`${d}/`);
}

/** The static value of a word, or undefined when it contains expansions. */
export const staticValue = (w: Word): string | undefined => w.value ?? undefined;

/** Index of a command model's package command within the RUN's models, for ordering checks. */
export function indexOf(models: CommandModel[], p: PackageCommand): number {
  return models.findIndex((m) => m.packages === p);
}
