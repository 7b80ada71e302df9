import { defineRule } from "../../lint/rule.js";

export default defineRule({
  meta: {
    name: "label-missing",
    category: "style",
    severity: "info",
    description: "A stage lacks a label that the label schema requires",
    sources: [{ tool: "hadolint", id: "DL3049" }],
    messages: {
      missing: "Label `{{label}}` is missing",
    },
    presets: ["recommended", "hadolint"],
  },
  create(ctx) {
    const required = Object.keys(ctx.settings.labelSchema);
    if (required.length === 0) return {};
    return {
      fileExit() {
        const stages = ctx.model.stages;
        // as hadolint: a stage that another stage copies (or mounts) from is a build helper, not an image
        const helpers = new Set<number>();
        for (const s of stages) {
          for (const edge of s.uses) {
            if (edge.kind !== "from" && edge.stage !== null && edge.stage !== s.index)
              helpers.add(edge.stage);
          }
        }
        for (const stage of stages) {
          if (helpers.has(stage.index)) continue;
          // stage.labels holds the labels set in the stage and inherited from a base stage
          for (const label of required) {
            if (stage.labels.has(label)) continue;
            ctx.report({ range: stage.from.keywordRange, messageId: "missing", data: { label } });
          }
        }
      },
    };
  },
});
