import { defineRule } from "../../lint/rule.js";
import { packageCommands } from "../package-commands.js";

export default defineRule({
  meta: {
    name: "go-install-unpinned-version",
    category: "reproducibility",
    severity: "warning",
    description:
      "go install without a pinned version (`go install <package>@<version>`; `@latest` is not a pin)",
    sources: [{ tool: "hadolint", id: "DL3062" }],
    messages: {
      unpinned:
        "Pin versions in go install: instead of `go install {{name}}` use `go install {{name}}@<version>`",
    },
    presets: ["hadolint", "strict"],
  },
  create(ctx) {
    return {
      RUN(inst) {
        for (const p of packageCommands(ctx, inst)) {
          if (p.manager !== "go" || p.subcommand?.value !== "install") continue;
          for (const pkg of p.packages) {
            const v = pkg.word.value;
            if (v === null || v.startsWith(".") || v.startsWith("/")) continue;
            if (pkg.version && pkg.version !== "latest") continue;
            ctx.report({ range: pkg.word.range, messageId: "unpinned", data: { name: pkg.name } });
          }
        }
      },
    };
  },
});
