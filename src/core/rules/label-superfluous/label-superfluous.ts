import { defineRule } from "../../lint/rule.js";
import { labelPairs } from "../label-missing/label-schema.js";

export default defineRule({
  meta: {
    name: "label-superfluous",
    category: "style",
    severity: "info",
    description: "With strict labels, a LABEL sets a label the label schema does not declare",
    sources: [{ tool: "hadolint", id: "DL3050" }],
    messages: {
      superfluous: "Superfluous label `{{label}}`: it is not in the label schema",
    },
    presets: ["recommended", "hadolint"],
  },
  create(ctx) {
    if (!ctx.settings.strictLabels) return {};
    const schema = ctx.settings.labelSchema;
    return {
      LABEL(inst, info, onbuild) {
        for (const { pair, key } of labelPairs(ctx, inst, info, onbuild !== undefined)) {
          if (key === null || Object.hasOwn(schema, key)) continue;
          ctx.report({ range: pair.key.range, messageId: "superfluous", data: { label: key } });
        }
      },
    };
  },
});
