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
      unpinned: "Pin versions in apk add: instead of `apk add {{written}}` use `apk add {{name}}=<version>`",
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
            // a range (`python3>3.11`, `foo<2`) is not a pin: suggest pinning the package itself
            const name = v.split(/[<>]/)[0] || v;
            ctx.report({ range: pkg.word.range, messageId: "unpinned", data: { written: v, name } });
          }
        }
      },
    };
  },
});
