import { defineRule } from "../../lint/rule.js";

const FORBIDDEN = new Set(["ONBUILD", "FROM", "MAINTAINER"]);

export default defineRule({
  meta: {
    name: "onbuild-forbidden-instruction",
    category: "correctness",
    severity: "error",
    description: "ONBUILD cannot trigger ONBUILD, FROM or MAINTAINER",
    sources: [{ tool: "hadolint", id: "DL3043" }],
    messages: {
      forbidden: "{{name}} cannot be triggered from within ONBUILD: the build of any child image fails",
    },
    presets: ["recommended", "hadolint"],
  },
  create(ctx) {
    return {
      ONBUILD(inst, _info, onbuild) {
        // the engine also visits the instruction inside an ONBUILD: report the outermost only
        if (onbuild) return;
        if (inst.args.type !== "onbuild" || !inst.args.instruction) return;
        const inner = inst.args.instruction;
        if (!FORBIDDEN.has(inner.name)) return;
        ctx.report({ range: inner.keywordRange, messageId: "forbidden", data: { name: inner.name } });
      },
    };
  },
});
