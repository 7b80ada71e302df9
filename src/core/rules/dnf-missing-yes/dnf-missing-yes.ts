import { defineRule } from "../../lint/rule.js";
import { hasFlag } from "../../shell/commands/index.js";
import { headRange, insertAfterSubcommand, packageCommands } from "../package-commands.js";

const INSTALL = new Set(["install", "groupinstall", "localinstall"]);

export default defineRule({
  meta: {
    name: "dnf-missing-yes",
    category: "correctness",
    severity: "warning",
    description:
      "dnf or microdnf install without -y: a prompt for confirmation aborts a non-interactive build",
    sources: [{ tool: "hadolint", id: "DL3038" }],
    fix: { availability: "always", safety: "safe" },
    messages: { missingYes: "Use the `-y` switch to avoid manual input: `{{manager}} {{sub}} -y <package>`" },
    runCommands: ["dnf", "microdnf"],
    presets: ["recommended", "hadolint"],
  },
  create(ctx) {
    return {
      RUN(inst) {
        for (const p of packageCommands(ctx, inst)) {
          const sub = p.subcommand?.value;
          if (
            (p.manager !== "dnf" && p.manager !== "microdnf") ||
            !sub ||
            !INSTALL.has(sub) ||
            hasFlag(p.args, "yes")
          )
            continue;
          ctx.report({
            range: headRange(p),
            messageId: "missingYes",
            data: { sub, manager: p.manager },
            fix: { safety: "safe", title: "Add -y", edits: [insertAfterSubcommand(p, "-y")] },
          });
        }
      },
    };
  },
});
