import { defineRule } from "../../lint/rule.js";
import { packageCommands } from "../package-commands.js";

export default defineRule({
  meta: {
    name: "apt-get-force-yes",
    category: "security",
    severity: "warning",
    description: "apt-get --force-yes disables signature checks and allows downgrades",
    sources: [{ tool: "checkov", id: "CKV2_DOCKER_11" }],
    messages: {
      forceYes:
        "Do not use `--force-yes`: it disables signature validation and allows downgrades. Use `-y`, and `--allow-downgrades` where a downgrade is intended",
    },
    runCommands: ["apt-get", "apt"],
    presets: ["recommended"],
  },
  create(ctx) {
    return {
      RUN(inst) {
        for (const p of packageCommands(ctx, inst)) {
          if (p.manager !== "apt-get" && p.manager !== "apt") continue;
          for (const f of p.args.flags)
            if (f.name === "force-yes") ctx.report({ range: f.word.range, messageId: "forceYes" });
        }
      },
    };
  },
});
