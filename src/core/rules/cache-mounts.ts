/**
 * Shared by the `*-cache-not-mounted` rules (hadolint DL3068–DL3077): a build tool that downloads
 * into a cache directory (npm, cargo, go, Maven, Gradle, Composer, NuGet, pnpm, Mix, gem/bundler)
 * runs in a RUN without a BuildKit cache (or tmpfs) mount on that directory.
 */
import type { RuleContext, Visitors } from "../lint/rule.js";
import { isWindowsImage } from "../semantic/image-ref.js";
import type { InstructionInfo } from "../semantic/model.js";
import { type CommandModel, commandModels, type Invocation } from "../shell/commands/index.js";
import type { Word } from "../shell/types.js";
import type { Instruction } from "../syntax/cst.js";
import { cacheMountTargets, mountCovers, trimSlashes } from "./package-commands.js";

export interface CacheMatch {
  /** the last word of the reported range (the subcommand, goal or task); the name when absent */
  end?: Word;
  /** the command as the message names it, e.g. `npm ci` */
  label: string;
}

export interface CacheTool {
  /**
   * Directories a mount may target (the mount's target is one of them or inside one): `~/x` is
   * `x` under any directory (`/root/x`, `/home/node/x`, `/app/x`), absolute paths are as written.
   */
  dirs: string[];
  /**
   * variables naming a cache directory (ENV/ARG, or set on the command), with a suffix: `["CARGO_HOME", "/registry"]`;
   * a third element is the suffix to suggest when it differs from the one accepted
   */
  envDirs?: [string, string, string?][];
  /** the suggested target, `~` for the home directory: `~/.npm` */
  suggest: string;
  /** the command that fills the cache, or undefined */
  match(model: CommandModel): CacheMatch | undefined;
  /** extra directories a command names for its cache (`mvn -Dmaven.repo.local=/x`) */
  commandDirs?(invocation: Invocation): string[];
}

/** Targets of the RUN's `--mount=type=cache` and `type=tmpfs` mounts, expanded where that is certain. */
function cacheTargets(
  ctx: RuleContext,
  inst: Instruction,
  info: InstructionInfo,
  onbuild: boolean,
): string[] {
  return cacheMountTargets(inst).map((target) => {
    if (target.includes("$") && !onbuild) {
      const r = ctx.model.expand(info, target);
      if (r.ok && !r.unknown) return trimSlashes(r.value);
    }
    return trimSlashes(target);
  });
}

/** The value of a variable at this instruction, when it is known and absolute. */
function knownPath(ctx: RuleContext, info: InstructionInfo, name: string): string | undefined {
  const r = ctx.model.expand(info, `\${${name}}`);
  return r.ok && !r.unknown && r.value.startsWith("/") ? r.value : undefined;
}

/**
 * The home directory to suggest a mount under (BuildKit does not expand `~` in a mount target): a
 * known absolute `HOME`; `/root` for root (or an unknown user, the usual default of base images);
 * `/home/<name>` for a named user; a placeholder for a bare uid.
 */
function home(ctx: RuleContext, info: InstructionInfo): string {
  const known = knownPath(ctx, info, "HOME");
  if (known) return trimSlashes(known);
  const user = info.user.value;
  if (user === null) return "/root";
  const name = user.split(":")[0]!;
  if (name === "root" || name === "0") return "/root";
  return /^\d+$/.test(name) ? `<home of user ${name}>` : `/home/${name}`;
}

/**
 * Visitors reporting, once per RUN, the first command that fills the tool's cache when no cache
 * mount covers it. Stages the build does not need are skipped (BuildKit does not build them).
 */
export function cacheMountVisitors(ctx: RuleContext, tool: CacheTool): Visitors {
  let needed: Set<number> | undefined;
  return {
    RUN(inst, info, onbuild) {
      needed ??= ctx.model.neededStages();
      if (!onbuild && info.stage >= 0 && !needed.has(info.stage)) return;
      // a Windows image: the Linux cache directories do not apply (a PowerShell or cmd SHELL
      // is not analysed at all)
      const stage = ctx.model.stages[info.stage];
      const root = stage ? ctx.model.baseChain(stage).at(-1) : undefined;
      if (root?.base.kind === "image" && isWindowsImage(root.base.ref)) return;
      const sh = ctx.shell(inst);
      if (!sh) return;
      let found: { model: CommandModel; match: CacheMatch } | undefined;
      for (const model of commandModels(sh)) {
        const match = tool.match(model);
        if (match) {
          found = { model, match };
          break;
        }
      }
      if (!found) return;
      const dirs = [...tool.dirs];
      let suggested: string | undefined;
      for (const [name, suffix, suggestSuffix] of tool.envDirs ?? []) {
        const set = found.model.invocation.env.find((e) => e.name === name);
        const value = set
          ? set.value?.startsWith("/")
            ? set.value
            : undefined
          : onbuild
            ? undefined
            : knownPath(ctx, info, name);
        if (value) {
          dirs.push(trimSlashes(value) + suffix);
          suggested ??= trimSlashes(value) + (suggestSuffix ?? suffix);
        }
      }
      for (const dir of tool.commandDirs?.(found.model.invocation) ?? []) {
        dirs.push(dir);
        suggested = dir;
      }
      const targets = cacheTargets(ctx, inst, info, onbuild !== undefined);
      if (targets.some((t) => dirs.some((d) => mountCovers(t, d)))) return;
      const { invocation } = found.model;
      const end = found.match.end ?? invocation.nameWord;
      ctx.report({
        range: {
          start: invocation.nameWord.range.start,
          end: Math.max(end.range.end, invocation.nameWord.range.end),
        },
        messageId: "missing",
        data: {
          command: found.match.label,
          target: suggested ?? tool.suggest.replace(/^~/, home(ctx, info)),
        },
      });
    },
  };
}

/** Operand words (not options) of an invocation, static values only, skipping the values of `valued` options. */
export function operands(inv: Invocation, valued: readonly string[] = []): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < inv.args.length; i++) {
    const w = inv.args[i]!;
    const v = w.value ?? w.raw;
    if (v.startsWith("-")) {
      if (valued.includes(v)) i++;
      continue;
    }
    out.push(w);
  }
  return out;
}

/** Whether an invocation has one of the flags (exact words, or `--flag=...`). */
export function hasAnyFlag(inv: Invocation, flags: readonly string[]): boolean {
  return inv.args.some(
    (w) => w.value !== null && flags.some((f) => w.value === f || w.value!.startsWith(`${f}=`)),
  );
}

/** A match on the first operand when it is one of `subcommands`. */
export function subcommandMatch(
  inv: Invocation,
  subcommands: readonly string[],
  valued: readonly string[] = [],
): CacheMatch | undefined {
  const first = operands(inv, valued)[0];
  if (!first?.value || !subcommands.includes(first.value)) return undefined;
  return { end: first, label: `${inv.name} ${first.value}` };
}
