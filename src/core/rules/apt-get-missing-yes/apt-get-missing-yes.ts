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

/** `-y`, `-qq` (quiet level 2 implies yes), `-o APT::Get::Assume-Yes=true` */
function assumesYes(p: PackageCommand): boolean {
  return p.args.flags.some((f) => {
    if (f.name === "yes") return true;
    const w = f.word.value ?? "";
    if (f.name === "quiet")
      return /^-[a-zA-Z]*q[a-zA-Z]*q/.test(w) || /^--quiet=([2-9]|\d\d)/.test(w) || /^-q=?[2-9]/.test(w);
    if (f.name === "option") return /^APT::Get::Assume-?Yes=(true|yes|1)$/i.test(f.value?.value ?? "");
    return false;
  });
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
