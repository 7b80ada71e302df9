import { defineRule } from "../../lint/rule.js";
import { commandModels } from "../../shell/commands/index.js";

export default defineRule({
  meta: {
    name: "shell-replaced-by-symlink",
    category: "correctness",
    severity: "warning",
    description: "RUN ln replaces /bin/sh: use SHELL to change the default shell",
    sources: [{ tool: "hadolint", id: "DL4005" }],
    messages: {
      useShell: "Use SHELL to change the default shell instead of linking /bin/sh",
    },
    runCommands: ["ln"],
    presets: ["recommended", "hadolint"],
  },
  create(ctx) {
    return {
      RUN(inst) {
        const sh = ctx.shell(inst);
        if (!sh) return;
        for (const { invocation } of commandModels(sh)) {
          if (invocation.name !== "ln") continue;
          const target = invocation.args.find((w) => w.value === "/bin/sh");
          if (target) ctx.report({ range: target.range, messageId: "useShell" });
        }
      },
    };
  },
});
