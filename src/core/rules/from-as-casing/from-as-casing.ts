import { defineRule } from "../../lint/rule.js";

export default defineRule({
  meta: {
    name: "from-as-casing",
    category: "style",
    severity: "warning",
    description: "The 'as' keyword should match the case of the 'from' keyword",
    sources: [{ tool: "buildkit", id: "FromAsCasing" }],
    fix: { availability: "always", safety: "safe" },
    messages: { casing: "'{{as}}' and '{{from}}' keywords' casing do not match" },
    presets: ["recommended", "buildkit"],
  },
  create(ctx) {
    return {
      FROM(inst, _info, onbuild) {
        if (onbuild || inst.args.type !== "from" || !inst.args.as) return;
        const from = inst.keyword;
        const as = inst.args.as;
        // A mixed-case FROM is instruction-casing's business, as in BuildKit.
        const lower = from === from.toLowerCase();
        const upper = from === from.toUpperCase();
        if (!lower && !upper) return;
        const wanted = lower ? as.value.toLowerCase() : as.value.toUpperCase();
        if (as.value === wanted) return;
        ctx.report({
          range: as.range,
          messageId: "casing",
          data: { as: as.value, from },
          fix: {
            safety: "safe",
            title: `Write '${wanted}'`,
            edits: [{ range: as.range, text: wanted }],
          },
        });
      },
    };
  },
});
