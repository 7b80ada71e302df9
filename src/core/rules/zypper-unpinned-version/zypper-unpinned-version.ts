import { defineRule } from "../../lint/rule.js";
import { packageCommands } from "../package-commands.js";

export default defineRule({
  meta: {
    name: "zypper-unpinned-version",
    category: "reproducibility",
    severity: "warning",
    description: "zypper install without a pinned package version (`zypper install -y <package>=<version>`)",
    sources: [{ tool: "hadolint", id: "DL3037" }],
    messages: { unpinned: "Specify version with `zypper install -y {{name}}=<version>`" },
    runCommands: ["zypper"],
    presets: ["hadolint", "strict"],
  },
  create(ctx) {
    return {
      RUN(inst) {
        for (const p of packageCommands(ctx, inst)) {
          const sub = p.subcommand?.value;
          if (p.manager !== "zypper" || (sub !== "install" && sub !== "in")) continue;
          for (const { word: w } of p.packages) {
            const v = w.value;
            if (v === null || /[=<>]/.test(v) || v.endsWith(".rpm")) continue;
            ctx.report({ range: w.range, messageId: "unpinned", data: { name: v } });
          }
        }
      },
    };
  },
});
