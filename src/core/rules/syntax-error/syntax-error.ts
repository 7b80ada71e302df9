import { defineRule } from "../../lint/rule.js";

export default defineRule({
  meta: {
    name: "syntax-error",
    category: "correctness",
    severity: "error",
    description: "The Dockerfile does not parse, or an instruction would be rejected when it is built",
    sources: [{ tool: "hadolint", id: "DL1000" }],
    messages: { syntax: "{{message}}" },
    presets: ["recommended", "strict", "hadolint", "buildkit"],
  },
  create(ctx) {
    return {
      fileExit() {
        for (const d of ctx.diagnostics) {
          if (d.severity !== "error") continue;
          ctx.report({ range: d.range, messageId: "syntax", data: { message: d.message } });
        }
      },
    };
  },
});
