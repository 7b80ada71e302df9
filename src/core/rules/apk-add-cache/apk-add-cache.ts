import { defineRule } from "../../lint/rule.js";
import { hasFlag } from "../../shell/commands/index.js";
import { hasCacheMount, headRange, packageCommands } from "../package-commands.js";

export default defineRule({
  meta: {
    name: "apk-add-cache",
    category: "size",
    severity: "info",
    description: "apk add without --no-cache keeps the package index in the image",
    sources: [
      { tool: "hadolint", id: "DL3019" },
      { tool: "trivy", id: "DS-0025" },
    ],
    messages: {
      noCache:
        "Use the `--no-cache` switch to avoid the need to use `--update` and remove `/var/cache/apk/*` when done installing packages (or use `RUN --mount=type=cache,target=/var/cache/apk`)",
    },
    runCommands: ["apk"],
    presets: ["recommended", "hadolint"],
  },
  create(ctx) {
    return {
      RUN(inst) {
        if (hasCacheMount(inst, ["/var/cache/apk", "/etc/apk/cache"])) return;
        for (const p of packageCommands(ctx, inst)) {
          if (p.manager !== "apk" || p.subcommand?.value !== "add" || hasFlag(p.args, "no-cache")) continue;
          ctx.report({ range: headRange(p), messageId: "noCache" });
        }
      },
    };
  },
});
