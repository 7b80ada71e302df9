import { defineRule } from "../../lint/rule.js";
import type { PackageCommand } from "../../shell/commands/index.js";
import { headRange, insertAfterSubcommand, packageCommands } from "../package-commands.js";

/** subcommands that ask for confirmation when they install or remove more than was named */
const PROMPTING = new Set([
  "install",
  "reinstall",
  "build-dep",
  "upgrade",
  "dist-upgrade",
  "full-upgrade",
  "remove",
  "purge",
  "autoremove",
]);

/**
 * apt-get's quiet level: each `-q` (also inside a cluster such as `-yqq`) and `--quiet` adds one;
 * `-q=N` / `--quiet=N` sets it.
 */
function quietLevel(p: PackageCommand): number {
  let level = 0;
  const seen = new Set<unknown>();
  for (const f of p.args.flags) {
    if (f.name !== "quiet" || seen.has(f.word)) continue;
    seen.add(f.word);
    const w = f.word.value ?? "";
    const set = /^--?(?:q|quiet)=(\d+)$/.exec(w);
    if (set) level = Number(set[1]);
    else if (w.startsWith("--")) level++;
    else level += w.split("q").length - 1;
  }
  return level;
}

/** `-y`, quiet level 2 (`-qq`, `-q -q`, `-q=2`: implies yes), `-o APT::Get::Assume-Yes=true` */
function assumesYes(p: PackageCommand): boolean {
  if (quietLevel(p) >= 2) return true;
  return p.args.flags.some(
    (f) =>
      f.name === "yes" ||
      (f.name === "option" && /^APT::Get::Assume-?Yes=(true|yes|1)$/i.test(f.value?.value ?? "")),
  );
}

export default defineRule({
  meta: {
    name: "apt-get-missing-yes",
    category: "correctness",
    severity: "warning",
    description: "apt-get install without -y: a prompt for confirmation aborts a non-interactive build",
    sources: [
      { tool: "hadolint", id: "DL3014" },
      { tool: "trivy", id: "DS-0021" },
    ],
    fix: { availability: "always", safety: "safe" },
    messages: {
      missingYes: "Use the `-y` switch to avoid manual input: `apt-get -y {{sub}} <package>`",
    },
    runCommands: ["apt-get"],
    presets: ["recommended", "hadolint"],
  },
  create(ctx) {
    return {
      RUN(inst) {
        for (const p of packageCommands(ctx, inst)) {
          const sub = p.subcommand?.value;
          if (p.manager !== "apt-get" || !sub || !PROMPTING.has(sub) || assumesYes(p)) continue;
          ctx.report({
            range: headRange(p),
            messageId: "missingYes",
            data: { sub },
            fix: { safety: "safe", title: "Add -y", edits: [insertAfterSubcommand(p, "-y")] },
          });
        }
      },
    };
  },
});
