import { defineRule } from "../../lint/rule.js";
import { packageCommands } from "../package-commands.js";

export default defineRule({
  meta: {
    name: "apk-unpinned-version",
    category: "reproducibility",
    severity: "warning",
    description: "apk add without a pinned package version (`apk add <package>=<version>`)",
    sources: [{ tool: "hadolint", id: "DL3018" }],
    messages: {
      unpinned: "Pin versions in apk add: instead of `apk add {{name}}` use `apk add {{name}}=<version>`",
    },
    runCommands: ["apk"],
    presets: ["hadolint", "strict"],
  },
  create(ctx) {
    return {
      RUN(inst) {
        for (const p of packageCommands(ctx, inst)) {
          if (p.manager !== "apk" || p.subcommand?.value !== "add") continue;
          for (const pkg of p.packages) {
            const v = pkg.word.value;
            if (v === null || v.includes("=") || v.includes("~") || v.endsWith(".apk")) continue;
            ctx.report({ range: pkg.word.range, messageId: "unpinned", data: { name: v } });
          }
        }
      },
    };
  },
});
