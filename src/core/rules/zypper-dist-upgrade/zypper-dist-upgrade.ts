import { defineRule } from "../../lint/rule.js";
import { packageCommands } from "../package-commands.js";

export default defineRule({
  meta: {
    name: "zypper-dist-upgrade",
    category: "reproducibility",
    severity: "warning",
    description: "zypper dist-upgrade upgrades the whole distribution inside an image build",
    sources: [{ tool: "hadolint", id: "DL3035" }],
    messages: {
      distUpgrade: "Do not use `zypper {{sub}}`: use a newer base image, or update the packages you need",
    },
    runCommands: ["zypper"],
    presets: ["recommended", "hadolint"],
  },
  create(ctx) {
    return {
      RUN(inst) {
        for (const p of packageCommands(ctx, inst)) {
          const sub = p.subcommand;
          if (p.manager === "zypper" && sub && (sub.value === "dist-upgrade" || sub.value === "dup"))
            ctx.report({ range: sub.range, messageId: "distUpgrade", data: { sub: sub.value } });
        }
      },
    };
  },
});
