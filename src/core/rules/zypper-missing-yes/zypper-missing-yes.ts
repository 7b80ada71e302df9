import { defineRule } from "../../lint/rule.js";
import { hasFlag } from "../../shell/commands/index.js";
import { headRange, packageCommands } from "../package-commands.js";

const PROMPTING = new Set(["install", "in", "remove", "rm", "source-install", "si", "patch"]);

export default defineRule({
  meta: {
    name: "zypper-missing-yes",
    category: "correctness",
    severity: "warning",
    description: "zypper install without -y / --non-interactive: a prompt aborts a non-interactive build",
    sources: [{ tool: "hadolint", id: "DL3034" }],
    fix: { availability: "always", safety: "safe" },
    messages: {
      missingYes: "Non-interactive switch missing from `zypper` command: `zypper --non-interactive {{sub}}`",
    },
    runCommands: ["zypper"],
    presets: ["recommended", "hadolint"],
  },
  create(ctx) {
    return {
      RUN(inst) {
        for (const p of packageCommands(ctx, inst)) {
          const sub = p.subcommand?.value;
          if (p.manager !== "zypper" || !sub || !PROMPTING.has(sub) || hasFlag(p.args, "yes")) continue;
          const at = p.invocation.nameWord.range.end;
          ctx.report({
            range: headRange(p),
            messageId: "missingYes",
            data: { sub },
            fix: {
              safety: "safe",
              title: "Add --non-interactive",
              edits: [{ range: { start: at, end: at }, text: " --non-interactive" }],
            },
          });
        }
      },
    };
  },
});
