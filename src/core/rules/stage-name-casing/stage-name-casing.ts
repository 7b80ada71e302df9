import { defineRule } from "../../lint/rule.js";

export default defineRule({
  meta: {
    name: "stage-name-casing",
    category: "style",
    severity: "warning",
    description: "Stage names should be lowercase",
    sources: [{ tool: "buildkit", id: "StageNameCasing" }],
    fix: { availability: "always", safety: "safe" },
    messages: { casing: "Stage name '{{name}}' should be lowercase" },
    presets: ["recommended", "buildkit"],
  },
  create(ctx) {
    return {
      FROM(inst, _info, onbuild) {
        if (onbuild || inst.args.type !== "from" || !inst.args.stage) return;
        const word = inst.args.stage;
        const lower = word.value.toLowerCase();
        if (word.value === lower) return;
        ctx.report({
          range: word.range,
          messageId: "casing",
          data: { name: word.value },
          fix: {
            safety: "safe",
            title: "Lowercase the stage name",
            edits: [{ range: word.range, text: lower }],
          },
        });
      },
    };
  },
});
