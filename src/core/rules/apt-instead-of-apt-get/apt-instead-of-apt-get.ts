import { defineRule } from "../../lint/rule.js";
import { runModels } from "../package-commands.js";

/** `apt` subcommands that `apt-get` has under the same name */
const SAME_IN_APT_GET = new Set([
  "install",
  "remove",
  "purge",
  "autoremove",
  "update",
  "upgrade",
  "dist-upgrade",
  "clean",
  "autoclean",
  "build-dep",
  "source",
  "download",
]);

export default defineRule({
  meta: {
    name: "apt-instead-of-apt-get",
    category: "correctness",
    severity: "warning",
    description: "apt is an end-user tool without a stable CLI: use apt-get or apt-cache in scripts",
    sources: [
      { tool: "hadolint", id: "DL3027" },
      { tool: "checkov", id: "CKV_DOCKER_9" },
    ],
    fix: { availability: "sometimes", safety: "unsafe" },
    messages: {
      apt: "Do not use apt as it is meant to be an end-user tool, use apt-get or apt-cache instead",
    },
    runCommands: ["apt"],
    presets: ["recommended", "hadolint"],
  },
  create(ctx) {
    return {
      RUN(inst) {
        for (const m of runModels(ctx, inst) ?? []) {
          const inv = m.invocation;
          if (inv.name !== "apt") continue;
          const sub = m.packages?.subcommand?.value;
          const fixable = inv.nameWord.raw === "apt" && sub != null && SAME_IN_APT_GET.has(sub);
          ctx.report({
            range: inv.nameWord.range,
            messageId: "apt",
            fix: fixable
              ? {
                  safety: "unsafe",
                  title: "Use apt-get",
                  edits: [{ range: inv.nameWord.range, text: "apt-get" }],
                }
              : undefined,
          });
        }
      },
    };
  },
});
