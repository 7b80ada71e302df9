import { defineRule } from "../../lint/rule.js";

/** Names BuildKit gives a meaning of its own: the empty image and the build context. */
const RESERVED = new Set(["scratch", "context"]);

export default defineRule({
  meta: {
    name: "stage-name-reserved",
    category: "correctness",
    severity: "warning",
    description: "A stage is named with a reserved word (scratch, context)",
    sources: [
      { tool: "hadolint", id: "DL3063" },
      { tool: "buildkit", id: "ReservedStageName" },
    ],
    messages: {
      reserved: "`{{name}}` is reserved and should not be used as a stage name",
    },
    presets: ["recommended", "hadolint", "buildkit"],
  },
  create(ctx) {
    return {
      FROM(inst) {
        if (inst.args.type !== "from" || !inst.args.stage) return;
        const word = inst.args.stage;
        if (!RESERVED.has(word.value.toLowerCase())) return;
        ctx.report({ range: word.range, messageId: "reserved", data: { name: word.value } });
      },
    };
  },
});
