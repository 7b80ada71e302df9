import { defineRule } from "../../lint/rule.js";
import { labelPairs } from "../label-missing/label-schema.js";

export default defineRule({
  meta: {
    name: "label-empty",
    category: "style",
    severity: "warning",
    description: "A label that the label schema declares is set to an empty value",
    sources: [{ tool: "hadolint", id: "DL3051" }],
    messages: {
      empty: "Label `{{label}}` is empty",
    },
    presets: ["recommended", "hadolint"],
  },
  create(ctx) {
    const schema = ctx.settings.labelSchema;
    if (Object.keys(schema).length === 0) return {};
    return {
      LABEL(inst, info, onbuild) {
        for (const { pair, key, value } of labelPairs(ctx, inst, info, onbuild !== undefined)) {
          if (key === null || !Object.hasOwn(schema, key)) continue;
          // a missing value (`LABEL key`) is a syntax error, reported elsewhere
          if (!pair.value || value !== "") continue;
          const range = pair.value.range.end > pair.value.range.start ? pair.value.range : pair.range;
          ctx.report({ range, messageId: "empty", data: { label: key } });
        }
      },
    };
  },
});
