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
      instruction(inst, info, onbuild) {
        if (onbuild || info.stage >= 0 || inst.name === "ARG" || inst.name === "FROM") return;
        ctx.report({ range: inst.keywordRange, messageId: "order", data: { instruction: inst.name } });
      },
    };
  },
});
