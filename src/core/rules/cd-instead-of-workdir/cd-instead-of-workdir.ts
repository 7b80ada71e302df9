import { defineRule } from "../../lint/rule.js";
import { commandModels } from "../../shell/commands/index.js";

export default defineRule({
  meta: {
    name: "cd-instead-of-workdir",
    category: "style",
    severity: "warning",
    description: "RUN uses cd to change directory: use WORKDIR",
    sources: [
      { tool: "hadolint", id: "DL3003" },
      { tool: "trivy", id: "DS-0013" },
    ],
    messages: {
      useWorkdir: "Use WORKDIR to switch to a directory instead of `cd`",
    },
    runCommands: ["cd", "pushd"],
    presets: ["recommended", "hadolint"],
  },
  create(ctx) {
    return {
      RUN(inst) {
        const sh = ctx.shell(inst);
        if (!sh) return;
        for (const model of commandModels(sh)) {
          if (model.cd) ctx.report({ range: model.invocation.nameWord.range, messageId: "useWorkdir" });
        }
      },
    };
  },
});
