import { defineRule } from "../../lint/rule.js";
import { packageCommands } from "../package-commands.js";

export default defineRule({
  meta: {
    name: "gem-unpinned-version",
    category: "reproducibility",
    severity: "warning",
    description: "gem install without a pinned version (`gem install <gem>:<version>` or `-v <version>`)",
    sources: [{ tool: "hadolint", id: "DL3028" }],
    messages: {
      unpinned:
        "Pin versions in gem install: instead of `gem install {{name}}` use `gem install {{name}}:<version>`",
    },
    presets: ["hadolint", "strict"],
  },
  create(ctx) {
    return {
      RUN(inst) {
        for (const p of packageCommands(ctx, inst)) {
          if (p.manager !== "gem" || p.action !== "install") continue;
          if (p.args.flags.some((f) => f.name === "version")) continue;
          for (const pkg of p.packages) {
            const v = pkg.word.value;
            if (v === null || pkg.version || v.endsWith(".gem")) continue;
            ctx.report({ range: pkg.word.range, messageId: "unpinned", data: { name: v } });
          }
        }
      },
    };
  },
});
