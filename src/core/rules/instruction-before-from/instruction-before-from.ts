import { defineRule } from "../../lint/rule.js";

export default defineRule({
  meta: {
    name: "instruction-before-from",
    category: "correctness",
    severity: "error",
    description: "An instruction other than ARG comes before the first FROM",
    sources: [{ tool: "hadolint", id: "DL3061" }],
    messages: {
      order:
        "Invalid instruction order: a Dockerfile must begin with FROM, ARG or a comment, not {{instruction}}",
    },
    presets: ["recommended", "hadolint"],
  },
  create(ctx) {
    return {
      // one loop over the instructions at the end rather than a visitor call for each of them
      fileExit() {
        for (const info of ctx.model.infos) {
          const inst = info.instruction;
          if (info.stage >= 0 || inst.name === "ARG" || inst.name === "FROM") continue;
          ctx.report({ range: inst.keywordRange, messageId: "order", data: { instruction: inst.name } });
        }
      },
    };
  },
});
