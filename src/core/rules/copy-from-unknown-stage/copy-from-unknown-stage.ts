import { defineRule } from "../../lint/rule.js";

export default defineRule({
  meta: {
    name: "copy-from-unknown-stage",
    category: "correctness",
    severity: "warning",
    description: "COPY --from names no previously defined stage (and does not look like an image)",
    sources: [{ tool: "hadolint", id: "DL3022" }],
    messages: {
      unknown:
        "COPY --from should reference a previously defined FROM alias: no stage `{{name}}` before this",
      later:
        "COPY --from should reference a previously defined FROM alias: stage `{{name}}` is defined later",
    },
    presets: ["recommended", "hadolint"],
  },
  create(ctx) {
    return {
      COPY(inst, info, onbuild) {
        // ONBUILD COPY --from refers to the stages of the child Dockerfile
        if (onbuild) return;
        const flag = inst.flags.find((f) => f.name === "from");
        if (!flag?.value) return;
        let value = flag.value;
        if (value.includes("$")) {
          const expanded = ctx.model.expand(info, value);
          if (!expanded.ok || expanded.unknown) return;
          value = expanded.value;
        }
        if (value === "") return;
        const here = Math.max(info.stage, 0);
        if (ctx.model.stageByRef(value, here)) return;
        // the stage itself is copy-from-own-stage's business
        const current = ctx.model.stages[info.stage];
        if (current && (current.name === value.toLowerCase() || String(current.index) === value)) return;
        // an image reference (`nginx:1.27`, `ghcr.io/org/tool`, `alpine@sha256:...`)
        if (/[:/@]/.test(value)) return;
        const later = ctx.model.stageByRef(value);
        ctx.report({
          range: flag.valueRange ?? flag.range,
          messageId: later && later.index > here ? "later" : "unknown",
          data: { name: value },
        });
      },
    };
  },
});
