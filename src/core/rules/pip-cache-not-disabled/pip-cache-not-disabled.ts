import { defineRule } from "../../lint/rule.js";
import { type CommandModel, commandModels, type Invocation } from "../../shell/commands/index.js";
import type { Word } from "../../shell/types.js";
import { hasCacheMount } from "../package-commands.js";

const TRUTHY = new Set(["1", "true", "True", "TRUE", "on", "On", "ON", "yes", "Yes", "YES"]);
const PIP = /^pip[0-9.]*$/;
const PIP_OR_PYTHON = /^(pip|python)[0-9.]*$/;
const PIP_CACHE = ["*.cache/pip"];

interface PipInstall {
  invocation: Invocation;
  sub: Word;
}
const NO_INSTALLS: readonly PipInstall[] = [];

/**
 * The `pip install` commands of a RUN without --no-cache-dir, with their `install` word: pip, pip3,
 * pip3.12, python -m pip (packageCommand misses pip2 and versioned names).
 */
function pipInstalls(models: CommandModel[]): readonly PipInstall[] {
  // created on the first install: most RUNs have none
  let out: PipInstall[] | undefined;
  // an indexed loop and one regex test per command: this runs for every command of every RUN
  for (let i = 0; i < models.length; i++) {
    const invocation = models[i]!.invocation;
    if (!PIP_OR_PYTHON.test(invocation.name)) continue;
    let args: readonly Word[];
    if (PIP.test(invocation.name)) args = invocation.args;
    else {
      const m = invocation.args.findIndex((w) => w.value === "-m");
      if (m === -1 || !PIP.test(invocation.args[m + 1]?.value ?? "")) continue;
      args = invocation.args.slice(m + 2);
    }
    const sub = args.find((w) => w.value === null || !w.value.startsWith("-"));
    if (sub?.value !== "install") continue;
    if (args.some((w) => w.value === "--no-cache-dir" || w.value?.startsWith("--no-cache-dir="))) continue;
    (out ??= []).push({ invocation, sub });
  }
  return out ?? NO_INSTALLS;
}

export default defineRule({
  meta: {
    name: "pip-cache-not-disabled",
    category: "size",
    severity: "warning",
    description: "pip install without --no-cache-dir keeps pip's download cache in the image",
    sources: [{ tool: "hadolint", id: "DL3042" }],
    fix: { availability: "always", safety: "safe" },
    messages: {
      noCacheDir: "Avoid use of cache directory with pip: use `pip install --no-cache-dir <package>`",
    },
    presets: ["recommended", "hadolint"],
  },
  create(ctx) {
    return {
      RUN(inst, info, onbuild) {
        const sh = ctx.shell(inst);
        if (!sh) return;
        // the pip installs first: most RUNs have none, and then need neither the cache mounts, the
        // ENV nor the exports
        const installs = pipInstalls(commandModels(sh));
        if (installs.length === 0 || hasCacheMount(inst, PIP_CACHE)) return;
        // ENV PIP_NO_CACHE_DIR (also inherited from a base stage); unknown in an ONBUILD trigger's build
        if (!onbuild) {
          const env = ctx.model.expand(info, "${PIP_NO_CACHE_DIR}");
          if (env.ok && !env.unknown && TRUTHY.has(env.value)) return;
        }
        let exported = false;
        for (const command of sh.commands) {
          // `export PIP_NO_CACHE_DIR=1` before
          if (command.name?.value === "export") {
            for (const w of command.args) {
              const m = w.value === null ? null : /^PIP_NO_CACHE_DIR=(.*)$/.exec(w.value);
              if (m) exported = TRUTHY.has(m[1]!);
            }
          }
        }
        for (const { invocation, sub } of installs) {
          const assigned = invocation.command.assignments.find((a) => a.name === "PIP_NO_CACHE_DIR");
          if (assigned ? TRUTHY.has(assigned.value.value ?? "") : exported) continue;
          ctx.report({
            range: { start: invocation.nameWord.range.start, end: sub.range.end },
            messageId: "noCacheDir",
            fix: {
              safety: "safe",
              title: "Add --no-cache-dir",
              edits: [{ range: { start: sub.range.end, end: sub.range.end }, text: " --no-cache-dir" }],
            },
          });
        }
      },
    };
  },
});
