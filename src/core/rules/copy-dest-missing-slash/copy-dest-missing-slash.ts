import { defineRule, type InstructionVisitor } from "../../lint/rule.js";

export default defineRule({
  meta: {
    name: "copy-dest-missing-slash",
    category: "correctness",
    severity: "error",
    description: "COPY or ADD with several sources needs a directory destination ending with /",
    sources: [
      { tool: "hadolint", id: "DL3021" },
      { tool: "trivy", id: "DS-0011" },
    ],
    fix: { availability: "always", safety: "safe" },
    messages: {
      missingSlash: "{{instruction}} with more than 2 arguments requires the last argument to end with /",
    },
    presets: ["recommended", "hadolint"],
  },
  create(ctx) {
    const check: InstructionVisitor = (inst, info, onbuild) => {
      if (inst.args.type !== "copy") return;
      const dest = inst.args.destination;
      if (!dest || inst.args.sources.length < 2) return;
      let path: string;
      if (dest.value.includes("$")) {
        if (onbuild) return;
        const expanded = ctx.model.expand(info, dest.value);
        if (!expanded.ok || expanded.unknown) return;
        path = expanded.value;
      } else {
        path = inst.args.form === "exec" ? dest.value : dest.value.replace(/^["']+|["']+$/g, "");
      }
      if (path.endsWith("/") || path.endsWith("\\")) return;
      // insert the slash inside a closing quote (a JSON string's range includes its quotes)
      const text = ctx.text.slice(dest.range.start, dest.range.end);
      const quoted = inst.args.form === "exec" || /["']$/.test(text);
      const at = quoted ? dest.range.end - 1 : dest.range.end;
      ctx.report({
        range: dest.range,
        messageId: "missingSlash",
        data: { instruction: inst.name },
        fix: {
          safety: "safe",
          title: "Add a trailing /",
          edits: [{ range: { start: at, end: at }, text: "/" }],
        },
      });
    };
    return { COPY: check, ADD: check };
  },
});
