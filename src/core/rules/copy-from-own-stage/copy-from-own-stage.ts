import { defineRule } from "../../lint/rule.js";

export default defineRule({
  meta: {
    name: "copy-from-own-stage",
    category: "correctness",
    severity: "error",
    description: "COPY --from names the stage it is in",
    sources: [
      { tool: "hadolint", id: "DL3023" },
      { tool: "trivy", id: "DS-0006" },
    ],
    messages: {
      own: "COPY --from cannot reference its own FROM alias `{{name}}`",
    },
    presets: ["recommended", "hadolint"],
  },
  create(ctx) {
    return {
      COPY(inst, info, onbuild) {
        // ONBUILD COPY --from refers to the stages of the child Dockerfile
        if (onbuild) return;
        const stage = ctx.model.stages[info.stage];
        const flag = inst.flags.find((f) => f.name === "from");
        if (!stage || !flag?.value) return;
        let value = flag.value;
        if (value.includes("$")) {
          const expanded = ctx.model.expand(info, value);
          if (!expanded.ok || expanded.unknown) return;
          value = expanded.value;
        }
        const own =
          (stage.name !== undefined && value.toLowerCase() === stage.name) || value === String(stage.index);
        if (!own) return;
        ctx.report({ range: flag.valueRange ?? flag.range, messageId: "own", data: { name: value } });
      },
    };
  },
});
